import Foundation

extension ChangelogPage {
    /// A statement's HTML placed inside the changelog: headings move one level down (the version is
    /// the `h2`), ids are dropped so they stay unique on the page, anchor links point into the
    /// archived version where those ids live, and footnote back-links (whose targets are gone) are
    /// dropped. One pass over the bytes: every section of every version goes through here, and
    /// the tags involved are cmark's own ASCII (safe mode escapes the author's `<` and `"`).
    static func localize(_ html: String, version: Int) -> String {
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 64)
        let archiveAnchor = Array("href=\"../versions/\(version)/#".utf8)
        bytes.withUnsafeBufferPointer { text in
            func matches(_ literal: StaticString, at position: Int) -> Bool {
                let count = literal.utf8CodeUnitCount
                return position + count <= text.count && memcmp(text.baseAddress! + position, literal.utf8Start, count) == 0
            }
            func isHeadingDigit(_ position: Int) -> Bool {
                position < text.count && (UInt8(ascii: "2")...UInt8(ascii: "5")).contains(text[position])
            }
            // Unchanged text is copied in runs between the places that change.
            var runStart = 0
            func replace(upTo position: Int, with replacement: [UInt8], resumingAt resume: Int) {
                result.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart..<position]))
                result.append(contentsOf: replacement)
                runStart = resume
            }
            var index = 0
            while index < text.count {
                let byte = text[index]
                if byte == UInt8(ascii: "<"), matches("<h", at: index), isHeadingDigit(index + 2) {
                    replace(upTo: index, with: [UInt8(ascii: "<"), UInt8(ascii: "h"), text[index + 2] + 1], resumingAt: index + 3)
                } else if byte == UInt8(ascii: "<"), matches("</h", at: index), isHeadingDigit(index + 3),
                          index + 4 < text.count, text[index + 4] == UInt8(ascii: ">") {
                    replace(upTo: index, with: [UInt8(ascii: "<"), UInt8(ascii: "/"), UInt8(ascii: "h"), text[index + 3] + 1, UInt8(ascii: ">")],
                            resumingAt: index + 5)
                } else if byte == UInt8(ascii: "<"), matches("<a href=\"#fnref-", at: index), let end = backLinkEnd(in: text, from: index) {
                    replace(upTo: index, with: [], resumingAt: end)
                } else if byte == UInt8(ascii: " "), matches(" id=\"", at: index),
                          let quote = text[(index + 5)...].firstIndex(of: UInt8(ascii: "\"")) {
                    replace(upTo: index, with: [], resumingAt: quote + 1)
                } else if byte == UInt8(ascii: "h"), matches("href=\"#", at: index) {
                    replace(upTo: index, with: archiveAnchor, resumingAt: index + 7)
                } else {
                    index += 1
                    continue
                }
                index = runStart
            }
            result.append(contentsOf: UnsafeBufferPointer(rebasing: text[runStart...]))
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Where `<a href="#fnref-…" …>↩</a>` starting at `start` ends, or nil when the tag is not a
    /// whole back-link.
    private static func backLinkEnd(in text: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard let close = text[start...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let tail = Array("↩</a>".utf8)
        guard close + 1 + tail.count <= text.count, text[(close + 1)..<(close + 1 + tail.count)].elementsEqual(tail) else { return nil }
        return close + 1 + tail.count
    }
}
