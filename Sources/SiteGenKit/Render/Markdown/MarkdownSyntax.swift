/// The pure text rules of cleaning a Markdown tree — explicit heading ids, unsafe links — kept
/// apart from the file that holds cmark's pointers so they can be read and tested on their own.
enum MarkdownSyntax {
    /// The id of a trailing `{#id}` (letters, digits, `_`, `-`) and where the text before it (and
    /// its white space) ends. A scan, not a regular expression: every heading of every page passes here.
    static func explicitID(in literal: String) -> (id: String, textEnd: String.Index)? {
        let scalars = literal.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        guard end > scalars.startIndex, scalars[scalars.index(before: end)] == "}" else { return nil }
        let close = scalars.index(before: end)
        var start = close
        while start > scalars.startIndex, Self.isIDScalar(scalars[scalars.index(before: start)]) { start = scalars.index(before: start) }
        guard start < close, start > scalars.startIndex, scalars[scalars.index(before: start)] == "#" else { return nil }
        let hash = scalars.index(before: start)
        guard hash > scalars.startIndex, scalars[scalars.index(before: hash)] == "{" else { return nil }
        var textEnd = scalars.index(before: hash)
        while textEnd > scalars.startIndex, scalars[scalars.index(before: textEnd)].properties.isWhitespace { textEnd = scalars.index(before: textEnd) }
        return (String(scalars[start..<close]), textEnd)
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// `text` without leading and trailing spaces and tabs (what `CharacterSet.whitespaces` holds),
    /// without Foundation's bridging.
    static func trimmingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .spaceSeparator || scalar == "\t" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }


    /// `url` with control characters spelled out, so a tab hidden in `java\tscript:` shows in the message.
    static func visible(_ url: String) -> String {
        url.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }

    /// Schemes that run code or smuggle content; checked without spaces or case, as browsers do.
    static func isUnsafe(_ url: String) -> Bool {
        // Nearly every link starts like this; none of them can squash to a dangerous scheme.
        if url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:") || url.hasPrefix("#") { return false }
        let squashed = url.lowercased().filter { !$0.isWhitespace && !$0.isASCIIControl }
        return ["javascript:", "vbscript:", "data:", "file:"].contains { squashed.hasPrefix($0) }
    }
}

private extension Character {
    var isASCIIControl: Bool { asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
}
