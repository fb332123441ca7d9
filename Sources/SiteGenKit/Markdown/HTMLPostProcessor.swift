import Foundation

/// Finishes cmark's HTML where cmark has no option for it. Safe mode escapes every `<` that came
/// from the author, so the tags matched here can only be cmark's own.
enum HTMLPostProcessor {
    /// Adds heading ids in document order and wraps tables in a scrolling, focusable region so a
    /// wide register scrolls inside its box on a phone instead of widening the page.
    static func finish(_ html: String, headings: [Heading]) -> String {
        var result = ""
        result.reserveCapacity(html.utf8.count + headings.count * 24)
        var remaining = headings.makeIterator()
        var currentHeading: Heading?
        var tableNumber = 0
        var rest = html[...]
        while let open = rest.firstIndex(of: "<") {
            result += rest[..<open]
            rest = rest[open...]
            if rest.count > 3, rest.hasPrefix("<h"), let level = rest.dropFirst(2).first, ("1"..."6").contains(level),
               rest.dropFirst(3).first == ">", let heading = remaining.next() {
                currentHeading = heading
                result += "<h\(level) id=\"\(heading.id)\">"
                rest = rest.dropFirst(4)
            } else if rest.hasPrefix("<table>") {
                tableNumber += 1
                // The region is named after the section it is in, which says more than a number.
                let label = currentHeading.map { HTMLEscaping.escape($0.text) } ?? "Tabel \(tableNumber)"
                result += "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\"><table>"
                rest = rest.dropFirst(7)
            } else if rest.hasPrefix("</table>") {
                result += "</table></div>"
                rest = rest.dropFirst(8)
            } else {
                result += "<"
                rest = rest.dropFirst()
            }
        }
        result += rest
        // cmark labels footnote back-links in English; the pages are Dutch.
        return result.replacingOccurrences(of: "aria-label=\"Back to content\"", with: "aria-label=\"Terug naar de tekst\"")
    }
}
