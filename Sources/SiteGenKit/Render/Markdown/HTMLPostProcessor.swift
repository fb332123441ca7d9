import Foundation

/// Finishes cmark's HTML where cmark has no option for it. Safe mode escapes every `<` that came
/// from the author, so the tags matched here can only be cmark's own.
enum HTMLPostProcessor {
    /// Adds heading ids in document order and wraps tables in a scrolling, focusable region so a
    /// wide register scrolls inside its box on a phone instead of widening the page.
    static func finish(_ html: [UInt8], headings: [Heading]) -> String {
        // Scans bytes: every tag this looks for is ASCII, and a byte scan stays linear on long
        // statements where Character-indexed lookahead was quadratic.
        var html = ByteRewriter(html, extraCapacity: headings.count * 24 + 256)
        var remaining = headings.makeIterator()
        var currentHeading: Heading?
        var tableNumber = 0
        while html.isScanning {
            html.skipText()
            guard html.isScanning else { break }
            let index = html.index
            if html.inTag {
                if html.text[index] == UInt8(ascii: "a"), html.matches(Self.englishBackLink, at: index) {
                    // cmark labels footnote back-links in English; the pages are Dutch.
                    html.replace(upTo: index, with: Self.dutchBackLink.utf8, resumingAt: index + Self.englishBackLink.utf8CodeUnitCount)
                } else {
                    html.step()
                }
            } else if html[index + 1] == UInt8(ascii: "h"), let level = html[index + 2], (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(level),
                      html[index + 3] == UInt8(ascii: ">"), let heading = remaining.next() {
                currentHeading = heading
                html.replace(upTo: index, with: "<h\(Character(Unicode.Scalar(level))) id=\"\(heading.id)\">".utf8, resumingAt: index + 4)
            } else if html.matches("<table>", at: index) {
                tableNumber += 1
                // The region is named after the section it is in, which says more than a number.
                let label = currentHeading.map { HTMLEscaping.escape($0.text) } ?? "Tabel \(tableNumber)"
                html.replace(upTo: index, with: "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\"><table>".utf8,
                             resumingAt: index + 7)
            } else if html.matches("</table>", at: index) {
                html.replace(upTo: index, with: "</table></div>".utf8, resumingAt: index + 8)
            } else {
                html.step()
            }
        }
        return html.finish()
    }

    private static let englishBackLink: StaticString = "aria-label=\"Back to content\""
    private static let dutchBackLink = "aria-label=\"Terug naar de tekst\""
}
