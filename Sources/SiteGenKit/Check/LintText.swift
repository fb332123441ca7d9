import Foundation

/// A statement's Markdown prepared for the lint rules. Code — fenced blocks and inline spans — is
/// blanked out with spaces, so no rule fires on an example, while every other character keeps its
/// offset: a match in the masked text maps straight back to a line and column of the original.
struct LintText {
    /// The text with code replaced by spaces; an `NSString` because the rules use
    /// `NSRegularExpression`, which counts in UTF-16 (Swift's `Regex` has no look-behind).
    let masked: NSString
    /// The UTF-16 offset at which each line starts.
    private let lineStarts: [Int]

    /// Prepares `markdown`.
    init(_ markdown: String) {
        let text = NSMutableString(string: markdown)
        var starts: [Int] = [0]
        var inFence = false
        var offset = 0
        for line in markdown.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = (String(line) as NSString).length
            let trimmed = line.drop { $0 == " " }
            if trimmed.hasPrefix("```") || trimmed.hasPrefix("~~~") {
                Self.blank(NSRange(location: offset, length: length), in: text)
                inFence.toggle()
            } else if inFence {
                Self.blank(NSRange(location: offset, length: length), in: text)
            }
            offset += length + 1
            starts.append(offset)
        }
        let inlineCode = Self.regex("`[^`\\n]*`")
        for match in inlineCode.matches(in: text as String, range: NSRange(location: 0, length: text.length)) {
            Self.blank(match.range, in: text)
        }
        masked = text
        lineStarts = starts.dropLast()
    }

    /// Every match of `regex` in the masked text.
    func matches(_ regex: NSRegularExpression) -> [NSTextCheckingResult] {
        regex.matches(in: masked as String, range: NSRange(location: 0, length: masked.length))
    }

    /// The masked text in `range`.
    func string(_ range: NSRange) -> String {
        masked.substring(with: range)
    }

    /// Line and column (both from 1, the column in characters) of a UTF-16 offset.
    func position(of offset: Int) -> (line: Int, column: Int) {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let prefix = masked.substring(with: NSRange(location: lineStarts[low], length: offset - lineStarts[low]))
        return (low + 1, prefix.count + 1)
    }

    /// Up to `length` UTF-16 units before `offset` on the same line: the context a rule looks at.
    func lineBefore(_ offset: Int, length: Int) -> String {
        let start = max(lineStarts.last { $0 <= offset } ?? 0, offset - length)
        return masked.substring(with: NSRange(location: start, length: offset - start))
    }

    /// `range`'s text as a reader would recognise it: Markdown emphasis and escapes removed, white
    /// space collapsed, at most `limit` characters.
    func excerpt(_ range: NSRange, limit: Int = 90) -> String {
        Self.excerpt(string(range), limit: limit)
    }

    /// `text` as `excerpt(_:limit:)` shows it.
    static func excerpt(_ text: String, limit: Int = 90) -> String {
        var plain = text.replacingOccurrences(of: "**", with: "")
        plain = plain.replacingOccurrences(of: "\\\\([\\[\\]()*_#.\\-!|`])", with: "$1", options: .regularExpression)
        plain = plain.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        return plain.count > limit ? String(plain.prefix(limit - 1)) + "…" : plain
    }

    /// The sentences of the prose, as ranges. A sentence ends at `.`, `!` or `?` before white
    /// space, at a table cell border, at a blank line and where a list item, table row, heading or
    /// quote starts; a paragraph's soft line breaks do not end one.
    var sentences: [NSRange] {
        var result: [NSRange] = []
        var start: Int?
        func close(at end: Int) {
            if let first = start, end > first {
                let range = NSRange(location: first, length: end - first)
                if !string(range).allSatisfy(\.isWhitespace) { result.append(range) }
            }
            start = nil
        }
        for (index, lineStart) in lineStarts.enumerated() {
            let lineEnd = index + 1 < lineStarts.count ? lineStarts[index + 1] - 1 : masked.length
            let line = masked.substring(with: NSRange(location: lineStart, length: lineEnd - lineStart))
            if line.allSatisfy(\.isWhitespace) || Self.startsBlock(line) { close(at: lineStart) }
            var offset = lineStart
            for unit in line.utf16 {
                if start == nil, unit != 0x20, unit != 0x09 { start = offset }
                if unit == 0x7C {  // "|"
                    close(at: offset)
                } else if unit == 0x2E || unit == 0x21 || unit == 0x3F {  // . ! ?
                    let next = offset + 1 < masked.length ? masked.character(at: offset + 1) : 0x0A
                    if next == 0x20 || next == 0x0A || next == 0x09 || next == 0x2A { close(at: offset + 1) }
                }
                offset += 1
            }
        }
        close(at: masked.length)
        return result
    }

    private static func startsBlock(_ line: String) -> Bool {
        let trimmed = line.drop { $0 == " " }
        return trimmed.hasPrefix("|") || trimmed.hasPrefix("#") || trimmed.hasPrefix(">")
            || trimmed.range(of: "^([-*+]|\\d+[.)])\\s", options: .regularExpression) != nil
    }

    private static func blank(_ range: NSRange, in text: NSMutableString) {
        text.replaceCharacters(in: range, with: String(repeating: " ", count: range.length))
    }

    /// A compiled pattern. The rules' patterns are literals, so one that does not compile is a
    /// programming error caught by the first test run, not a user's problem.
    static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }
}
