import Foundation

/// A statement's Markdown prepared for the lint rules, from cmark's reading of it
/// (`MarkdownRenderer.outline`): the text nodes and links with their places, for rules about
/// Markdown's own constructs, and the source with code and raw HTML blanked out with spaces, for
/// rules about words — no rule fires on an example, while every other character keeps its offset,
/// so a match maps straight back to a line and column of the original.
struct LintText {
    /// The text with code and raw HTML replaced by spaces; an `NSString` because the rules use
    /// `NSRegularExpression`, which counts in UTF-16 (Swift's `Regex` has no look-behind).
    let masked: NSString
    /// The statement as cmark reads it.
    let outline: MarkdownOutline
    /// The UTF-16 offset at which each line starts.
    private let lineStarts: [Int]
    /// The source's lines, for turning cmark's byte columns into offsets and characters.
    private let lines: [Substring]

    /// Prepares `markdown`.
    init(_ markdown: String) {
        outline = MarkdownRenderer.outline(markdown)
        lines = markdown.split(separator: "\n", omittingEmptySubsequences: false)
        var starts: [Int] = []
        var offset = 0
        for line in lines {
            starts.append(offset)
            offset += line.utf16.count + 1
        }
        lineStarts = starts
        let text = NSMutableString(string: markdown)
        for block in outline.codeBlocks where block.startLine >= 1 {
            for line in block.startLine...min(max(block.endLine, block.startLine), lines.count) {
                Self.blank(NSRange(location: starts[line - 1], length: lines[line - 1].utf16.count), in: text)
            }
        }
        for span in outline.code where span.startLine >= 1 {
            let start = Self.widened(span.startColumn, on: lines[span.startLine - 1], by: -1)
            let end = Self.widened(span.endColumn, on: lines[min(span.endLine, lines.count) - 1], by: 1)
            guard let from = Self.offset(line: span.startLine, byteColumn: start, lines: lines, starts: starts),
                  let to = Self.offset(line: span.endLine, byteColumn: end + 1, lines: lines, starts: starts), to > from else { continue }
            Self.blank(NSRange(location: from, length: to - from), in: text)
        }
        masked = text
    }

    /// The UTF-16 offset of a line and byte column (from 1) of the source; nil outside it.
    private static func offset(line: Int, byteColumn: Int, lines: [Substring], starts: [Int]) -> Int? {
        guard (1...lines.count).contains(line), byteColumn >= 1 else { return nil }
        let bytes = lines[line - 1].utf8
        let prefix = bytes.prefix(byteColumn - 1)
        return starts[line - 1] + String(decoding: prefix, as: UTF8.self).utf16.count
    }

    /// A code span's column moved over the backticks that fence it (cmark's span is the code alone).
    private static func widened(_ column: Int, on line: Substring, by step: Int) -> Int {
        let bytes = Array(line.utf8)
        var column = column
        while (1...bytes.count).contains(column + step), bytes[column + step - 1] == UInt8(ascii: "`") { column += step }
        return column
    }

    /// Line and column (both from 1, the column in characters) of cmark's line and byte column.
    func position(line: Int, byteColumn: Int) -> (line: Int, column: Int) {
        guard (1...lines.count).contains(line) else { return (max(line, 1), max(byteColumn, 1)) }
        return (line, String(decoding: lines[line - 1].utf8.prefix(max(byteColumn - 1, 0)), as: UTF8.self).count + 1)
    }

    /// The source of `span`, lines joined with a line break.
    func source(_ span: MarkdownOutline.Span) -> String {
        guard (1...lines.count).contains(span.startLine), (span.startLine...lines.count).contains(span.endLine) else { return "" }
        var parts = lines[(span.startLine - 1)..<span.endLine].map { Array($0.utf8) }
        parts[parts.count - 1] = Array(parts[parts.count - 1].prefix(span.endColumn))
        parts[0] = Array(parts[0].dropFirst(span.startColumn - 1))
        return parts.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "\n")
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
    /// space, at a table cell border, at a blank line and on a line where cmark starts a block (a
    /// list item, table row, heading, quote); a paragraph's soft line breaks do not end one.
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
            if line.allSatisfy(\.isWhitespace) || outline.blockLines.contains(index + 1) { close(at: lineStart) }
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

    /// Spaces over `range`, line breaks kept, one space per UTF-16 unit so offsets stay.
    private static func blank(_ range: NSRange, in text: NSMutableString) {
        let units = text.substring(with: range).utf16.map { $0 == 0x0A ? UInt16(0x0A) : UInt16(0x20) }
        text.replaceCharacters(in: range, with: String(decoding: units, as: UTF16.self))
    }

    /// A compiled pattern. The rules' patterns are literals, so one that does not compile is a
    /// programming error caught by the first test run, not a user's problem.
    static func regex(_ pattern: String, caseInsensitive: Bool = false) -> NSRegularExpression {
        try! NSRegularExpression(pattern: pattern, options: caseInsensitive ? [.caseInsensitive] : [])
    }
}
