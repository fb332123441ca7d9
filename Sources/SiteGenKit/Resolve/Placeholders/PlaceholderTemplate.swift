import Foundation

/// A clause body (or catalogue string) parsed into the placeholder language's tree.
/// The language is documented in docs/authoring.md; this type only knows its shape.
struct PlaceholderTemplate: Sendable {
    /// A position in the source file, for diagnostics.
    struct Position: Sendable, Hashable {
        var line: Int
        var column: Int
    }

    /// A condition of `{{#if}}` / `{{#unless}}`.
    enum Condition: Sendable {
        case isSet(String)
        case equals(String, String)
        case notEquals(String, String)

        var path: String {
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
        case value(path: String, asMarkdown: Bool, at: Position)
        case conditional(Condition, negated: Bool, then: [Node], otherwise: [Node], at: Position)
        case each(path: String, body: [Node], at: Position)
        case include(id: String, at: Position)
    }

    let nodes: [Node]
    /// Where the source came from, for diagnostics.
    let file: String
    /// The file line the template's first line is on.
    let firstLine: Int
}

extension PlaceholderTemplate {
    /// Parses `source`, whose first line is line `firstLine` of `file`. Syntax errors are
    /// collected; the template keeps what could be parsed.
    static func parse(_ source: String, file: String, firstLine: Int = 1, diagnostics: inout [Diagnostic]) -> PlaceholderTemplate {
        var parser = PlaceholderParser(file: file, firstLine: firstLine)
        let nodes = parser.parse(source)
        diagnostics.append(contentsOf: parser.diagnostics)
        return PlaceholderTemplate(nodes: nodes, file: file, firstLine: firstLine)
    }
}
