import Foundation
@testable import SiteGenKit

/// The placeholder parser as it was before it scanned bytes, kept verbatim as the reference the
/// byte-scanning parser must agree with, Character for Character.
struct ReferencePlaceholderParser {
    typealias Node = PlaceholderTemplate.Node
    typealias Position = PlaceholderTemplate.Position

    let file: String
    let firstLine: Int
    var diagnostics: [Diagnostic] = []
    /// Whether the nesting limit was already reported, so a runaway file gives one error, not thousands.
    private var reportedDepth = false

    /// Blocks nested deeper than this are an error: real clauses nest two or three deep, and the
    /// expander walks the tree recursively, so an unbounded depth could overflow the stack.
    static let maximumDepth = 100

    init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
    }

    private enum Token {
        case text(String)
        case value(String, markdown: Bool)
        case open(kind: String, argument: String)
        case otherwise
        case close(String)
        case include(String)
        case comment

        var isBlockTag: Bool {
            switch self {
            case .open, .otherwise, .close, .comment: return true
            default: return false
            }
        }
    }

    /// An open block waiting for its end tag.
    private struct Frame {
        var kind: String
        var argument: String
        var position: Position
        var then: [Node] = []
        var otherwise: [Node]? = nil
        /// Blocks opened inside this one past the depth limit: counted, not nested, so the tree
        /// stays shallow; their content joins this block's.
        var ignoredBlocks = 0
    }

    mutating func parse(_ source: String) -> [Node] {
        var stack = [Frame(kind: "", argument: "", position: Position(line: firstLine, column: 1))]
        let lines = source.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            let lineNumber = firstLine + index
            let hasNewline = index < lines.count - 1
            var tokens = tokenize(line, line: lineNumber)
            let standalone = tokens.contains { $0.0.isBlockTag } && tokens.allSatisfy { token, _ in
                if case let .text(text) = token { return text.allSatisfy(\.isWhitespace) }
                return token.isBlockTag
            }
            if standalone {
                tokens.removeAll { if case .text = $0.0 { return true } else { return false } }
            } else if hasNewline {
                tokens.append((.text("\n"), Position(line: lineNumber, column: line.count + 1)))
            }
            for (token, position) in tokens {
                apply(token, at: position, to: &stack)
            }
        }
        while stack.count > 1 {
            let frame = stack.removeLast()
            diagnostics.append(.error("'{{#\(frame.kind)}}' is never closed", at: location(frame.position),
                                      notes: ["add '{{/\(frame.kind)}}' where the block ends"]))
        }
        return stack[0].then
    }

    private mutating func apply(_ token: Token, at position: Position, to stack: inout [Frame]) {
        func append(_ node: Node) {
            if stack[stack.count - 1].otherwise != nil {
                stack[stack.count - 1].otherwise!.append(node)
            } else {
                stack[stack.count - 1].then.append(node)
            }
        }
        switch token {
        case let .text(text):
            append(.text(text))
        case let .value(path, markdown):
            append(.value(path: path, asMarkdown: markdown, at: position))
        case let .include(id):
            append(.include(id: id, at: position))
        case .comment:
            break
        case let .open(kind, argument):
            if stack.count > Self.maximumDepth {
                if !reportedDepth {
                    reportedDepth = true
                    diagnostics.append(.error("blocks are nested more than \(Self.maximumDepth) deep", at: location(position),
                                              notes: ["close each '{{#if}}', '{{#unless}}' and '{{#each}}' with its '{{/…}}' tag"]))
                }
                stack[stack.count - 1].ignoredBlocks += 1
                return
            }
            stack.append(Frame(kind: kind, argument: argument, position: position))
        case .otherwise:
            if stack[stack.count - 1].ignoredBlocks > 0 { return }
            guard stack.count > 1, stack[stack.count - 1].kind != "each", stack[stack.count - 1].otherwise == nil else {
                diagnostics.append(.error("'{{else}}' outside an '{{#if}}' or '{{#unless}}' block", at: location(position)))
                return
            }
            stack[stack.count - 1].otherwise = []
        case let .close(kind):
            if stack[stack.count - 1].ignoredBlocks > 0 {
                stack[stack.count - 1].ignoredBlocks -= 1
                return
            }
            guard stack.count > 1, stack[stack.count - 1].kind == kind else {
                let open = stack.count > 1 ? "; the open block is '{{#\(stack[stack.count - 1].kind)}}'" : ""
                diagnostics.append(.error("'{{/\(kind)}}' does not close an open '{{#\(kind)}}'\(open)", at: location(position)))
                return
            }
            let frame = stack.removeLast()
            append(node(for: frame))
        }
    }

    private mutating func node(for frame: Frame) -> Node {
        if frame.kind == "each" {
            return .each(path: frame.argument, body: frame.then, at: frame.position)
        }
        return .conditional(condition(frame.argument, at: frame.position), negated: frame.kind == "unless",
                            then: frame.then, otherwise: frame.otherwise ?? [], at: frame.position)
    }

    private mutating func condition(_ argument: String, at position: Position) -> PlaceholderTemplate.Condition {
        for (symbol, make) in [("!=", PlaceholderTemplate.Condition.notEquals), ("==", PlaceholderTemplate.Condition.equals)] {
            guard let range = argument.range(of: symbol) else { continue }
            let path = argument[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let literal = argument[range.upperBound...].trimmingCharacters(in: .whitespaces)
            guard literal.count >= 2, literal.hasPrefix("\""), literal.hasSuffix("\"") else {
                diagnostics.append(.error("expected a quoted text after '\(symbol)' in '{{#if \(argument)}}'", at: location(position)))
                return .isSet(path)
            }
            return make(path, String(literal.dropFirst().dropLast()))
        }
        return .isSet(argument)
    }

    private mutating func tokenize(_ line: Substring, line lineNumber: Int) -> [(Token, Position)] {
        var tokens: [(Token, Position)] = []
        var rest = line[...]
        var column = 1
        while let open = rest.firstRange(of: "{{") {
            if open.lowerBound > rest.startIndex {
                tokens.append((.text(String(rest[..<open.lowerBound])), Position(line: lineNumber, column: column)))
                column += rest.distance(from: rest.startIndex, to: open.lowerBound)
            }
            let position = Position(line: lineNumber, column: column)
            let triple = rest[open.upperBound...].hasPrefix("{")
            let closer = triple ? "}}}" : "}}"
            let contentStart = triple ? rest.index(after: open.upperBound) : open.upperBound
            guard let close = rest[contentStart...].firstRange(of: closer) else {
                diagnostics.append(.error("'{{' without a closing '\(closer)' on the same line", at: location(position),
                                          notes: ["write a literal '{{' as '\\{\\{'"]))
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

    private mutating func token(for content: String, markdown: Bool, at position: Position) -> Token {
        if markdown { return .value(content, markdown: true) }
        if content.hasPrefix("!") { return .comment }
        if content == "else" { return .otherwise }
        if content.hasPrefix(">") { return .include(content.dropFirst().trimmingCharacters(in: .whitespaces)) }
        if content.hasPrefix("/") { return .close(content.dropFirst().trimmingCharacters(in: .whitespaces)) }
        if content.hasPrefix("#") {
            let words = content.dropFirst().split(separator: " ", maxSplits: 1)
            let kind = words.first.map(String.init) ?? ""
            guard ["if", "unless", "each"].contains(kind), words.count == 2 else {
                diagnostics.append(.error("unknown block '{{\(content)}}'", at: location(position),
                                          notes: ["blocks are {{#if name}}, {{#unless name}} and {{#each name}}"]))
                return .comment
            }
            return .open(kind: kind, argument: words[1].trimmingCharacters(in: .whitespaces))
        }
        if content.isEmpty || content.contains(where: { $0.isWhitespace }) {
            diagnostics.append(.error("invalid placeholder '{{\(content)}}'", at: location(position),
                                      notes: ["a placeholder is a dotted name such as {{company.name}}"]))
            return .comment
        }
        return .value(content, markdown: false)
    }

    private func location(_ position: Position) -> Diagnostic.Location {
        .init(file: file, line: position.line, column: position.column)
    }
}
