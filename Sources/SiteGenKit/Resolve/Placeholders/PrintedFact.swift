/// A GDPR Art. 13 fact that reached the page: printed by a tag, or tested by an `{{#if}}` whose
/// branch put words on the page. GDPR coverage counts these, not what clauses declare. The record
/// is cheap to make — the list item's path and the name as parsed, both shared — and joins them
/// into `path` only when coverage asks.
struct PrintedFact: Sendable, Hashable {
    /// The path of the list item the name was found in (`facts.purposes.2`); nil for a name of the root.
    let base: String?
    /// The name as the tag wrote it.
    let name: PlaceholderPath
    /// The text printed; nil for a fact that was only tested.
    let value: String?
    /// The clause file of the tag (the included clause's own file for `{{> id}}`).
    let file: String
    /// The tag's line in that file.
    let line: Int

    /// A record of `name` found in the list item at `base` (nil: the root).
    init(base: String?, name: PlaceholderPath, value: String?, file: String, line: Int) {
        self.base = base
        self.name = name
        self.value = value
        self.file = file
        self.line = line
    }

    /// A record of a fact at `path` from the root (a right found in the text is `text`).
    init(path: String, value: String?, file: String, line: Int) {
        self.init(base: nil, name: PlaceholderPath(path), value: value, file: file, line: line)
    }

    /// The value's path from the root of the tenant's values, list indices included
    /// (`facts.purposes.2.basis`, `processing.4.interest`, `company.name`).
    var path: String { Self.path(base: base, name: name) }

    /// `name` below the list item at `base`: `this` is the item itself.
    static func path(base: String?, name: PlaceholderPath) -> String {
        guard let base else { return name.text }
        if name.parts[0] == "this" { return name.parts.count == 1 ? base : base + name.text.dropFirst(4) }
        return base + "." + name.text
    }
}
