/// A Mustache template read into its tags, each with the line and column where it starts, before
/// swift-mustache compiles it. swift-mustache reports a missing `{{/x}}` as `expectedSectionEnd` at
/// the end of the file; reading the tags here lets a syntax error name the tag that opened the
/// problem, and gives `TemplateNameCheck` the tree of sections it checks names in.
struct TemplateSyntax: Sendable {
    /// A line and column (1-based, in characters) in the template's own file.
    struct Position: Sendable, Hashable, CustomStringConvertible {
        /// The line, counting from 1.
        let line: Int
        /// The column in characters, counting from 1.
        let column: Int
        /// `6:1`, as messages show it.
        var description: String { "\(line):\(column)" }
    }

    /// One name tag: `{{x}}`, `{{{x}}}`, `{{&x}}`, `{{#x}}`, `{{^x}}` or `{{> x}}`.
    struct Tag: Sendable {
        /// The name without transforms (`site.title` in `{{lowercased(site.title)}}`).
        let name: String
        /// The transforms, outermost first, as swift-mustache lists them.
        let transforms: [String]
        /// The tag as written, for messages.
        let text: String
        /// Where its `{{` is.
        let position: Position
    }

    /// A node of the tree.
    enum Node: Sendable {
        /// `{{x}}`, or with `raw` `{{{x}}}` / `{{&x}}`.
        case variable(Tag, raw: Bool)
        /// `{{#x}}…{{/x}}`, or with `inverted` `{{^x}}…{{/x}}`.
        case section(Tag, inverted: Bool, children: [Node])
        /// `{{> name}}`.
        case partial(Tag)
    }

    /// A syntax error: a sentence, where it is and what to do.
    struct Problem: Error, Sendable {
        /// The sentence, naming the tag (`section '{{#feed}}' opened at 6:1 is never closed`).
        let message: String
        /// Where the problem starts: the opening tag, not the end of the file.
        let position: Position
        /// What to do about it.
        var notes: [String] = []
    }

    /// The top-level nodes.
    let nodes: [Node]
    /// The text outside tags, in order, each piece with where it starts: what the template writes
    /// as it is (checked for scripts by `TemplateMarkupCheck`).
    let literals: [(text: Substring, position: Position)]

    /// Reads `text`; the problems when it is not a template swift-mustache would read as meant.
    static func parse(_ text: String) -> Result<TemplateSyntax, Problem> {
        var reader = TemplateReader(text)
        do {
            return .success(try reader.read())
        } catch let problem as Problem {
            return .failure(problem)
        } catch {
            return .failure(Problem(message: "\(error)", position: Position(line: 1, column: 1)))
        }
    }
}
