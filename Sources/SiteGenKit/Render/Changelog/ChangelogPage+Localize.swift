extension ChangelogPage {
    /// A statement's HTML placed inside the changelog: headings move one level down (the version is
    /// the `h2`), ids are dropped so they stay unique on the page, anchor links point into the
    /// archived version where those ids live, and footnote back-links (whose targets are gone) are
    /// dropped. One pass over the bytes: every section of every version goes through here, and
    /// the tags involved are cmark's own ASCII (safe mode escapes the author's `<` and `"`).
    static func localize(_ html: String, version: Int) -> String {
        var html = ByteRewriter(html)
        let archiveAnchor = Array("href=\"../versions/\(version)/index.html#".utf8)
        func headingDigit(_ position: Int) -> UInt8? {
            html[position].flatMap { (UInt8(ascii: "2")...UInt8(ascii: "5")).contains($0) ? $0 : nil }
        }
        while html.isScanning {
            html.skipText()
            guard html.isScanning else { break }
            let index = html.index
            let byte = html.text[index]
            if html.inTag {
                if byte == UInt8(ascii: " "), html.matches(" id=\"", at: index),
                   let quote = html.text[(index + 5)...].firstIndex(of: UInt8(ascii: "\"")) {
                    html.replace(upTo: index, with: [], resumingAt: quote + 1)
                } else if byte == UInt8(ascii: "h"), html.matches("href=\"#", at: index) {
                    html.replace(upTo: index, with: archiveAnchor, resumingAt: index + 7)
                } else {
                    html.step()
                }
            } else if html.matches("<h", at: index), let level = headingDigit(index + 2) {
                html.replace(upTo: index, with: [UInt8(ascii: "<"), UInt8(ascii: "h"), level + 1], resumingAt: index + 3)
            } else if html.matches("</h", at: index), let level = headingDigit(index + 3), html[index + 4] == UInt8(ascii: ">") {
                html.replace(upTo: index, with: [UInt8(ascii: "<"), UInt8(ascii: "/"), UInt8(ascii: "h"), level + 1, UInt8(ascii: ">")],
                             resumingAt: index + 5)
            } else if html.matches("<a href=\"#fnref-", at: index), let end = backLinkEnd(in: html.text, from: index) {
                html.replace(upTo: index, with: [], resumingAt: end)
            } else {
                html.step()
            }
        }
        return html.finish()
    }

    /// Where `<a href="#fnref-…" …>↩</a>` starting at `start` ends, or nil when the tag is not a
    /// whole back-link.
    private static func backLinkEnd(in text: [UInt8], from start: Int) -> Int? {
        let tail: StaticString = "↩</a>"
        guard let close = text[start...].firstIndex(of: UInt8(ascii: ">")), text.hasLiteral(tail, at: close + 1) else { return nil }
        return close + 1 + tail.utf8CodeUnitCount
    }
}
