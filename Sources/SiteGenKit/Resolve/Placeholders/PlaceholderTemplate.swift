import Foundation

/// A clause body (or catalogue string) parsed into the placeholder language's tree.
/// The language is documented in docs/authoring.md; this type only knows its shape.
struct PlaceholderTemplate: Sendable {
    /// A position in the source, for diagnostics: the file line, and the UTF-8 offset in the
    /// template's source, from which `location(of:)` works out the column only when a message needs it.
    struct Position: Sendable, Hashable {
        var line: Int
        var offset: Int
    }

    /// A condition of `{{#if}}` / `{{#unless}}`.
    enum Condition: Sendable {
        case isSet(PlaceholderPath)
        case equals(PlaceholderPath, String)
        case notEquals(PlaceholderPath, String)

        /// The name the condition tests.
        var path: PlaceholderPath {
            switch self {
            case let .isSet(path), let .equals(path, _), let .notEquals(path, _): return path
            }
        }

        /// Whether the condition holds for `value`, the value its path names.
        func holds(for value: TemplateValue) -> Bool {
            switch self {
            case .isSet: return value.isSet
            case let .equals(_, literal): return value.comparable == literal
            case let .notEquals(_, literal): return value.comparable != literal
            }
        }
    }

    /// One piece of a parsed template.
    indirect enum Node: Sendable {
        case text(String)
        case value(path: PlaceholderPath, asMarkdown: Bool, at: Position)
        case conditional(Condition, negated: Bool, then: [Node], otherwise: [Node], at: Position)
        case each(path: PlaceholderPath, body: [Node], at: Position)
        case include(id: String, at: Position)
    }

    let nodes: [Node]
    /// Where the source came from, for diagnostics.
    let file: String
    /// The file line the template's first line is on.
    let firstLine: Int
    /// The text the template was parsed from; positions are offsets into it.
    let source: String
    /// Where a value tag lands when that is not running text (inside a link, `<…>`), by the tag's
    /// offset: its value is escaped for that place (`MarkdownEscaping.Context`).
    var valueContexts: [Int: MarkdownEscaping.Context] = [:]

    /// The file, line and column (in Characters, as an editor counts them) of `position`.
    func location(of position: Position) -> Diagnostic.Location {
        Self.location(of: position, in: source, file: file)
    }

    /// The location of `position` in `source`, a template of `file`: the column counts the
    /// Characters between the start of the position's line and its offset.
    static func location(of position: Position, in source: String, file: String) -> Diagnostic.Location {
        let utf8 = source.utf8
        let offset = min(position.offset, utf8.count)
        let end = utf8.index(utf8.startIndex, offsetBy: offset)
        var start = end
        // The line starts after the last `\n` before the position that is a line break (not part of `\r\n`).
        while start > utf8.startIndex {
            let before = utf8.index(before: start)
            if utf8[before] == UInt8(ascii: "\n") && (before == utf8.startIndex || utf8[utf8.index(before: before)] != UInt8(ascii: "\r")) {
                break
            }
            start = before
        }
        return .init(file: file, line: position.line, column: source[start..<end].count + 1)
    }
}

extension PlaceholderTemplate {
    /// Parses `source`, whose first line is line `firstLine` of `file`. Syntax errors are
    /// collected; the template keeps what could be parsed.
    static func parse(_ source: String, file: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]) -> PlaceholderTemplate {
        var parser = PlaceholderParser(file: file, firstLine: firstLine)
        let nodes = parser.parse(source)
        diagnostics.append(contentsOf: parser.diagnostics)
        return PlaceholderTemplate(nodes: nodes, file: file, firstLine: firstLine, source: source, valueContexts: parser.valueContexts)
    }
}
