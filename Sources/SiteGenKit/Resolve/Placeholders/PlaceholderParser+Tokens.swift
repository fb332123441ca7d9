import Foundation

/// Splitting one line into text and tags. There are two tokenizers with one result: the general one
/// walks Characters; the other walks bytes, and is only used on lines where every Character is one
/// ASCII byte, so its offsets are the same columns and its comparisons the same matches.
extension PlaceholderParser {
    /// Tokens of any line, walking Characters.
    mutating func tokenize(_ line: Substring, line lineNumber: Int) -> [(Token, Position)] {
        var tokens: [(Token, Position)] = []
        var rest = line[...]
        var column = 1
        while let open = Self.firstCharacterRange(of: Self.opener, in: rest) {
            if open.lowerBound > rest.startIndex {
                tokens.append((.text(String(rest[..<open.lowerBound])), Position(line: lineNumber, column: column)))
                column += rest.distance(from: rest.startIndex, to: open.lowerBound)
            }
            let position = Position(line: lineNumber, column: column)
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            let contentStart = triple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = Self.firstCharacterRange(of: triple ? Self.tripleCloser : Self.closer, in: rest[contentStart...]) else {
                reportUnclosedTag(closer, at: position)
                return tokens
            }
            let content = rest[contentStart..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            tokens.append((token(for: content, markdown: triple, at: position), position))
            column += rest.distance(from: open.lowerBound, to: close.upperBound)
            rest = rest[close.upperBound...]
        }
        if !rest.isEmpty {
            tokens.append((.text(String(rest)), Position(line: lineNumber, column: column)))
        }
        return tokens
    }

    /// Tokens of a line whose Characters are all single ASCII bytes (`isSingleByteCharacters`),
    /// walking bytes: the same steps as `tokenize`, with byte offsets for Character indices.
    mutating func tokenizeSingleByte(_ line: Substring, line lineNumber: Int) -> [(Token, Position)] {
        if let tokens = line.utf8.withContiguousStorageIfAvailable({ tokenizeSingleByte(line, bytes: $0, line: lineNumber) }) {
            return tokens
        }
        return Array(line.utf8).withUnsafeBufferPointer { tokenizeSingleByte(line, bytes: $0, line: lineNumber) }
    }

    private mutating func tokenizeSingleByte(_ line: Substring, bytes: UnsafeBufferPointer<UInt8>, line lineNumber: Int) -> [(Token, Position)] {
        func text(_ range: Range<Int>) -> Substring {
            let utf8 = line.utf8
            return line[utf8.index(utf8.startIndex, offsetBy: range.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: range.upperBound)]
        }
        var tokens: [(Token, Position)] = []
        var rest = 0
        while let open = Self.offset(of: Self.opener, in: bytes, from: rest) {
            if open > rest {
                tokens.append((.text(String(text(rest..<open))), Position(line: lineNumber, column: rest + 1)))
            }
            let position = Position(line: lineNumber, column: open + 1)
            let triple = open + 2 < bytes.count && bytes[open + 2] == UInt8(ascii: "{")
            let closer = triple ? Self.tripleCloser : Self.closer
            let contentStart = open + (triple ? 3 : 2)
            guard let close = Self.offset(of: closer, in: bytes, from: contentStart) else {
                reportUnclosedTag(triple ? "}}}" : "}}", at: position)
                return tokens
            }
            let content = String(Self.trimmingSpacesAndTabs(text(contentStart..<close)))
            tokens.append((token(for: content, markdown: triple, at: position), position))
            rest = close + closer.count
        }
        if rest < bytes.count {
            tokens.append((.text(String(text(rest..<bytes.count))), Position(line: lineNumber, column: rest + 1)))
        }
        return tokens
    }

    private mutating func reportUnclosedTag(_ closer: String, at position: Position) {
        diagnostics.append(.error("'{{' without a closing '\(closer)' on the same line", at: location(position),
                                  notes: ["write a literal '{{' as '\\{\\{'"]))
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

    /// `text.firstRange(of: pattern)` for an ASCII `pattern`, which compares Characters: found as
    /// bytes, and kept only where each byte of the match is a Character of its own (a `{` followed
    /// by a combining accent is a different Character).
    private static func firstCharacterRange(of pattern: [UInt8], in text: Substring) -> Range<String.Index>? {
        if let range = text.utf8.withContiguousStorageIfAvailable({ firstCharacterRange(of: pattern, in: text, bytes: $0) }) {
            return range
        }
        return Array(text.utf8).withUnsafeBufferPointer { firstCharacterRange(of: pattern, in: text, bytes: $0) }
    }

    private static func firstCharacterRange(of pattern: [UInt8], in text: Substring, bytes: UnsafeBufferPointer<UInt8>) -> Range<String.Index>? {
        let utf8 = text.utf8
        var start = 0
        while let found = offset(of: pattern, in: bytes, from: start) {
            let bounds = (0...pattern.count).map { utf8.index(utf8.startIndex, offsetBy: found + $0) }
            // The text starts and ends on Character boundaries of its string, so the string's boundaries are its own.
            if bounds.allSatisfy({ $0 == text.startIndex || $0 == text.endIndex || String.Index($0, within: text.base) != nil }) {
                return bounds[0]..<bounds[pattern.count]
            }
            start = found + 1
        }
        return nil
    }

    /// The first offset at or after `start` where `pattern`, of two or three bytes, occurs in `bytes`.
    private static func offset(of pattern: [UInt8], in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int? {
        guard start + pattern.count <= bytes.count else { return nil }
        var index = start
        while index + pattern.count <= bytes.count {
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

    /// Foundation's `range(of:)`, answered by a byte search when both texts are ASCII, where the
    /// two agree.
    static func range(of symbol: String, in text: String) -> Range<String.Index>? {
        let pattern = Array(symbol.utf8)
        guard text.utf8.allSatisfy({ $0 < 0x80 }), pattern.allSatisfy({ $0 < 0x80 }), (2...3).contains(pattern.count) else {
            return text.range(of: symbol)
        }
        let bytes = Array(text.utf8)
        guard let found = bytes.withUnsafeBufferPointer({ offset(of: pattern, in: $0, from: 0) }) else { return nil }
        let start = text.utf8.index(text.utf8.startIndex, offsetBy: found)
        return start..<text.utf8.index(start, offsetBy: pattern.count)
    }
}
