/// Checks every name in a set of templates against what the template is rendered with, as
/// Mustache looks names up: each template sitegen renders starts with its group's names from
/// `TemplateCatalog`; a section adds the names of its value (a list's items, a record's names) in
/// front of those around it; a partial sees the names where it is included. Mustache renders an
/// unknown name as nothing, so a misspelt name would silently vanish from every page; here it is
/// an error with a "did you mean". Raw output is allowed for HTML values only.
struct TemplateNameCheck {
    /// One level of the context stack: the shape of the value and its path, for messages.
    private struct Frame {
        let shape: TemplateShape
        let path: String
    }

    private let templates: [String: (source: TemplateSource, syntax: TemplateSyntax)]
    private let unreadable: Set<String>
    private let keys: [String: TemplateKeys]
    private(set) var diagnostics: [Diagnostic] = []
    /// The templates the check reached, from one that sitegen renders.
    private(set) var reached: Set<String> = []
    private var reported: Set<String> = []
    private var checked: Set<String> = []
    private var including: [String] = []

    /// A check of `templates` (each read by `TemplateSyntax`); `unreadable` are templates with a
    /// syntax error, reported already; `keys` are the keys of `brand` and `assets`.
    init(templates: [String: (source: TemplateSource, syntax: TemplateSyntax)], unreadable: Set<String>, keys: [TemplateKeys]) {
        self.templates = templates
        self.unreadable = unreadable
        self.keys = Dictionary(uniqueKeysWithValues: keys.map { ($0.name, $0) })
    }

    /// Checks every template sitegen renders, and through them every partial they include.
    mutating func run() {
        for (name, names) in TemplateCatalog.rendered where templates[name] != nil {
            check(name, stack: [Frame(shape: .record(names), path: name + ":")])
        }
    }

    private mutating func check(_ name: String, stack: [Frame]) {
        guard let template = templates[name] else { return }
        let key = name + "@" + stack.map(\.path).joined(separator: "/")
        guard checked.insert(key).inserted else { return }
        reached.insert(name)
        including.append(name)
        check(template.syntax.nodes, in: template.source, stack: stack)
        including.removeLast()
    }

    private mutating func check(_ nodes: [TemplateSyntax.Node], in source: TemplateSource, stack: [Frame]) {
        for node in nodes {
            switch node {
            case let .variable(tag, raw):
                guard let shape = resolve(tag, in: source, stack: stack) else { continue }
                if raw, !Self.isHTML(shape) {
                    report(.error("'\(tag.name)' is inserted without escaping ('\(tag.text)'), but it is not HTML", at: location(tag, source),
                                  notes: ["write {{\(tag.name)}}; only HTML that sitegen makes may be inserted with {{{…}}} or {{&…}}: "
                                          + TemplateCatalog.htmlNames.joined(separator: ", ")]))
                } else if let absent = mayBeAbsent(tag, stack: stack) {
                    report(.error("'\(tag.text)' may be empty: \(absent)", at: location(tag, source),
                                  notes: ["write it inside {{#\(tag.name)}}…{{/\(tag.name)}}, as sitegen's head does with the stylesheet"]))
                } else if case .record = shape, tag.transforms.isEmpty {
                    report(.error("'\(tag.text)' prints a record, not a value", at: location(tag, source),
                                  notes: ["name one of its values, like {{\(tag.name == "." ? "" : tag.name + ".")\(Self.firstName(shape))}}"]))
                } else if case .list = shape, tag.transforms.isEmpty {
                    report(.error("'\(tag.text)' prints a list, not a value", at: location(tag, source),
                                  notes: ["repeat over it with {{#\(tag.name)}}…{{/\(tag.name)}}"]))
                }
            case let .section(tag, inverted, children):
                guard let shape = resolve(tag, in: source, stack: stack) else {
                    check(children, in: source, stack: stack)
                    continue
                }
                if inverted {
                    check(children, in: source, stack: stack)
                } else if case let .list(names) = shape {
                    checkRepeat(tag, items: names, in: source, stack: stack)
                    check(children, in: source, stack: stack + [Frame(shape: .record(names), path: tag.name + "[]")])
                } else {
                    check(children, in: source, stack: stack + [Frame(shape: shape, path: tag.name)])
                }
            case let .partial(tag):
                include(tag, in: source, stack: stack)
            }
        }
    }

    /// Lists nest at most `maximumListDepth` deep, and never in a list of the same items: each item
    /// repeats everything inside, so `{{#page.toc}}` six times nested rendered every page 4⁶ times
    /// over and took seconds; nested a few hundred times it would never end. Checked where
    /// partials are included too, since the stack is the one a page is rendered with.
    private mutating func checkRepeat(_ tag: TemplateSyntax.Tag, items: [TemplateNameDoc], in source: TemplateSource, stack: [Frame]) {
        let lists = stack.filter { $0.path.hasSuffix("[]") }
        let itemNames = items.map(\.name)
        if let same = lists.first(where: { frame in
            if case let .record(names) = frame.shape { return names.map(\.name) == itemNames }
            return false
        }) {
            report(.error("'\(tag.text)' repeats over a list inside a repeat over the same list ({{#\(same.path.dropLast(2))}})", at: location(tag, source),
                          notes: ["every item would repeat the whole list again; use the names of the item you are in"]))
        } else if lists.count >= Self.maximumListDepth {
            report(.error("'\(tag.text)' repeats over a list inside \(lists.count) others (\(lists.map { "{{#\($0.path.dropLast(2))}}" }.joined(separator: ", ")))",
                          at: location(tag, source), notes: ["lists may be nested \(Self.maximumListDepth) deep, as the changelog's versions and their sections are"]))
        }
    }

    /// How deep list sections may be nested; see `checkRepeat`.
    static let maximumListDepth = 2

    /// Why `tag`'s value may be absent, when it names an optional key (`assets.logo_svg`) outside a
    /// section that tests it.
    private func mayBeAbsent(_ tag: TemplateSyntax.Tag, stack: [Frame]) -> String? {
        let parts = tag.name.split(separator: ".")
        guard parts.count == 2, let keys = keys[String(parts[0])], keys.optional.contains(String(parts[1])),
              !stack.contains(where: { $0.path == tag.name }) else { return nil }
        return parts[1] == "logo_svg" ? "it is a tenant's logo.svg, and a tenant may have none" : "the theme has no such \(keys.subject)"
    }

    private mutating func include(_ tag: TemplateSyntax.Tag, in source: TemplateSource, stack: [Frame]) {
        let name = tag.name
        guard !unreadable.contains(name) else { return }
        guard templates[name] != nil else {
            let known = Set(templates.keys).union(unreadable).sorted()
            var notes = ["templates: " + known.joined(separator: ", ")]
            if let close = Suggestion.closest(to: name, in: known) { notes.insert("did you mean '\(close)'?", at: 0) }
            report(.error("unknown template '\(name)'", at: location(tag, source), notes: notes))
            return
        }
        if BuiltinTemplates.textTemplates.contains(name) {
            report(.error("'\(name)' makes plain text and cannot be included with {{> \(name)}}", at: location(tag, source),
                          notes: ["its values are not HTML-escaped; sitegen renders it on its own and escapes the result where it is shown"]))
        } else if including.contains(name) {
            report(.error("'\(tag.text)' includes '\(name)' inside itself, which would never end", at: location(tag, source),
                          notes: ["included through " + (including + [name]).joined(separator: " → ")]))
        } else {
            check(name, stack: stack)
        }
    }

    /// The shape `tag`'s name (with its transforms) has on `stack`; nil, with an error, when the
    /// name is not there.
    private mutating func resolve(_ tag: TemplateSyntax.Tag, in source: TemplateSource, stack: [Frame]) -> TemplateShape? {
        var shape: TemplateShape
        if tag.name.isEmpty {
            guard stack.contains(where: { $0.path.hasSuffix("[]") }) else {
                report(.error("'\(tag.text)' asks for the position in a list, outside any list", at: location(tag, source),
                              notes: ["use it inside {{#list}}…{{/list}}, like {{#page.toc}}…{{/page.toc}}"]))
                return nil
            }
            shape = .position
        } else if tag.name == "." {
            shape = stack[stack.count - 1].shape
        } else {
            let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            let strict = tag.name.hasPrefix(".")
            let first = strict ? parts[1] : parts[0]
            let frames = strict ? [stack[stack.count - 1]] : stack.reversed()
            let keys = self.keys
            guard var found = frames.lazy.compactMap({ Self.child(first, of: $0.shape, keys: keys) }).first else {
                unknown(tag, in: source, stack: stack)
                return nil
            }
            for (index, part) in parts.enumerated().dropFirst(strict ? 2 : 1) {
                guard let next = Self.child(part, of: found, keys: keys) else {
                    if case let .keys(keys) = found {
                        unknownKey(part, of: keys, tag: tag, in: source)
                    } else {
                        unknown(tag, in: source, stack: stack, known: parts[..<index].joined(separator: "."), shape: found)
                    }
                    return nil
                }
                found = next
            }
            shape = found
        }
        for transform in tag.transforms.reversed() {
            guard let next = shape.transformed(by: transform) else {
                let known = shape.transforms
                report(.error("unknown transform '\(transform)' in '\(tag.text)' for a \(shape.label)", at: location(tag, source),
                              notes: [known.isEmpty ? "a \(shape.label) has no transforms" : "a \(shape.label) has: " + known.joined(separator: ", ")]))
                return nil
            }
            shape = next
        }
        return shape
    }

    private static func child(_ name: String, of shape: TemplateShape, keys: [String: TemplateKeys]) -> TemplateShape? {
        switch shape {
        case let .record(names):
            return names.first { $0.name == name }.map { TemplateShape($0) { keys[$0] } }
        case let .keys(keys):
            return keys.keys.contains(name) ? .scalar(.text) : nil
        default:
            return nil
        }
    }

    private mutating func unknown(_ tag: TemplateSyntax.Tag, in source: TemplateSource, stack: [Frame],
                                  known: String? = nil, shape: TemplateShape? = nil) {
        guard diagnostics.count < Self.limit else { return }
        let visible = stack.reversed().flatMap { Self.paths($0.shape, prefix: "") }
        var notes: [String] = []
        if let close = Suggestion.closest(to: tag.name, in: visible)
            ?? TemplateNameGlossary.translated(tag.name).flatMap({ visible.contains($0) ? $0 : nil }) {
            notes.append("did you mean '\(close)'?")
        }
        if let known, let shape {
            notes.append("'\(known)' is a \(shape.label)" + (Self.paths(shape, prefix: "").isEmpty ? " without names"
                         : " with: " + Self.paths(shape, prefix: "").filter { !$0.contains(".") }.joined(separator: ", ")))
        }
        let first = tag.name.split(separator: ".").first.map(String.init) ?? tag.name
        let elsewhere = TemplateCatalog.groups.filter { group in group.names.contains { $0.name == first } }.map(\.title)
        if known == nil, !elsewhere.isEmpty, !visible.contains(first) {
            notes.append("'\(first)' is a name of the \(elsewhere.joined(separator: ", ")) templates, not of those this one is rendered with")
        }
        if let inner = stack.last, stack.count > 1 { notes.append("inside {{#\(inner.path.replacingOccurrences(of: "[]", with: ""))}} the names of each item come first, then those around it") }
        notes.append("the names each template sees are listed in docs/themes.md, 'Template reference'")
        report(.error("unknown name '\(tag.name)'", at: location(tag, source), notes: notes))
    }

    private mutating func unknownKey(_ key: String, of keys: TemplateKeys, tag: TemplateSyntax.Tag, in source: TemplateSource) {
        var notes = keys.notes
        if let close = Suggestion.closest(to: key, in: keys.keys) { notes.insert("did you mean '\(keys.name).\(close)'?", at: 0) }
        report(.error("unknown \(keys.subject) '\(key)' in '\(tag.text)'", at: location(tag, source), notes: notes))
    }

    /// Every dotted name under `shape`, for suggestions.
    private static func paths(_ shape: TemplateShape, prefix: String) -> [String] {
        switch shape {
        case let .record(names):
            return names.flatMap { doc -> [String] in
                let path = prefix + doc.name
                switch doc.kind {
                case let .record(nested), let .values(nested): return [path] + paths(.record(nested), prefix: path + ".")
                default: return [path]
                }
            }
        case let .keys(keys):
            return keys.keys.map { prefix + $0 }
        default:
            return []
        }
    }

    private static func firstName(_ shape: TemplateShape) -> String {
        if case let .record(names) = shape, let first = names.first { return first.name }
        return "name"
    }

    private static func isHTML(_ shape: TemplateShape) -> Bool {
        if case .scalar(.html) = shape { return true }
        return false
    }

    private func location(_ tag: TemplateSyntax.Tag, _ source: TemplateSource) -> Diagnostic.Location {
        Diagnostic.Location(file: source.file, line: tag.position.line, column: tag.position.column)
    }

    /// At most this many problems per template set: a hostile template with thousands of
    /// unknown names is refused after these, without working out a suggestion for each.
    static let limit = 100

    private mutating func report(_ diagnostic: Diagnostic) {
        guard diagnostics.count < Self.limit else { return }
        if reported.insert(diagnostic.description).inserted { diagnostics.append(diagnostic) }
    }
}
