import Foundation

/// Reads a template's text into `TemplateSyntax`, tag by tag, keeping the line and column of each.
/// Strict where swift-mustache is lenient or silent: delimiter changes, pragmas (which could switch
/// off escaping), template inheritance and dynamic partials are refused, since sitegen's templates
/// never need them and each would hide names from the check.
struct TemplateReader {
    private typealias Position = TemplateSyntax.Position
    private typealias Problem = TemplateSyntax.Problem
    private typealias Tag = TemplateSyntax.Tag
    private typealias Node = TemplateSyntax.Node

    private let text: String
    private var index: String.Index
    private var line = 1
    private var column = 1
    private var literals: [(text: Substring, position: TemplateSyntax.Position)] = []

    /// A reader at the start of `text`.
    init(_ text: String) {
        self.text = text
        index = text.startIndex
    }

    /// An open section: its tag and the nodes read inside it so far.
    private struct Open {
        let tag: Tag
        let inverted: Bool
        var nodes: [Node] = []
    }

    /// The largest template read, in bytes. sitegen's templates are under 2 KB; swift-mustache's
    /// parser takes time quadratic in a template's length (it counts the rest of the text for every
    /// tag), so a 160 KB template took over 10 s to load.
    static let maximumSize = 32 * 1024

    /// Reads the whole text.
    mutating func read() throws -> TemplateSyntax {
        let size = text.utf8.count
        guard size <= Self.maximumSize else {
            throw Problem(message: "template is too large: \(size) bytes, more than the \(Self.maximumSize / 1024) KB sitegen reads as a template",
                          position: Position(line: 1, column: 1),
                          notes: ["templates are a few kilobytes; is this the right file? Images and styles belong in assets/"])
        }
        var open: [Open] = []
        var top: [Node] = []
        func append(_ node: Node) {
            if open.isEmpty { top.append(node) } else { open[open.count - 1].nodes.append(node) }
        }
        while let start = text[index...].range(of: "{{") {
            if start.lowerBound > index { literals.append((text[index..<start.lowerBound], here)) }
            advance(to: start.lowerBound)
            let position = here
            let sigil = text[start.upperBound...].first
            let (content, end) = try tagContent(from: start, sigil: sigil, at: position)
            let written = String(text[start.lowerBound..<end])
            advance(to: end)
            switch sigil {
            case "!":
                continue
            case "#", "^":
                guard open.count < Self.maximumDepth else {
                    throw Problem(message: "'\(written)' at \(position) opens a section inside \(Self.maximumDepth) others", position: position,
                                  notes: ["sections may be nested \(Self.maximumDepth) deep; a page needs a handful"])
                }
                open.append(Open(tag: try tag(content.dropFirst(), written, at: position), inverted: sigil == "^"))
            case "/":
                let closing = try tag(content.dropFirst(), written, at: position)
                guard let section = open.popLast() else {
                    throw Problem(message: "'\(written)' at \(position) closes a section, but none is open", position: position)
                }
                guard closing.name == section.tag.name, closing.transforms == section.tag.transforms else {
                    throw Problem(message: "'\(written)' at \(position) does not close section '\(section.tag.text)' opened at \(section.tag.position)",
                                  position: position, notes: ["close '\(section.tag.text)' with '{{/\(Self.nameText(section.tag))}}' first"])
                }
                append(.section(section.tag, inverted: section.inverted, children: section.nodes))
            case "{", "&":
                append(.variable(try tag(content.dropFirst(), written, at: position), raw: true))
            case ">":
                append(.partial(try partial(content.dropFirst(), written, at: position)))
            case "<", "$":
                throw Problem(message: "'\(written)' at \(position) uses template inheritance, which sitegen templates do not support",
                              position: position, notes: ["include a template with '{{> name}}' instead"])
            case "=":
                throw Problem(message: "'\(written)' at \(position) changes the tag delimiters, which sitegen templates do not support",
                              position: position, notes: ["write tags with '{{' and '}}'"])
            case "%":
                throw Problem(message: "'\(written)' at \(position) sets a pragma, which sitegen templates may not do",
                              position: position, notes: ["sitegen chooses how each template's values are escaped; a pragma could switch escaping off"])
            default:
                append(.variable(try tag(content, written, at: position), raw: false))
            }
        }
        if index < text.endIndex { literals.append((text[index...], here)) }
        if let unclosed = open.first {
            throw Problem(message: "section '\(unclosed.tag.text)' opened at \(unclosed.tag.position) is never closed", position: unclosed.tag.position,
                          notes: ["close it with '{{/\(Self.nameText(unclosed.tag))}}'"])
        }
        return TemplateSyntax(nodes: top, literals: literals)
    }

    private var here: Position { Position(line: line, column: column) }

    /// Moves to `target`, counting lines and columns on the way.
    private mutating func advance(to target: String.Index) {
        for character in text[index..<target] {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        index = target
    }

    /// The text between `{{` and the closing `}}` (`}}}` after `{{{`), and the index after it. A tag
    /// that never closes, or in which another `{{` starts first, is named where it starts.
    private func tagContent(from start: Range<String.Index>, sigil: Character?, at position: Position) throws -> (Substring, String.Index) {
        let after = start.upperBound
        let closer = sigil == "{" ? "}}}" : "}}"
        let close = text[after...].range(of: closer)
        let shown = String(text[start.lowerBound...].prefix(30).prefix(while: { !$0.isNewline }))
        if sigil != "!", let nested = text[after...].range(of: "{{"), close.map({ nested.lowerBound < $0.lowerBound }) ?? true {
            throw Problem(message: "tag '\(shown)' at \(position) is not closed: a new '{{' starts before its '\(closer)'", position: position,
                          notes: ["end the tag with '\(closer)'"])
        }
        guard let close else {
            throw Problem(message: "tag '\(shown)' at \(position) is never closed with '\(closer)'", position: position)
        }
        if sigil == "{", let twoBraces = text[after...].range(of: "}}"), twoBraces.lowerBound < close.lowerBound {
            throw Problem(message: "tag '\(text[start.lowerBound..<twoBraces.upperBound])' at \(position) opens with '{{{' but closes with '}}'",
                          position: position, notes: ["write '{{{name}}}' for HTML that sitegen makes, '{{name}}' for everything else"])
        }
        return (text[after..<close.lowerBound], close.upperBound)
    }

    /// How deep sections may be nested: checking and rendering recurse once per level, and no
    /// template needs more than a few, so a hostile template cannot exhaust the stack.
    static let maximumDepth = 50

    private static let nameCharacters = Set("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_")

    /// The name of a tag, with its transforms: `lowercased(site.title)` is `site.title` with
    /// `lowercased`; `first()` is the position in a list (an empty name).
    private func tag(_ content: Substring, _ written: String, at position: Position) throws -> Tag {
        var rest = content.trimmingCharacters(in: .whitespacesAndNewlines)[...]
        var transforms: [String] = []
        while let paren = rest.firstIndex(of: "("), rest.hasSuffix(")") {
            transforms.append(String(rest[..<paren]))
            rest = rest[rest.index(after: paren)..<rest.index(before: rest.endIndex)]
        }
        let name = String(rest)
        let valid = (name == "." || name.allSatisfy(Self.nameCharacters.contains)) && (!name.isEmpty || !transforms.isEmpty)
            && transforms.allSatisfy { !$0.isEmpty && $0.allSatisfy(Self.nameCharacters.contains) }
        guard valid else {
            throw Problem(message: name.isEmpty && transforms.isEmpty ? "tag '\(written)' at \(position) has no name"
                              : "tag '\(written)' at \(position) does not hold a name",
                          position: position,
                          notes: ["a name is letters, digits, '_' and '-', with '.' between levels, like {{site.title}}"])
        }
        return Tag(name: name, transforms: transforms, text: written, position: position)
    }

    /// The name of a partial, `{{> footer}}`.
    private func partial(_ content: Substring, _ written: String, at position: Position) throws -> Tag {
        let name = content.trimmingCharacters(in: .whitespacesAndNewlines)
        if name.hasPrefix("*") {
            throw Problem(message: "'\(written)' at \(position) chooses a template by a value, which sitegen templates do not support",
                          position: position, notes: ["name the template: '{{> footer}}'"])
        }
        guard !name.isEmpty, name.allSatisfy(Self.nameCharacters.contains) else {
            throw Problem(message: "tag '\(written)' at \(position) does not name a template", position: position,
                          notes: ["write '{{> name}}' with the name of a template, like '{{> footer}}'"])
        }
        return Tag(name: name, transforms: [], text: written, position: position)
    }

    /// The name as a closing tag repeats it: `lowercased(site.title)`.
    private static func nameText(_ tag: Tag) -> String {
        tag.transforms.reversed().reduce(tag.name) { "\($1)(\($0))" }
    }
}
