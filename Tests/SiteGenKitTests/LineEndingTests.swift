import Foundation
import Testing
@testable import SiteGenKit

/// Files saved with Windows line ends (CRLF) build exactly as the same files with LF.
@Suite struct LineEndingTests {
    func buildIndex(crlf: Bool) throws -> String {
        var html = ""
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/_lib/clauses/intro.md"]! += "Tweede alinea.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n"
            if crlf { files = files.mapValues { $0.replacingOccurrences(of: "\n", with: "\r\n") } }
            try TestSupport.write(files, in: root)
            TestSupport.releaseAll(root)
            let output = root.appendingPathComponent("output")
            let report = SiteBuilder(root: root, outputRoot: output, today: TestSupport.today).build(.all)
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description))")
            html = try String(contentsOf: output.appendingPathComponent("acme/index.html"), encoding: .utf8)
        }
        return html
    }

    @Test func crlfFilesBuildLikeLFFiles() throws {
        let lf = try buildIndex(crlf: false)
        #expect(lf.contains("<table>"))
        #expect(try buildIndex(crlf: true) == lf)
    }

    /// Issue 16: a history file saved with CRLF read as "has no front matter". Released, then
    /// converted, it must build the same pages without a word.
    @Test func aCRLFHistoryFileBuildsLikeTheLFOne() throws {
        try TestSupport.withTemporaryFolder { root in
            try TestSupport.write(TestSupport.minimalProject, in: root)
            TestSupport.releaseAll(root)
            let lf = root.appendingPathComponent("lf"), crlf = root.appendingPathComponent("crlf")
            #expect(!SiteBuilder(root: root, outputRoot: lf, today: TestSupport.today).build(.all).diagnostics.hasErrors)
            let history = root.appendingPathComponent("tenants/acme/history/0001.md")
            let text = try String(contentsOf: history, encoding: .utf8)
            #expect(text.hasPrefix("---\n"))
            try Data(text.replacingOccurrences(of: "\n", with: "\r\n").utf8).write(to: history)
            let report = SiteBuilder(root: root, outputRoot: crlf, today: TestSupport.today).build(.all)
            #expect(report.diagnostics.all.isEmpty, "\(report.diagnostics.map(\.description))")
            let pages = { (tree: [String: Data]) in tree.filter { !$0.key.hasSuffix(".sitegen") } }
            #expect(pages(TestSupport.tree(crlf)) == pages(TestSupport.tree(lf)))
        }
    }

    @Test func aCRLFFileReadsAsLF() throws {
        try TestSupport.withTemporaryFolder { root in
            let url = root.appendingPathComponent("a.md")
            try Data("---\r\nid: a\r\n---\r\ntekst\r\n".utf8).write(to: url)
            #expect(try SourceFile.read(url, displayPath: "a.md").text == "---\nid: a\n---\ntekst\n")
        }
    }
}
