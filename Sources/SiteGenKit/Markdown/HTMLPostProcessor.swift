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
        bytes.withUnsafeBufferPointer { text in
            func matches(_ literal: StaticString, at position: Int) -> Bool {
                let count = literal.utf8CodeUnitCount
                return position + count <= text.count && memcmp(text.baseAddress! + position, literal.utf8Start, count) == 0
            }
            // Text between the places changed here is copied in runs, not byte by byte.
            var runStart = 0
            func replace(upTo position: Int, with replacement: String, skipping count: Int) {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<position]))
                result.append(contentsOf: replacement.utf8)
                runStart = position + count
            }
            var index = 0
            while index < text.count {
                let byte = text[index]
                if byte == UInt8(ascii: "a"), matches(Self.englishBackLink, at: index) {
                    // cmark labels footnote back-links in English; the pages are Dutch.
                    replace(upTo: index, with: Self.dutchBackLink, skipping: Self.englishBackLink.utf8CodeUnitCount)
                    index = runStart
                } else if byte != UInt8(ascii: "<") {
                    index += 1
                } else if index + 3 < text.count, text[index + 1] == UInt8(ascii: "h"), (UInt8(ascii: "1")...UInt8(ascii: "6")).contains(text[index + 2]),
                          text[index + 3] == UInt8(ascii: ">"), let heading = remaining.next() {
                    currentHeading = heading
                    replace(upTo: index, with: "<h\(Character(Unicode.Scalar(text[index + 2]))) id=\"\(heading.id)\">", skipping: 4)
                    index = runStart
                } else if matches("<table>", at: index) {
                    tableNumber += 1
                    // The region is named after the section it is in, which says more than a number.
                    let label = currentHeading.map { HTMLEscaping.escape($0.text) } ?? "Tabel \(tableNumber)"
                    replace(upTo: index, with: "<div class=\"table-scroll\" role=\"region\" tabindex=\"0\" aria-label=\"\(label)\"><table>", skipping: 7)
                    index = runStart
                } else if matches("</table>", at: index) {
                    replace(upTo: index, with: "</table></div>", skipping: 8)
                    index = runStart
                } else {
                    index += 1
                }
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static let englishBackLink: StaticString = "aria-label=\"Back to content\""
    private static let dutchBackLink = "aria-label=\"Terug naar de tekst\""
}
