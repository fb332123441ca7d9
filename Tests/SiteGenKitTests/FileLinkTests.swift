import Foundation
import Testing
@testable import SiteGenKit

/// A built site works when opened as files (`file://`): every link from one page to another
/// names a file, because a browser shows a folder listing — not `index.html` — for a folder URL.
@Suite struct FileLinkTests {
    /// `href` and `src` values of `html`, entities decoded.
    static func links(in html: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: #"\s(?:href|src)="([^"]*)""#)
        return regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!]).replacingOccurrences(of: "&amp;", with: "&")
        }
    }

    /// The ids a page defines, for links to a fragment of it.
    static func ids(in html: String) -> Set<String> {
        let regex = try! NSRegularExpression(pattern: #"\sid="([^"]*)""#)
        return Set(regex.matches(in: html, range: NSRange(html.startIndex..., in: html)).map {
            String(html[Range($0.range(at: 1), in: html)!])
        })
    }

    /// Every broken link of the site in `folder`, as "page: link (why)".
    static func brokenLinks(inSite folder: URL) throws -> [String] {
        var broken: [String] = []
        let pages = TestSupport.tree(folder).keys.filter { $0.hasSuffix(".html") }.sorted()
        for page in pages {
            let pageURL = folder.appendingPathComponent(page)
            let html = try String(contentsOf: pageURL, encoding: .utf8)
            for link in links(in: html) {
                // Another host, the canonical address under base_url, mail: not files of the site.
                if link.range(of: "^[a-zA-Z][a-zA-Z0-9+.-]*:", options: .regularExpression) != nil { continue }
                let parts = link.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false)
                let path = String(parts[0]), fragment = parts.count > 1 ? String(parts[1]) : nil
                let target = path.isEmpty ? pageURL : URL(fileURLWithPath: path, relativeTo: pageURL.deletingLastPathComponent()).standardizedFileURL
                var isFolder: ObjCBool = false
                if !path.isEmpty && (path.hasSuffix("/") || path == "." || path == "..") {
                    broken.append("\(page): \(link) (a folder: file:// shows a listing, not index.html)")
                } else if !FileManager.default.fileExists(atPath: target.path, isDirectory: &isFolder) || isFolder.boolValue {
                    broken.append("\(page): \(link) (no such file)")
                } else if !target.path.hasPrefix(folder.standardizedFileURL.path + "/") {
                    broken.append("\(page): \(link) (outside the site)")
                } else if let fragment, !fragment.isEmpty, target.pathExtension == "html",
                          !ids(in: try String(contentsOf: target, encoding: .utf8)).contains(fragment.removingPercentEncoding ?? fragment) {
                    broken.append("\(page): \(link) (no element with that id)")
                }
            }
        }
        return broken
    }

    @Test func everyLinkOfEveryBuiltSiteOpensAsAFile() throws {
        try TestSupport.withTemporaryFolder { output in
            let report = SiteBuilder(root: TestSupport.repoRoot, outputRoot: output, today: TestSupport.today).build(.all)
            #expect(!report.diagnostics.hasErrors, "\(report.diagnostics.map(\.description))")
            let sites = try FileManager.default.contentsOfDirectory(atPath: output.path).sorted()
            #expect(sites.count == 5)
            var pages = 0
            for site in sites {
                let folder = output.appendingPathComponent(site)
                pages += TestSupport.tree(folder).keys.filter { $0.hasSuffix(".html") }.count
                let broken = try Self.brokenLinks(inSite: folder)
                #expect(broken.isEmpty, "\(site):\n\(broken.joined(separator: "\n"))")
            }
            #expect(pages > 15, "the changelog and archive pages are part of the walk")
        }
    }

    @Test func aFolderLinkIsReportedAsBroken() throws {
        try TestSupport.withTemporaryFolder { site in
            try TestSupport.write([
                "index.html": #"<a href="changelog/">x</a> <a href="changelog/index.html#top">y</a> <a href="https://example.org/">z</a>"#,
                "changelog/index.html": #"<p id="top"><a href="../index.html">back</a> <a href="../index.html#gone">gone</a></p>"#,
            ], in: site)
            #expect(try Self.brokenLinks(inSite: site) == [
                "changelog/index.html: ../index.html#gone (no element with that id)",
                "index.html: changelog/ (a folder: file:// shows a listing, not index.html)",
            ])
        }
    }
}
