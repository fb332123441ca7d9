import Foundation
import SiteGenKit
import Yams

/// Writes the Markdown that sitegen renders for a generated project in the shapes other tools
/// take: a minimal Hugo site (one page per sitegen page) and one concatenated file for the
/// `cmark-gfm` CLI. The text comes from the released version files: right after a release (which
/// is how the generator leaves a project) the current statement equals the latest version byte
/// for byte. The changelog page is sitegen's HTML redline, which no Markdown tool can make, so
/// Hugo's changelog page carries the Markdown equivalent of its own text: intro, one heading,
/// summary and archive link per version.
public enum MarkdownExport {
    /// Sizes of what sitegen renders, for pages/s and MB/s.
    public struct Stats: Sendable, Codable {
        /// HTML pages sitegen writes: per tenant the statement, one archive per version, the changelog.
        public var pages = 0
        /// Bytes of Markdown sitegen parses: the current statement and every version.
        public var statementBytes = 0
        /// Bytes of the current statements alone.
        public var currentBytes = 0
        /// Bytes of `all.md` (statement bytes plus the changelog pages' Markdown).
        public var allMarkdownBytes = 0
        /// Tenants exported.
        public var tenants = 0
        /// Released versions over all tenants.
        public var versions = 0
    }

    /// Reads every tenant's history; writes the Hugo site into `hugo` and `all.md` into `markdown`
    /// when given. Streams tenant by tenant, so 10,000 tenants do not sit in memory.
    public static func export(project: URL, tenantIDs: [String], hugo: URL?, markdown: URL?) throws -> Stats {
        var stats = Stats()
        let fileManager = FileManager.default
        if let hugo { try HugoSite.writeSkeleton(into: hugo) }
        var concatenated: FileHandle?
        if let markdown {
            try fileManager.createDirectory(at: markdown, withIntermediateDirectories: true)
            let url = markdown.appendingPathComponent("all.md")
            _ = fileManager.createFile(atPath: url.path, contents: nil)
            concatenated = try FileHandle(forWritingTo: url)
        }
        defer { try? concatenated?.close() }
        for id in tenantIDs {
            let versions = try readHistory(project.appendingPathComponent("tenants/\(id)/history"))
            guard let latest = versions.last else { throw GeneratorError("tenant '\(id)' has no released version") }
            let title = try tenantTitle(project.appendingPathComponent("tenants/\(id)/tenant.yaml"))
            var pages: [(path: String, title: String, markdown: String)] = [("\(id)/_index.md", title, latest.markdown)]
            for version in versions {
                pages.append(("\(id)/versions/\(version.number).md", "\(title) (versie \(version.number), \(version.date.dutch))", version.markdown))
            }
            pages.append(("\(id)/changelog.md", "Wijzigingen in de \(title.lowercased())", changelog(versions)))
            stats.tenants += 1
            stats.versions += versions.count
            stats.pages += versions.count + 2
            stats.currentBytes += latest.markdown.utf8.count
            stats.statementBytes += latest.markdown.utf8.count + versions.reduce(0) { $0 + $1.markdown.utf8.count }
            for page in pages {
                stats.allMarkdownBytes += page.markdown.utf8.count + 1
                if let hugo { try HugoSite.writePage(page.path, title: page.title, markdown: page.markdown, into: hugo) }
                concatenated?.write(Data((page.markdown + "\n").utf8))
            }
        }
        return stats
    }

    /// One released version as the history file holds it.
    struct VersionText {
        /// The version number.
        var number: Int
        /// The effective date: the day the changelog names.
        var date: DayDate
        /// What changed, as the changelog shows it.
        var summary: String
        /// The frozen statement.
        var markdown: String
    }

    /// The versions in `folder` (`tenants/<id>/history`), oldest first.
    static func readHistory(_ folder: URL) throws -> [VersionText] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        return try names.map { name in
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            guard text.hasPrefix("---\n"), let end = text.range(of: "\n---\n"),
                  let front = try Yams.compose(yaml: String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound])),
                  let number = front["version"]?.int, let date = front["effective"]?.string.flatMap(DayDate.init),
                  let summary = front["summary"]?.string else {
                throw GeneratorError("\(folder.path)/\(name) is not a version file")
            }
            return VersionText(number: number, date: date, summary: summary, markdown: String(text[end.upperBound...]))
        }
    }

    private static func tenantTitle(_ url: URL) throws -> String {
        let text = try String(contentsOf: url, encoding: .utf8)
        return (try Yams.load(yaml: text) as? [String: Any])?["title"] as? String ?? "Privacyverklaring"
    }

    /// The changelog page's own text, newest version first, as Markdown.
    static func changelog(_ versions: [VersionText]) -> String {
        var text = "Hier ziet u wanneer deze privacyverklaring is gewijzigd en wat er is veranderd."
            + " U kunt wijzigingen ook volgen via de [Atom-feed](../feed.xml).\n"
        for version in versions.reversed() {
            text += "\n## Versie \(version.number) – \(version.date.dutch)\n\n\(version.summary)\n\n"
            text += "[Versie \(version.number) zoals gepubliceerd op \(version.date.dutch)](../versions/\(version.number)/)\n"
        }
        return text
    }
}
