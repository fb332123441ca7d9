/// Expands a parsed placeholder template against a tenant's values, producing Markdown.
/// Every problem (unknown name, wrong kind of value, include cycle) becomes a diagnostic at the
/// tag's position, and expansion goes on so one run reports them all.
struct PlaceholderExpander {
    /// The tenant's values: `company`, `vars`, `processing`, …
    let root: TemplateValue
    /// Who the values belong to, named in messages because a shared clause serves many tenants.
    let tenantID: String
    /// Finds the template of a clause for `{{> id}}`.
    let include: (String) -> PlaceholderTemplate?
    private(set) var diagnostics: [Diagnostic] = []
    private var output = ""
    /// Where the last line of `output` starts, in UTF-8 bytes; kept up to date so a value inserted
    /// on a very long line does not rescan the line (which made long lines quadratic).
    private var lineStart = 0
    /// Set once the output passed `maximumSize`; expansion then stops.
    private var stopped = false
    private var scopes: [TemplateValue] = []
    /// Each scope's path when its value is an item of a list of facts (`facts.purposes.2`), else nil.
    private var scopePaths: [String?] = []
    private var includeStack: [String] = []
    /// The facts this expansion put on the page, in order: what GDPR coverage counts.
    private(set) var printed: [PrintedFact] = []

    /// The names whose values are GDPR Art. 13 facts; only their paths are recorded, so the
    /// record costs nothing for the other tags.
    static let factRoots: Set<String> = ["facts", "processing", "company", "dpo", "authority"]

    /// A clause may expand to at most this many bytes. Nested `{{#each}}` blocks and repeated
    /// includes multiply, so a few lines could otherwise ask for more text than fits in memory.
    static let maximumSize = 8 * 1024 * 1024

    /// Prepares an expander; `include` looks clause ids up for `{{> id}}`.
    init(root: TemplateValue, tenantID: String, include: @escaping (String) -> PlaceholderTemplate?) {
        self.root = root
        self.tenantID = tenantID
        self.include = include
    }

    /// Expands `template`; `clauseID` starts the include chain used to detect cycles.
    mutating func expand(_ template: PlaceholderTemplate, clauseID: String? = nil) -> String {
        output = ""
        lineStart = 0
        stopped = false
        scopes = [root]
        scopePaths = [nil]
        includeStack = clauseID.map { [$0] } ?? []
        render(template.nodes, in: template)
        return output
    }

    private mutating func render(_ nodes: [PlaceholderTemplate.Node], in template: PlaceholderTemplate) {
        for node in nodes where !stopped {
            switch node {
            case let .text(text):
                emit(text)
            case let .value(path, asMarkdown, position):
                guard let (value, scope) = lookUp(path, in: template, at: position) else { continue }
                if insert(value, path: path, requireMarkdown: asMarkdown, in: template, at: position), isFact(path, scope: scope) {
                    printed.append(PrintedFact(base: scopePaths[scope], name: path, value: value.comparable, file: template.file, line: position.line))
                }
            case let .conditional(condition, negated, then, otherwise, position):
                guard let (value, scope) = lookUp(condition.path, in: template, at: position) else { continue }
                let fact = isFact(condition.path, scope: scope)
                let before = output.utf8.count
                render(condition.holds(for: value) != negated ? then : otherwise, in: template)
                // A fact only tested counts when the branch it chose put words on the page.
                if fact, output.utf8.dropFirst(before).contains(where: { !Self.isBlank($0) }) {
                    printed.append(PrintedFact(base: scopePaths[scope], name: condition.path, value: nil, file: template.file, line: position.line))
                }
            case let .each(path, body, position):
                guard let (value, scope) = lookUp(path, in: template, at: position) else { continue }
                guard case let .list(items) = value else {
                    // Not set, or an open question: no items.
                    switch value {
                    case .absent, .unknown: break
                    default: report("'\(path)' is \(value.kindName), not a list", in: template, at: position)
                    }
                    continue
                }
                let listPath = isFact(path, scope: scope) ? PrintedFact.path(base: scopePaths[scope], name: path) + "." : nil
                for (index, item) in items.enumerated() where !stopped {
                    scopes.append(item)
                    scopePaths.append(listPath.map { $0 + String(index) })
                    render(body, in: template)
                    scopes.removeLast()
                    scopePaths.removeLast()
                    checkSize(in: template, at: position)
                }
            case let .include(id, position):
                expandInclude(id, in: template, at: position)
            }
        }
    }

    private mutating func expandInclude(_ id: String, in includer: PlaceholderTemplate, at position: PlaceholderTemplate.Position) {
        if includeStack.contains(id) {
            report("clause include cycle: \((includeStack + [id]).joined(separator: " → "))", in: includer, at: position)
            return
        }
        guard let template = include(id) else {
            report("unknown clause '\(id)' in '{{> \(id)}}'", in: includer, at: position)
            return
        }
        includeStack.append(id)
        // The included body usually ends a paragraph; its trailing line break is the includer's to give.
        var nodes = template.nodes
        if case let .text(text)? = nodes.last, text.hasSuffix("\n") {
            nodes[nodes.count - 1] = .text(String(text.dropLast()))
        }
        render(nodes, in: template)
        includeStack.removeLast()
        checkSize(in: includer, at: position)
    }

    /// Appends to the output, tracking where its last line starts.
    private mutating func emit(_ text: String) {
        let lastBreak = text.utf8.withContiguousStorageIfAvailable { $0.lastIndex(of: UInt8(ascii: "\n")) }
            ?? text.utf8.lastIndex(of: UInt8(ascii: "\n")).map { text.utf8.distance(from: text.utf8.startIndex, to: $0) }
        if let lastBreak {
            lineStart = output.utf8.count + lastBreak + 1
        }
        output += text
    }

    /// Stops the expansion, with one error at the tag that made it too large.
    private mutating func checkSize(in template: PlaceholderTemplate, at position: PlaceholderTemplate.Position) {
        guard !stopped, output.utf8.count > Self.maximumSize else { return }
        stopped = true
        report("expanding this makes the clause larger than \(Self.maximumSize / 1024 / 1024) MB", in: template, at: position,
               notes: ["nested '{{#each}}' blocks and repeated includes multiply the text"])
    }

    /// Inserts `value`; false when it could not be (an error is reported).
    private mutating func insert(_ value: TemplateValue, path: PlaceholderPath, requireMarkdown: Bool,
                                 in template: PlaceholderTemplate, at position: PlaceholderTemplate.Position) -> Bool {
        let line = output[output.utf8.index(output.utf8.startIndex, offsetBy: lineStart)...]
        let inTableRow = line.drop { $0 == " " }.first == "|"
        switch value {
        case let .text(text) where !requireMarkdown:
            let indentation = String(line.prefix { $0 == " " || $0 == "\t" })
            emit(MarkdownEscaping.escapeText(text, atLineStart: line.allSatisfy(\.isWhitespace), inTableRow: inTableRow,
                                             indentation: indentation, context: template.valueContexts[position.offset] ?? .text))
            return true
        case let .markdown(markdown):
            emit(inTableRow ? MarkdownEscaping.fitMarkdownInTableRow(markdown) : markdown)
            return true
        case .absent where path.parts.first == "vars":
            // A var is absent only when its library gives it no default: words only the company can give.
            report("'\(path)' is not set for this tenant, and the library gives it no default", in: template, at: position,
                   notes: ["set '\(path.parts.dropFirst().joined(separator: "."))' under 'vars:' in tenants/\(tenantID)/tenant.yaml, in words that are true for the company"])
        case .absent:
            report("'\(path)' is not set for this tenant", in: template, at: position,
                   notes: ["wrap it in '{{#if \(path)}}…{{/if}}' or set it in the tenant's config"])
        case let .unknown(question):
            report("'\(path)' is an open question for this tenant, so there is nothing to print: \(question)", in: template, at: position,
                   notes: ["answer it in the tenant's facts (replace '{ unknown: … }' by the fact), or print it inside "
                           + "'{{#if \(path)}}…{{/if}}', which an open question does not enter"])
        case .text:
            report("'\(path)' is text, not Markdown; use '{{\(path)}}'", in: template, at: position)
        default:
            report("'\(path)' is \(value.kindName) and cannot be inserted as text", in: template, at: position)
        }
        return false
    }

    /// Whether a looked-up name is a fact: a name under `factRoots`, or one found in an item of a
    /// list of facts. `scope` is where the name's first part was found. Only a check: the record
    /// keeps the item's path and the name, and joins them when coverage asks.
    private func isFact(_ path: PlaceholderPath, scope: Int) -> Bool {
        scope == 0 ? Self.factRoots.contains(path.parts[0]) : scopePaths[scope] != nil
    }

    /// Whether a byte of Markdown shows nothing on the page.
    private static func isBlank(_ byte: UInt8) -> Bool {
        byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\n") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r")
    }

    /// Resolves a dotted name: the first part in the innermost `#each` item that has it, then
    /// outwards to the tenant's values; `this` is the current item.
    /// Returns the value and the index of the scope the name was found in.
    private mutating func lookUp(_ path: PlaceholderPath, in template: PlaceholderTemplate,
                                 at position: PlaceholderTemplate.Position) -> (TemplateValue, Int)? {
        var parts = path.parts[...]
        var current: TemplateValue?
        var scope = scopes.count - 1
        if parts.first == "this" {
            current = scopes.last
            parts.removeFirst()
        } else {
            let first = parts[parts.startIndex]
            if let index = scopes.lastIndex(where: { scope in
                if case let .map(map) = scope { return map[first] != nil }
                return false
            }) {
                scope = index
                current = scopes[index]
            }
        }
        for part in parts {
            // Below an open question every name is the same open question.
            if case .unknown? = current { break }
            guard case let .map(map)? = current, let child = map[part] else {
                current = nil
                break
            }
            current = child
        }
        guard let found = current else {
            var notes: [String] = []
            if let suggestion = suggestion(for: path.text) { notes.append("did you mean '\(suggestion)'?") }
            report("unknown name '\(path)'", in: template, at: position, notes: notes)
            return nil
        }
        return (found, scope)
    }

    private func suggestion(for path: String) -> String? {
        let candidates = scopes.flatMap { $0.leafPaths() }
        let scored = candidates.map { ($0, Self.distance($0, path)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, path.count / 3) else { return nil }
        return best
    }

    private static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var previous = Array(0...b.count)
        for i in 1...max(a.count, 1) where !a.isEmpty {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...max(b.count, 1) where !b.isEmpty {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }

    private mutating func report(_ message: String, in template: PlaceholderTemplate, at position: PlaceholderTemplate.Position, notes: [String] = []) {
        diagnostics.append(.error(message, at: template.location(of: position),
                                  notes: notes + ["while building tenant '\(tenantID)'"]))
    }
}
