/// One name a template sees, declared once: its name, what it holds (for the documentation and the
/// escaping check) and how its value is made from what the page is rendered from. The lookup, the
/// `fields` of the record and the table in docs/themes.md all follow from the list of these.
struct TemplateVariable<Input>: Sendable {
    /// The name, as written after `{{` (one level; nested names come from `.record` and `.list`).
    let name: String
    /// What the name holds.
    let kind: TemplateValueKind
    /// One line for the documentation: what the value is and when it is there.
    let summary: String
    /// The value for one input; nil leaves the name out (Mustache then treats it as false).
    let value: @Sendable (Input) -> Any?

    /// A text, escaped by `{{name}}`.
    static func text(_ name: String, _ summary: String, _ value: @escaping @Sendable (Input) -> String?) -> Self {
        Self(name: name, kind: .text, summary: summary) { value($0).map(TemplateText.init) }
    }

    /// HTML made by sitegen (a rendered statement, a redline), inserted as it is by `{{{name}}}`.
    static func html(_ name: String, _ summary: String, _ value: @escaping @Sendable (Input) -> String?) -> Self {
        Self(name: name, kind: .html, summary: summary) { value($0).map(TemplateText.init) }
    }

    /// A yes/no for `{{#name}}…{{/name}}` and `{{^name}}…{{/name}}`.
    static func flag(_ name: String, _ summary: String, _ value: @escaping @Sendable (Input) -> Bool) -> Self {
        Self(name: name, kind: .flag, summary: summary) { value($0) }
    }

    /// A whole number.
    static func number(_ name: String, _ summary: String, _ value: @escaping @Sendable (Input) -> Int) -> Self {
        Self(name: name, kind: .number, summary: summary) { TemplateNumber(value($0)) }
    }

    /// Texts under keys that are data, not declared (asset and brand parameter names).
    static func map(_ name: String, _ summary: String, _ value: @escaping @Sendable (Input) -> [String: String]) -> Self {
        Self(name: name, kind: .map, summary: summary) { value($0).mapValues(TemplateText.init) }
    }

    /// The tenant's placeholder values under `name` (as in clauses: `{{company.name}}`), whose
    /// names are `names` (from `TenantValueNames`).
    static func values(_ name: String, _ summary: String, _ names: [TemplateNameDoc],
                       _ value: @escaping @Sendable (Input) -> TemplateValue?) -> Self {
        Self(name: name, kind: .values(names), summary: summary) { value($0).map(SiteRenderer.mustacheValue) }
    }

    /// A record with names of its own, made from the same input.
    static func record(_ name: String, _ summary: String, _ names: TemplateNames<Input>) -> Self {
        Self(name: name, kind: .record(names.documentation), summary: summary) { names.context($0) }
    }

    /// A record with names of its own, made from part of the input; nil leaves the name out.
    static func record<Part>(_ name: String, _ summary: String, _ names: TemplateNames<Part>,
                             _ part: @escaping @Sendable (Input) -> Part?) -> Self {
        Self(name: name, kind: .record(names.documentation), summary: summary) { part($0).map(names.context) }
    }

    /// A list of records, each made from one element, for `{{#name}}…{{/name}}`.
    static func list<Element>(_ name: String, _ summary: String, _ names: TemplateNames<Element>,
                              _ elements: @escaping @Sendable (Input) -> [Element]) -> Self {
        Self(name: name, kind: .list(names.documentation), summary: summary) { elements($0).map(names.context) }
    }
}

/// What a declared name holds.
enum TemplateValueKind: Sendable {
    case text, html, flag, number, map
    /// Tenant values; the names under them.
    case values([TemplateNameDoc])
    /// A record; its names.
    case record([TemplateNameDoc])
    /// A list of records; the names of each.
    case list([TemplateNameDoc])

    /// The names a value of this kind has, for a record, a list's items or tenant values.
    var names: [TemplateNameDoc]? {
        switch self {
        case let .record(names), let .list(names), let .values(names): names
        default: nil
        }
    }

    /// The kind as the documentation names it.
    var label: String {
        switch self {
        case .text: "text"
        case .html: "HTML"
        case .flag: "yes/no"
        case .number: "number"
        case .map: "texts by key"
        case .values: "tenant values"
        case .record: "record"
        case .list: "list"
        }
    }
}

/// A declared name as the documentation shows it.
struct TemplateNameDoc: Sendable {
    let name: String
    let kind: TemplateValueKind
    let summary: String
}
