import Foundation

/// Splitting one line into text and tags, by bytes. Every byte the language gives a meaning to
/// (`{`, `}`) is ASCII, so the scan never looks at Characters; positions are byte offsets, and a
/// Character column is worked out only for a message (`PlaceholderTemplate.location(of:)`).
extension PlaceholderParser {
    /// The tokens of the line at `line` (byte offsets into `bytes`, the whole source), which is
    /// line `lineNumber` of the file.
    mutating func tokenize(_ bytes: UnsafeBufferPointer<UInt8>, line: Range<Int>, lineNumber: Int) -> [(Token, Position)] {
        var tokens: [(Token, Position)] = []
        var rest = line.lowerBound
        var searchFrom = rest
        var first = rest
        while first < line.upperBound && (bytes[first] == UInt8(ascii: " ") || bytes[first] == UInt8(ascii: "\t")) { first += 1 }
        if first == line.upperBound || MarkdownCode.startsBlock(bytes, at: first, lineEnd: line.upperBound) {
            inline.newParagraph()
        } else {
            inline.newLine()
        }
        var fed = rest
        while let open = Self.offset(of: Self.opener, in: bytes, from: searchFrom, to: line.upperBound) {
            let position = Position(line: lineNumber, offset: open)
            let triple = open + 2 < line.upperBound && bytes[open + 2] == UInt8(ascii: "{")
            let closer = triple ? Self.tripleCloser : Self.closer
            let contentStart = open + (triple ? 3 : 2)
            if isCode(open) {
                // Code is code: the tag stays text. Said once per file, since it is rarely meant.
                if let close = Self.offset(of: closer, in: bytes, from: contentStart, to: line.upperBound) {
                    if let warning = codeTagWarning {
                        codeTagWarning = (warning.index, warning.others + 1)
                    } else {
                        let tag = Self.string(bytes, open..<close + closer.count)
                        codeTagWarning = (diagnostics.count, 0)
                        diagnostics.append(.warning("'\(tag)' is inside code and is shown as written: placeholders are not expanded in code",
                                                    at: location(position),
                                                    notes: ["to show the value, put the placeholder outside the backticks or the fenced block",
                                                            "to show the braces on purpose, write '\\{\\{' (shown as '{{' in code too)"]))
                    }
                    searchFrom = close + closer.count
                } else {
                    searchFrom = open + 2
                }
                continue
            }
            if open > rest {
                tokens.append((.text(text(bytes, rest..<open)), Position(line: lineNumber, offset: rest)))
            }
            guard let close = Self.offset(of: closer, in: bytes, from: contentStart, to: line.upperBound) else {
                diagnostics.append(.error("'{{' without a closing '\(triple ? "}}}" : "}}")' on the same line", at: location(position),
                                          notes: ["write a literal '{{' as '\\{\\{'"]))
                return tokens
            }
            let content = Self.trimmingWhitespaces(Self.string(bytes, contentStart..<close)[...])
            let token = token(for: content, markdown: triple, at: position)
            if case .value(_, markdown: false) = token {
                Self.feed(&inline, bytes, fed..<open, codeRanges: codeRanges)
                let context = inline.context(closesAngle: Self.reachesAngleClose(bytes, from: close + closer.count, to: line.upperBound))
                if context != .text { valueContexts[open] = context }
                fed = close + closer.count
            }
            tokens.append((token, position))
            rest = close + closer.count
            searchFrom = rest
        }
        if rest < line.upperBound {
            tokens.append((.text(text(bytes, rest..<line.upperBound)), Position(line: lineNumber, offset: rest)))
        }
        // Only a bracket is carried to the next line; a line without one needs no more reading.
        if bytes[fed..<line.upperBound].contains(where: { $0 == UInt8(ascii: "[") || $0 == UInt8(ascii: "]") }) {
            Self.feed(&inline, bytes, fed..<line.upperBound, codeRanges: codeRanges)
        }
        return tokens
    }

    /// Feeds the source text of `range` to `inline`, without the tags in it (their values are
    /// escaped) and without code.
    private static func feed(_ inline: inout InlineContextScan, _ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>,
                             codeRanges: [Range<Int>]) {
        var index = range.lowerBound
        while index < range.upperBound {
            if index + 1 < range.upperBound, bytes[index] == UInt8(ascii: "{"), bytes[index + 1] == UInt8(ascii: "{"), !Self.isInside(index, codeRanges),
               let close = Self.offset(of: Self.closer, in: bytes, from: index + 2, to: range.upperBound) {
                index = close + 2
                continue
            }
            if codeRanges.isEmpty || !Self.isInside(index, codeRanges) { inline.feed(CollectionOfOne(bytes[index])) }
            index += 1
        }
    }

    /// Whether the text after a tag reaches `>` before white space or another `<`: the tag is then
    /// inside `<…>`. Stops at the next tag, so a line is scanned about once.
    private static func reachesAngleClose(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var index = start
        while index < end {
            switch bytes[index] {
            case UInt8(ascii: ">"): return true
            case UInt8(ascii: " "), UInt8(ascii: "\t"), UInt8(ascii: "<"), UInt8(ascii: "{"): return false
            default: index += 1
            }
        }
        return false
    }

    /// Whether the byte at `offset` is code. Tags are looked up in source order, so the cursor
    /// only moves forward and the whole parse stays linear.
    private mutating func isCode(_ offset: Int) -> Bool {
        while codeCursor < codeRanges.count && codeRanges[codeCursor].upperBound <= offset { codeCursor += 1 }
        return codeCursor < codeRanges.count && codeRanges[codeCursor].contains(offset)
    }

    /// Whether `offset` is in one of `ranges` (sorted, not overlapping), by binary search.
    private static func isInside(_ offset: Int, _ ranges: [Range<Int>]) -> Bool {
        var low = 0, high = ranges.count
        while low < high {
            let middle = (low + high) / 2
            if ranges[middle].upperBound <= offset { low = middle + 1 } else { high = middle }
        }
        return low < ranges.count && ranges[low].contains(offset)
    }

    /// The text of `range`; inside code, the escape `\{\{` becomes `{{` there as well, since
    /// Markdown does not remove backslashes in code.
    private func text(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        let escape = Array(#"\{\{"#.utf8)
        guard !codeRanges.isEmpty, range.count >= escape.count,
              bytes[range].contains(UInt8(ascii: "\\")) else { return Self.string(bytes, range) }
        var result: [UInt8] = []
        result.reserveCapacity(range.count)
        var index = range.lowerBound
        while index < range.upperBound {
            if index + escape.count <= range.upperBound, bytes[index..<index + escape.count].elementsEqual(escape),
               Self.isInside(index, codeRanges) {
                result += [UInt8(ascii: "{"), UInt8(ascii: "{")]
                index += escape.count
            } else {
                result.append(bytes[index])
                index += 1
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private mutating func token(for content: String, markdown: Bool, at position: Position) -> Token {
        if markdown { return .value(content, markdown: true) }
        if content.hasPrefix("!") { return .comment }
        if content == "else" { return .otherwise }
        if content.hasPrefix(">") { return .include(Self.trimmingWhitespaces(content.dropFirst())) }
        if content.hasPrefix("/") { return .close(Self.trimmingWhitespaces(content.dropFirst())) }
        if content.hasPrefix("#") {
            let words = content.dropFirst().split(separator: " ", maxSplits: 1)
            let kind = words.first.map(String.init) ?? ""
            guard ["if", "unless", "each"].contains(kind), words.count == 2 else {
                diagnostics.append(.error("unknown block '{{\(content)}}'", at: location(position),
                                          notes: ["blocks are {{#if name}}, {{#unless name}} and {{#each name}}"]))
                return .comment
            }
            return .open(kind: kind, argument: Self.trimmingWhitespaces(words[1]))
        }
        if content.isEmpty || content.contains(where: { $0.isWhitespace }) {
            diagnostics.append(.error("invalid placeholder '{{\(content)}}'", at: location(position),
                                      notes: ["a placeholder is a dotted name such as {{company.name}}"]))
            return .comment
        }
        return .value(content, markdown: false)
    }

    private static let opener = Array("{{".utf8)
    private static let closer = Array("}}".utf8)
    private static let tripleCloser = Array("}}}".utf8)

    /// The text of `range`, which starts and ends next to ASCII bytes and so on scalar boundaries.
    private static func string(_ bytes: UnsafeBufferPointer<UInt8>, _ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    /// The first offset in `start..<end` where `pattern`, of two or three bytes, occurs whole.
    private static func offset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int? {
        var index = start
        while index + pattern.count <= end {
            if bytes[index] == pattern[0] && bytes[index + 1] == pattern[1] && (pattern.count < 3 || bytes[index + 2] == pattern[2]) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// `trimmingCharacters(in: .whitespaces)`: Unicode spaces and tabs. In ASCII those are only
    /// the space and the tab, which are trimmed directly; other text goes to Foundation.
    static func trimmingWhitespaces(_ text: Substring) -> String {
        text.utf8.allSatisfy { $0 < 0x80 } ? String(trimmingSpacesAndTabs(text)) : text.trimmingCharacters(in: .whitespaces)
    }

    /// `text` without spaces and tabs at either end, found by bytes.
    private static func trimmingSpacesAndTabs(_ text: Substring) -> Substring {
        let isBlank = { (byte: UInt8) in byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") }
        guard let first = text.utf8.firstIndex(where: { !isBlank($0) }), let last = text.utf8.lastIndex(where: { !isBlank($0) }) else {
            return text[text.endIndex...]
        }
        return text[first...last]
    }

    /// The first range of `symbol` (two or three ASCII bytes) in `text`, found by bytes.
    static func range(of symbol: String, in text: String) -> Range<String.Index>? {
        let pattern = Array(symbol.utf8)
        precondition((2...3).contains(pattern.count) && pattern.allSatisfy { $0 < 0x80 }, "an operator is two or three ASCII bytes")
        var text = text
        guard let found = text.withUTF8({ offset(of: pattern, in: $0, from: 0, to: $0.count) }) else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: found)
        return start..<text.utf8.index(start, offsetBy: pattern.count)
    }
}
