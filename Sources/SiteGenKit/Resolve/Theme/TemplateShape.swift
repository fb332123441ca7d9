/// What a name resolves to while a template is checked: the shape of the value, from the
/// declarations in `TemplateCatalog`. Only shapes matter here, never values, so one check of a
/// template holds for every tenant and every page.
indirect enum TemplateShape: Sendable {
    /// A record or tenant values: declared names.
    case record([TemplateNameDoc])
    /// A list whose items have the declared names.
    case list([TemplateNameDoc])
    /// Texts under keys that are data (`brand`, `assets`): the keys that exist.
    case keys(TemplateKeys)
    /// A text, HTML, yes/no or number.
    case scalar(TemplateValueKind)
    /// The position in a list (`{{#first()}}`), swift-mustache's sequence context.
    case position

    /// The shape of a declared name.
    init(_ doc: TemplateNameDoc, keys: (String) -> TemplateKeys?) {
        switch doc.kind {
        case let .record(names), let .values(names): self = .record(names)
        case let .list(names): self = .list(names)
        case .map: self = keys(doc.name).map(TemplateShape.keys) ?? .record([])
        default: self = .scalar(doc.kind)
        }
    }

    /// What the documentation calls it.
    var label: String {
        switch self {
        case .record: "record"
        case .list: "list"
        case .keys: "texts by key"
        case let .scalar(kind): kind.label
        case .position: "list position"
        }
    }

    /// The transforms swift-mustache applies to a value of this shape (`{{lowercased(x)}}`), and
    /// the shape of the result.
    func transformed(by transform: String) -> TemplateShape? {
        switch (self, transform) {
        case (.scalar(.text), "capitalized"), (.scalar(.text), "lowercased"), (.scalar(.text), "uppercased"), (.scalar(.text), "reversed"):
            .scalar(.text)
        case (.scalar(.html), "capitalized"), (.scalar(.html), "lowercased"), (.scalar(.html), "uppercased"):
            .scalar(.html)
        case (.scalar(.text), "empty"), (.scalar(.html), "empty"): .scalar(.flag)
        case (.scalar(.number), "plusone"), (.scalar(.number), "minusone"): .scalar(.number)
        case (.scalar(.number), "equalzero"), (.scalar(.number), "even"), (.scalar(.number), "odd"): .scalar(.flag)
        case let (.list(names), "first"), let (.list(names), "last"): .record(names)
        case let (.list(names), "reversed"), let (.list(names), "sorted"): .list(names)
        case (.list, "count"), (.record, "count"), (.keys, "count"): .scalar(.number)
        case (.list, "empty"), (.record, "empty"), (.keys, "empty"): .scalar(.flag)
        case (.record, "sorted"), (.keys, "sorted"), (.record, "enumerated"), (.keys, "enumerated"): .list(Self.entry)
        case (.position, "index"): .scalar(.number)
        case (.position, "first"), (.position, "last"), (.position, "even"), (.position, "odd"): .scalar(.flag)
        default: nil
        }
    }

    /// The transforms `transformed(by:)` knows for this shape, for a message.
    var transforms: [String] {
        ["capitalized", "lowercased", "uppercased", "reversed", "empty", "plusone", "minusone", "equalzero", "even", "odd",
         "first", "last", "sorted", "count", "enumerated", "index"].filter { transformed(by: $0) != nil }
    }

    /// An entry of a sorted record (`{{#sorted(brand)}}{{key}}={{value}}{{/sorted(brand)}}`).
    private static let entry = [TemplateNameDoc(name: "key", kind: .text, summary: "the key"),
                                TemplateNameDoc(name: "value", kind: .text, summary: "the value")]
}
