/// The tenant's Atom 1.0 feed: one entry per version, so visitors and tools learn of changes
/// without having to check the page.
enum AtomFeed {
    /// The feed document; every value is escaped for XML.
    static func xml(versions: [Version], companyName: String, title: String, baseURL: String) -> String {
        // A version whose publication day is unknown gets no entry: Atom needs a date, and none is invented.
        let dated = versions.filter { $0.published != nil }
        let newest = dated.max { $0.number < $1.number }
        var lines = [
            "<?xml version=\"1.0\" encoding=\"utf-8\"?>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"nl\">",
            "  <id>\(escape(baseURL))</id>",
            "  <title>\(escape("\(title) – \(companyName): wijzigingen"))</title>",
            "  <updated>\(newest?.published?.rfc3339 ?? "1970-01-01T00:00:00Z")</updated>",
            "  <author><name>\(escape(companyName))</name></author>",
            "  <link rel=\"self\" href=\"\(escape(baseURL + "feed.xml"))\"/>",
            "  <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(baseURL + "changelog/"))\"/>",
        ]
        for version in dated.sorted(by: { $0.number > $1.number }) {
            let link = baseURL + "versions/\(version.number)/"
            lines += [
                "  <entry>",
                "    <id>\(escape(link))</id>",
                "    <title>\(escape("Versie \(version.number) van \(version.published?.dutch ?? "")"))</title>",
                "    <updated>\(version.published?.rfc3339 ?? "")</updated>",
                "    <link rel=\"alternate\" type=\"text/html\" href=\"\(escape(link))\"/>",
                "    <summary>\(escape(version.summary))</summary>",
                "  </entry>",
            ]
        }
        lines.append("</feed>")
        return lines.joined(separator: "\n") + "\n"
    }

    private static func escape(_ text: String) -> String { HTMLEscaping.escape(text) }
}
