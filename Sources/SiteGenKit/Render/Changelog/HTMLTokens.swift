import Foundation

/// HTML split into tags and words (each with its following white space), the units the redline
/// compares; keeping the space with its word makes a changed phrase one run of `<del>`/`<ins>`.
/// Tokens are byte ranges into the UTF-8 of the text: every version of every tenant is split,
/// and making a `String` per token dominated the changelog's cost.
struct HTMLTokens {
    /// The UTF-8 of the whole text.
    let bytes: [UInt8]
    /// Each token's bytes, in order; together they are the whole text.
    let ranges: [Range<Int>]
    /// The token ranges of the lines: a line ends with the token that holds its line break. Found
    /// while splitting, so the diff's line pass need not scan every token's bytes again.
    let lines: [Range<Int>]

    init(_ html: String) {
        let bytes = Array(html.utf8)
        (ranges, lines) = bytes.withUnsafeBufferPointer(Self.split)
        self.bytes = bytes
    }

    /// The tokens and lines of `text`, in local arrays: appending to the stored properties from a
    /// closure went through an access check per token. Each kind of run — a tag, a word, the white
    /// space after it — is crossed by a loop of its own, so a byte costs one or two comparisons.
    private static func split(_ text: UnsafeBufferPointer<UInt8>) -> ([Range<Int>], [Range<Int>]) {
        var ranges: [Range<Int>] = []
        var lines: [Range<Int>] = []
        ranges.reserveCapacity(text.count / 6)
        let count = text.count
        var start = 0
        var index = 0
        var lineStart = 0
        var tokenHasNewline = false
        func endToken(_ end: Int) {
            ranges.append(start..<end)
            if tokenHasNewline {
                lines.append(lineStart..<ranges.count)
                lineStart = ranges.count
                tokenHasNewline = false
            }
            start = end
        }
        while index < count {
            if text[index] == UInt8(ascii: "<") {
                if start < index { endToken(index) }
                index += 1
                while index < count, text[index] != UInt8(ascii: ">") {
                    if text[index] == UInt8(ascii: "\n") { tokenHasNewline = true }
                    index += 1
                }
                index = min(index + 1, count)
                endToken(index)
                continue
            }
            // Text up to the next tag: white space, then words each with the white space after them.
            var lastWasWhitespace = false
            while index < count {
                let byte = text[index]
                if byte == UInt8(ascii: "<") { break }
                let (isWhitespace, length) = whitespace(text, at: index)
                if isWhitespace {
                    if byte == UInt8(ascii: "\n") { tokenHasNewline = true }
                } else if lastWasWhitespace {
                    endToken(index)
                }
                lastWasWhitespace = isWhitespace
                index += length
            }
        }
        if start < count { endToken(count) }
        if lineStart < ranges.count { lines.append(lineStart..<ranges.count) }
        return (ranges, lines)
    }

    /// Whether the scalar whose lead byte is at `index` of valid UTF-8 is white space, and its
    /// length in bytes. Only scalars led by 0xC2, 0xE1, 0xE2 or 0xE3 can be (U+0085, U+00A0,
    /// U+1680, U+2000–U+205F, U+3000); the others skip decoding.
    @inline(__always)
    private static func whitespace(_ text: UnsafeBufferPointer<UInt8>, at index: Int) -> (Bool, Int) {
        let lead = text[index]
        if lead < 0x80 { return (lead == UInt8(ascii: " ") || (0x09...0x0D).contains(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        guard lead == 0xC2 || (0xE1...0xE3).contains(lead) else { return (false, length) }
        var value = UInt32(lead) & (0xFF >> (length + 1))
        for offset in 1..<length { value = value << 6 | UInt32(text[index + offset] & 0x3F) }
        return ((Unicode.Scalar(value) ?? "\u{FFFD}").properties.isWhitespace, length)
    }

    /// The bytes a run of tokens covers.
    func byteRange(ofTokens tokens: Range<Int>) -> Range<Int> {
        guard let first = tokens.first, let last = tokens.last else { return 0..<0 }
        return ranges[first].lowerBound..<ranges[last].upperBound
    }

    /// The token as text.
    func string(_ index: Int) -> String {
        String(decoding: bytes[ranges[index]], as: UTF8.self)
    }

    func isTag(_ index: Int) -> Bool {
        bytes[ranges[index].lowerBound] == UInt8(ascii: "<")
    }

    func hasPrefix(_ prefix: StaticString, at index: Int) -> Bool {
        ranges[index].count >= prefix.utf8CodeUnitCount && bytes.hasLiteral(prefix, at: ranges[index].lowerBound)
    }

    /// Elements in which phrasing text may appear directly.
    static func acceptsText(_ element: TagName?) -> Bool {
        guard let element else { return false }
        return !blockContainers.contains(element)
    }

    private static let blockContainers: [TagName] = ["table", "thead", "tbody", "tr", "ul", "ol", "section", "div"]
    private static let voidElements: [TagName] = ["br", "hr", "img", "input", "meta", "link"]

    /// Keeps the stack of open elements up to date with the tag token at `index`; void elements
    /// are never pushed. cmark writes tag names in ASCII.
    func track(_ index: Int, in stack: inout [TagName]) {
        let range = ranges[index]
        let closing = hasPrefix("</", at: index)
        var nameEnd = range.lowerBound + (closing ? 2 : 1)
        let nameStart = nameEnd
        while nameEnd < range.upperBound, Self.isASCIIAlphanumeric(bytes[nameEnd]) { nameEnd += 1 }
        let name = TagName(bytes[nameStart..<nameEnd])
        if closing {
            if let open = stack.lastIndex(of: name) { stack.removeSubrange(open...) }
        } else if !Self.voidElements.contains(name)
                    && !(range.count >= 2 && bytes[range.upperBound - 2] == UInt8(ascii: "/") && bytes[range.upperBound - 1] == UInt8(ascii: ">")) {
            stack.append(name)
        }
    }

    private static func isASCIIAlphanumeric(_ byte: UInt8) -> Bool {
        (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
    }
}
