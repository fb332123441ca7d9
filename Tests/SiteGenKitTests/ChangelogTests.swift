import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import SiteGenKit

/// Versions, release, the redline, archives and the feed, on a two-tenant project where only
/// `acme` uses the `extra` clause.
@Suite struct ChangelogTests {
    /// The minimal project plus a shared clause only `acme` uses and a second tenant `beta`.
    func withProject(_ body: (URL, SiteBuilder) throws -> Void) throws {
        try TestSupport.withTemporaryFolder { root in
            var files = TestSupport.minimalProject
            files["tenants/_lib/clauses/extra.md"] = "---\nid: extra\ntitle: Extra\n---\n## Extra\n\nWij bewaren gegevens één jaar.\n"
            files["tenants/acme/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!.replacingOccurrences(of: "statement: [intro]", with: "statement: [intro, extra]")
            files["tenants/beta/tenant.yaml"] = files["tenants/acme/tenant.yaml"]!
                .replacingOccurrences(of: "statement: [intro, extra]", with: "statement: [intro]")
                .replacingOccurrences(of: "name: Acme", with: "name: Beta")
            try TestSupport.write(files, in: root)
            let builder = SiteBuilder(root: root, outputRoot: root.appendingPathComponent("output"), today: DayDate("2024-06-01")!)
            let first = builder.release(.all, summary: "Eerste versie.", date: DayDate("2024-01-01")!, approvedBy: nil)
            #expect(first.released.map(\.tenantID) == ["acme", "beta"])
            try body(root, builder)
        }
    }

    func errors(_ diagnostics: Diagnostics) -> [String] {
        diagnostics.sorted.filter { $0.severity == .error }.map(\.message)
    }

    @Test func aSharedClauseEditIsPendingForExactlyTheTenantsUsingIt() throws {
        try withProject { root, builder in
            #expect(errors(builder.check(.all)).isEmpty)
            try TestSupport.write(["tenants/_lib/clauses/extra.md": "---\nid: extra\ntitle: Extra\n---\n## Extra\n\nWij bewaren gegevens twee jaar.\n"], in: root)
            #expect(errors(builder.check(.all)).isEmpty, "unreleased changes are a warning")
            #expect(errors(builder.check(.all, strict: true).diagnostics).filter { $0.contains("not released") }
                    == ["the statement of tenant 'acme' has changes that are not released; the site shows the released version"])


            _ = builder.build(.all)
            let archiveBefore = TestSupport.tree(root.appendingPathComponent("output")).filter { $0.key.contains("versions/1/") }

            let release = builder.release(.all, summary: "Bewaartermijn verlengd.", date: DayDate("2024-02-01")!, approvedBy: "Legal")
            #expect(release.released.map(\.tenantID) == ["acme"])
            #expect(release.released.map(\.version) == [2])
            #expect(release.unchanged == ["beta"])
            #expect(errors(builder.check(.all)).isEmpty)

            let report = builder.build(.all)
            #expect(!report.diagnostics.hasErrors)
            let after = TestSupport.tree(root.appendingPathComponent("output"))
            #expect(after.filter { $0.key.contains("beta/versions/1/") } == archiveBefore.filter { $0.key.contains("beta/") },
                    "a release of another tenant changes nothing of beta's")
            let superseded = String(decoding: after["acme/versions/1/index.html"] ?? Data(), as: UTF8.self)
            #expect(superseded.contains("Gold van <time datetime=\"2024-01-01\">1 januari 2024</time> tot <time datetime=\"2024-02-01\">1 februari 2024</time>"),
                    "the page of the version in force changes once, when it is superseded")
            let changelog = String(decoding: after["acme/changelog/index.html"] ?? Data(), as: UTF8.self)
            #expect(changelog.contains("<del>één </del><ins>twee </ins>"))
            #expect(changelog.contains("Goedgekeurd door Legal."))
            #expect(changelog.range(of: "Versie 2")!.lowerBound < changelog.range(of: "Versie 1")!.lowerBound, "newest first")
            #expect(after["beta/versions/2/index.html"] == nil)
        }
    }

    /// "Nothing to release" is not an error, for a named tenant as for all (it was an error only for --tenant).
    @Test func releasingWithoutChangesIsNoErrorForANamedTenantOrAll() throws {
        try withProject { _, builder in
            for scope in [SiteBuilder.Scope.tenants(["acme"]), .all] {
                let report = builder.release(scope, summary: "Niets.", date: DayDate("2024-02-01")!, approvedBy: nil)
                #expect(report.released.isEmpty)
                #expect(errors(report.diagnostics).isEmpty)
                #expect(report.unchanged.contains("acme"))
            }
        }
    }

    @Test func aReleaseMayNotPredateTheLatestVersion() throws {
        try withProject { root, builder in
            try TestSupport.write(["tenants/_lib/clauses/extra.md": "---\nid: extra\ntitle: Extra\n---\nAnders.\n"], in: root)
            let report = builder.release(.tenants(["acme"]), summary: "Terug in de tijd.", date: DayDate("2023-12-31")!, approvedBy: nil)
            #expect(errors(report.diagnostics) == ["release date 2023-12-31 is before version 1 of tenant 'acme' (2024-01-01)"])
        }
    }

    @Test func aTamperedVersionIsAnError() throws {
        try withProject { root, builder in
            let file = root.appendingPathComponent("tenants/acme/history/0001.md")
            let text = try String(contentsOf: file, encoding: .utf8)
            try Data(text.replacingOccurrences(of: "één jaar", with: "tien jaar").utf8).write(to: file)
            let problems = builder.check(.tenants(["acme"])).sorted.filter { $0.severity == .error }
            #expect(problems.first?.message == "version 1 was changed after it was released")
            #expect(problems.first?.location?.formatted == "tenants/acme/history/0001.md:1:1")
        }
    }

    @Test func theAtomFeedParsesAndHasOneEntryPerVersion() throws {
        try withProject { root, builder in
            try TestSupport.write(["tenants/_lib/clauses/extra.md": "---\nid: extra\ntitle: Extra\n---\nA & B <c>.\n"], in: root)
            _ = builder.release(.all, summary: "Tekst met & en <tekens>.", date: DayDate("2024-03-01")!, approvedBy: nil)
            _ = builder.build(.all)
            let feed = try Data(contentsOf: root.appendingPathComponent("output/acme/feed.xml"))
            let atom = AtomReader(feed)
            #expect(atom.parsed, "feed.xml is not well-formed XML")
            #expect(atom.rootNamespace == "http://www.w3.org/2005/Atom")
            #expect(atom.entryIDs == ["https://privacy.example.nl/versions/2/", "https://privacy.example.nl/versions/1/"])
            #expect(atom.summaries.first == "Tekst met & en <tekens>.")
            #expect(atom.feedElements.isSuperset(of: ["id", "title", "updated", "author"]))
        }
    }

    @Test(arguments: [("2018-05-15", "15 mei 2018"), ("2018-06-03", "3 juni 2018"), ("2024-02-29", "29 februari 2024")])
    func datesAreWrittenInDutch(iso: String, dutch: String) {
        #expect(DayDate(iso)?.dutch == dutch)
    }

    @Test(arguments: ["2023-02-29", "2018-13-01", "18-05-15", "2018-5-15", "gisteren"])
    func impossibleDatesAreRefused(text: String) {
        #expect(DayDate(text) == nil)
    }

    @Test func theRedlineMarksWordsAndFoldsUnchangedSections() {
        let old = "<p>Intro.</p>\n<h2 id=\"a\">A</h2>\n<p>Wij bewaren één jaar.</p>\n<h2 id=\"b\">B</h2>\n<p>Gelijk.</p>\n"
        let new = "<p>Intro.</p>\n<h2 id=\"a\">A</h2>\n<p>Wij bewaren twee jaar.</p>\n<h2 id=\"b\">B</h2>\n<p>Gelijk.</p>\n"
        let sections = Redline.sections(from: old, to: new)
        #expect(sections.map(\.title) == [nil, "A", "B"])
        #expect(sections.map(\.changed) == [false, true, false])
        #expect(sections[1].html == "<h2 id=\"a\">A</h2>\n<p>Wij bewaren <del>één </del><ins>twee </ins>jaar.</p>\n")
    }

    @Test func deletedListItemsLandInsideAnElementThatTakesText() {
        let sections = Redline.sections(from: "<ul>\n<li>a</li>\n<li>weg</li>\n</ul>\n", to: "<ul>\n<li>a</li>\n</ul>\n")
        let html = sections.map(\.html).joined()
        #expect(!html.contains("</li>\n<del>"), "text directly inside <ul> is invalid HTML")
        #expect(html.contains("<del>weg</del>"))
    }

    @Test func aRemovedLastParagraphIsShownAsDeleted() {
        let sections = Redline.sections(from: "<p>Blijft.</p>\n<p>Laatste alinea.</p>\n", to: "<p>Blijft.</p>\n")
        #expect(sections.map(\.html).joined() == "<p>Blijft.</p>\n<p><del>Laatste alinea.</del>\n</p>")
        #expect(sections.map(\.changed) == [true])
    }

    @Test func aChangedLineAmongRepeatedLinesIsDiffedWordByWord() {
        let row = "<tr>\n<td>Ja</td>\n</tr>\n"
        let old = "<table>\n" + row + "<tr>\n<td>Zes maanden</td>\n</tr>\n" + row + "</table>\n"
        let new = "<table>\n" + row + "<tr>\n<td>Twaalf maanden</td>\n</tr>\n" + row + "</table>\n"
        let html = Redline.sections(from: old, to: new).map(\.html).joined()
        #expect(html == "<table>\n" + row + "<tr>\n<td><del>Zes </del><ins>Twaalf </ins>maanden</td>\n</tr>\n" + row + "</table>\n")
    }

    @Test func theTerminalDiffShowsChangedPhrases() {
        let diff = WordDiff.render(from: "Eerste alinea.\n\nWij bewaren één jaar.\n", to: "Eerste alinea.\n\nWij bewaren twee jaar.\n", color: false)
        #expect(diff == "Wij bewaren [-één -]{+twee +}jaar.\n")
    }

    /// The diff's units: tags, and words with their following space; a line ends with the token
    /// holding its line break, inside a tag too.
    @Test func htmlIsSplitIntoTokensAndLines() {
        let tokens = HTMLTokens("<p>Eén\nb</p>\n<a\nhref=\"x\">c</a>")
        #expect(tokens.ranges.indices.map(tokens.string) == ["<p>", "Eén\n", "b", "</p>", "\n", "<a\nhref=\"x\">", "c", "</a>"])
        #expect(tokens.lines == [0..<2, 2..<5, 5..<6, 6..<8])
    }

    /// White space beyond ASCII separates words too (no-break, em, ideographic, ogham and line
    /// separator spaces, NEL), while other multi-byte letters do not; a tag is one token even
    /// across a line break, and an unclosed `<` at the end is a token of its own.
    @Test(arguments: [
        ("één\u{A0}twee drie", ["één\u{A0}", "twee ", "drie"]),
        ("a\u{2003}b\u{3000}c\u{85}d", ["a\u{2003}", "b\u{3000}", "c\u{85}", "d"]),
        ("€ 10,–\u{1680}x 🙂y z ", ["€ ", "10,–\u{1680}", "x ", "🙂y ", "z "]),
        ("  <td>a b</td>\n\t<td\n>ü</td>", ["  ", "<td>", "a ", "b", "</td>", "\n\t", "<td\n>", "ü", "</td>"]),
        ("<p>open", ["<p>", "open"]),
        ("tekst <", ["tekst ", "<"]),
        ("x\u{202F}y\u{2028}z", ["x\u{202F}", "y\u{2028}", "z"]),
    ])
    func tokensSplitAtUnicodeWhiteSpace(html: String, expected: [String]) {
        let tokens = HTMLTokens(html)
        #expect(tokens.ranges.indices.map { Array(tokens.string($0).utf8) } == expected.map { Array($0.utf8) })
    }

    @Test func tagNamesCompareLowercased() {
        #expect(TagName(Array("TABLE".utf8)) == "table")
        #expect(TagName(Array("td".utf8)) != "th")
        #expect(TagName(Array("blockquote".utf8)) != "blockquot")
        #expect(HTMLTokens.acceptsText("td") && !HTMLTokens.acceptsText("tr") && !HTMLTokens.acceptsText(nil))
    }

    /// A version file gives back exactly the Markdown it froze — the bytes its hash covers — even
    /// where a Character slice would round: a combining mark right after the closing `---`, a
    /// `\r\n`, and a later `---` line that must not end the front matter.
    @Test(arguments: ["\u{301}Één jaar.\n", "Regel\r\n---\r\nmeer\n", "Tekst\n\n---\nnog een regel\n", ""])
    func aVersionFileRoundTripsItsMarkdownByteForByte(markdown: String) throws {
        let record = VersionFile.Record(number: 2, published: DayDate("2024-03-01"), effective: DayDate("2024-04-01"), summary: "Wijziging.")
        let text = VersionFile.serialize(record, markdown: markdown, previousChain: "abc")
        let version = try VersionFile.parse(SourceFile(displayPath: "history/0002.md", text: text), expectedNumber: 2, previousChain: "abc")
        #expect(Array(version.markdown.utf8) == Array(markdown.utf8))
        #expect(version.recordedHash == version.actualHash)
        #expect(version.recordedChain == version.actualChain)
        #expect(version.published == DayDate("2024-03-01") && version.effective == DayDate("2024-04-01"))
        #expect(version.summary == "Wijziging.")
    }
}

/// Reads an Atom document with Foundation's XML parser: a real parser, so malformed XML fails.
final class AtomReader: NSObject, XMLParserDelegate {
    var parsed = false
    var rootNamespace: String?
    var entryIDs: [String] = []
    var summaries: [String] = []
    var feedElements: Set<String> = []
    private var path: [String] = []
    private var text = ""

    init(_ data: Data) {
        super.init()
        let parser = XMLParser(data: data)
        parser.shouldProcessNamespaces = true
        parser.delegate = self
        parsed = parser.parse()
    }

    func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
        if path.isEmpty { rootNamespace = namespaceURI }
        if path == ["feed"] { feedElements.insert(name) }
        path.append(name)
        text = ""
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

    func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
        if path == ["feed", "entry", "id"] { entryIDs.append(text) }
        if path == ["feed", "entry", "summary"] { summaries.append(text) }
        path.removeLast()
    }
}
