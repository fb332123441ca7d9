/// Turns source text into `PlaceholderTemplate.Node`s. Tags never span lines, so the source is
/// read line by line; a line holding only block tags is dropped whole ("standalone" lines).
struct PlaceholderParser {
    typealias Node = PlaceholderTemplate.Node
    typealias Position = PlaceholderTemplate.Position

    /// The file the source comes from, for diagnostics.
    let file: String
    /// The file line the source's first line is on.
    let firstLine: Int
    /// Syntax errors found so far; parsing goes on past them.
    var diagnostics: [Diagnostic] = []
    /// Whether the nesting limit was already reported, so a runaway file gives one error, not thousands.
    private var reportedDepth = false
    /// The text being parsed, for the columns of messages.
    private var source = ""
    /// The byte ranges of the source that are code (`MarkdownCode`), where `{{` is text.
    var codeRanges: [Range<Int>] = []
    /// The first of `codeRanges` that may still hold a tag: tags are found in source order.
    var codeCursor = 0
    /// Where each value tag that is not in running text lands, by the tag's byte offset.
    var valueContexts: [Int: MarkdownEscaping.Context] = [:]
    /// The warning about the first tag inside code (its index in `diagnostics`) and how many more
    /// there are: one warning per file, not one per tag, whose column is costly on a long line.
    var codeTagWarning: (index: Int, others: Int)?
    /// The Markdown read so far in the current paragraph, for `valueContexts`.
    var inline = InlineContextScan()

    /// Blocks nested deeper than this are an error: real clauses nest two or three deep, and the
    /// expander walks the tree recursively, so an unbounded depth could overflow the stack.
    static let maximumDepth = 100

    /// A parser for source whose first line is line `firstLine` of `file`.
    init(file: String, firstLine: Int) {
        self.file = file
        self.firstLine = firstLine
    }

    /// One tag or run of text on a line, before blocks are matched up.
    enum Token {
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

    /// The template's nodes; problems are collected in `diagnostics`.
    mutating func parse(_ source: String) -> [Node] {
        self.source = source
        var source = source
        return source.withUTF8 { parse(bytes: $0) }
    }

    private mutating func parse(bytes: UnsafeBufferPointer<UInt8>) -> [Node] {
        codeRanges = MarkdownCode.ranges(in: bytes)
        codeCursor = 0
        var stack = [Frame(kind: "", argument: "", position: Position(line: firstLine, offset: 0))]
        var lineStart = 0
        var lineNumber = firstLine
        while true {
            let lineEnd = Self.lineEnd(in: bytes, from: lineStart)
            let hasNewline = lineEnd < bytes.count
            var tokens = tokenize(bytes, line: lineStart..<lineEnd, lineNumber: lineNumber)
            let standalone = tokens.contains { $0.0.isBlockTag } && tokens.allSatisfy { token, _ in
                if case let .text(text) = token { return text.allSatisfy(\.isWhitespace) }
                return token.isBlockTag
            }
            if standalone {
                tokens.removeAll { if case .text = $0.0 { return true } else { return false } }
            } else if hasNewline {
                tokens.append((.text("\n"), Position(line: lineNumber, offset: lineEnd)))
            }
            for (token, position) in tokens {
                apply(token, at: position, to: &stack)
            }
            guard hasNewline else { break }
            lineStart = lineEnd + 1
            lineNumber += 1
        }
        if let warning = codeTagWarning, warning.others > 0 {
            diagnostics[warning.index].notes.append("\(warning.others) more placeholder\(warning.others == 1 ? " is" : "s are") inside code in this file")
        }
        while stack.count > 1 {
            let frame = stack.removeLast()
            diagnostics.append(.error("'{{#\(frame.kind)}}' is never closed", at: location(frame.position),
                                      notes: ["add '{{/\(frame.kind)}}' where the block ends"]))
        }
        return stack[0].then
    }

    /// Where the line starting at `start` ends: the next `\n` that does not follow a `\r` (as in
    /// `Substring.lines`), or the end of the text.
    private static func lineEnd(in bytes: UnsafeBufferPointer<UInt8>, from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "\n") && (index == 0 || bytes[index - 1] != UInt8(ascii: "\r")) { return index }
            index += 1
        }
        return bytes.count
    }

    private mutating func apply(_ token: Token, at position: Position, to stack: inout [Frame]) {
        switch token {
        case let .text(text):
            Self.append(.text(text), to: &stack)
        case let .value(path, markdown):
            Self.append(.value(path: PlaceholderPath(path), asMarkdown: markdown, at: position), to: &stack)
        case let .include(id):
            Self.append(.include(id: id, at: position), to: &stack)
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
            Self.append(node(for: frame), to: &stack)
        }
    }

    /// Adds `node` to the innermost open block, in place: its node lists are never copied.
    private static func append(_ node: Node, to stack: inout [Frame]) {
        let top = stack.count - 1
        if stack[top].otherwise != nil {
            stack[top].otherwise!.append(node)
        } else {
            stack[top].then.append(node)
        }
    }

    private mutating func node(for frame: Frame) -> Node {
        if frame.kind == "each" {
            return .each(path: PlaceholderPath(frame.argument), body: frame.then, at: frame.position)
        }
        return .conditional(condition(frame.argument, at: frame.position), negated: frame.kind == "unless",
                            then: frame.then, otherwise: frame.otherwise ?? [], at: frame.position)
    }

    private mutating func condition(_ argument: String, at position: Position) -> PlaceholderTemplate.Condition {
        for (symbol, make) in [("!=", PlaceholderTemplate.Condition.notEquals), ("==", PlaceholderTemplate.Condition.equals)] {
            guard let range = Self.range(of: symbol, in: argument) else { continue }
            let path = Self.trimmingWhitespaces(argument[..<range.lowerBound])
            let literal = Self.trimmingWhitespaces(argument[range.upperBound...])
            guard literal.count >= 2, literal.hasPrefix("\""), literal.hasSuffix("\"") else {
                diagnostics.append(.error("expected a quoted text after '\(symbol)' in '{{#if \(argument)}}'", at: location(position)))
                return .isSet(PlaceholderPath(path))
            }
            return make(PlaceholderPath(path), String(literal.dropFirst().dropLast()))
        }
        return .isSet(PlaceholderPath(argument))
    }

    /// Where `position` is in the file, for a diagnostic.
    func location(_ position: Position) -> Diagnostic.Location {
        PlaceholderTemplate.location(of: position, in: source, file: file)
    }
}
