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
        var index = 0
        func matches(_ literal: StaticString, at position: Int) -> Bool {
            let count = literal.utf8CodeUnitCount
            guard position + count <= bytes.count else { return false }
            return literal.withUTF8Buffer { bytes[position..<position + count].elementsEqual($0) }
        }
        func isHeadingDigit(_ position: Int) -> Bool {
            position < bytes.count && (UInt8(ascii: "2")...UInt8(ascii: "5")).contains(bytes[position])
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "<"), matches("<h", at: index), isHeadingDigit(index + 2) {
                result += [UInt8(ascii: "<"), UInt8(ascii: "h"), bytes[index + 2] + 1]
                index += 3
            } else if byte == UInt8(ascii: "<"), matches("</h", at: index), isHeadingDigit(index + 3),
                      index + 4 < bytes.count, bytes[index + 4] == UInt8(ascii: ">") {
                result += [UInt8(ascii: "<"), UInt8(ascii: "/"), UInt8(ascii: "h"), bytes[index + 3] + 1, UInt8(ascii: ">")]
                index += 5
            } else if byte == UInt8(ascii: "<"), matches("<a href=\"#fnref-", at: index),
                      let end = backLinkEnd(in: bytes, from: index) {
                index = end
            } else if byte == UInt8(ascii: " "), matches(" id=\"", at: index),
                      let quote = bytes[(index + 5)...].firstIndex(of: UInt8(ascii: "\"")) {
                index = quote + 1
            } else if byte == UInt8(ascii: "h"), matches("href=\"#", at: index) {
                result += archiveAnchor
                index += 7
            } else {
                result.append(byte)
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Where `<a href="#fnref-…" …>↩</a>` starting at `start` ends, or nil when the tag is not a
    /// whole back-link.
    private static func backLinkEnd(in bytes: [UInt8], from start: Int) -> Int? {
        guard let close = bytes[start...].firstIndex(of: UInt8(ascii: ">")) else { return nil }
        let tail = Array("↩</a>".utf8)
        guard close + 1 + tail.count <= bytes.count, bytes[(close + 1)..<(close + 1 + tail.count)].elementsEqual(tail) else { return nil }
        return close + 1 + tail.count
    }
}
