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

    @Test func aCRLFFileReadsAsLF() throws {
        try TestSupport.withTemporaryFolder { root in
            let url = root.appendingPathComponent("a.md")
            try Data("---\r\nid: a\r\n---\r\ntekst\r\n".utf8).write(to: url)
            #expect(try SourceFile.read(url, displayPath: "a.md").text == "---\nid: a\n---\ntekst\n")
        }
    }
}
