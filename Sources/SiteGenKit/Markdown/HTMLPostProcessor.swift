import Foundation

/// Finishes cmark's HTML where cmark has no option for it. Safe mode escapes every `<` that came
/// from the author, so the tags matched here can only be cmark's own.
enum HTMLPostProcessor {
    /// Adds heading ids in document order and wraps tables in a scrolling, focusable region so a
    /// wide register scrolls inside its box on a phone instead of widening the page.
    static func finish(_ html: String, headings: [Heading]) -> String {
        // Scans bytes: every tag this looks for is ASCII, and a byte scan stays linear on long
        // statements where Character-indexed lookahead was quadratic.
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + headings.count * 24 + 256)
        var remaining = headings.makeIterator()
        var currentHeading: Heading?
        var tableNumber = 0
        var index = 0
        func matches(_ literal: String, at position: Int) -> Bool {
            let utf8 = literal.utf8
            return position + utf8.count <= bytes.count && bytes[position..<position + utf8.count].elementsEqual(utf8)
        }
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                if bytes[index] == UInt8(ascii: "a"), matches(Self.englishBackLink, at: index) {
                    // cmark labels footnote back-links in English; the pages are Dutch.
                    result += Array(Self.dutchBackLink.utf8)
                    index += Self.englishBackLink.utf8.count
                } else {
                    result.append(bytes[index])
                    index += 1
                }
                continue
            }
            if index + 3 < bytes.count, bytes[index + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(bytes[index + 2]),
               bytes[index + 3] == UInt8(ascii: ">"), let heading = remaining.next() {
                currentHeading = heading
                result += Array("<h\(Character(Unicode.Scalar(bytes[index + 2]))) id=\"\(heading.id)\">".utf8)
                index += 4
            } else if matches("<table>", at: index) {
                tableNumber += 1
                // The region is named after the section it is in, which says more than a number.
                let label = currentHeading.map { HTMLEscaping.escape($0.text) } ?? "Tabel \(tableNumber)"
                result += Array("<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\"><table>".utf8)
                index += 7
            } else if matches("</table>", at: index) {
                result += Array("</table></div>".utf8)
                index += 8
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let englishBackLink = "aria-label=\"Back to content\""
    private static let dutchBackLink = "aria-label=\"Terug naar de tekst\""
}
