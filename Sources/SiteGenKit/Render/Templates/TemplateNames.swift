/// The names one template context offers, declared once as a list of `TemplateVariable`s: the
/// context's lookup, its `fields` and its table in docs/themes.md all come from this list, so a new
/// name is one line here.
struct TemplateNames<Input>: Sendable {
    /// The declarations, in the order the documentation lists them.
    let variables: [TemplateVariable<Input>]
    private let layout: TemplateContext.Layout

    /// Declares `variables`; their names must be distinct.
    init(_ variables: [TemplateVariable<Input>]) {
        precondition(Set(variables.map(\.name)).count == variables.count, "a template name is declared twice")
        self.variables = variables
        layout = TemplateContext.Layout(names: variables.map(\.name))
    }

    /// The context for one input: every value made once, looked up by name.
    func context(_ input: Input) -> TemplateContext {
        TemplateContext(layout: layout, values: variables.map { $0.value(input) })
    }

    /// The names as the documentation lists them.
    var documentation: [TemplateNameDoc] {
        variables.map { TemplateNameDoc(name: $0.name, kind: $0.kind, summary: $0.summary) }
    }
}

/// A context object made by `TemplateNames`: a record whose names are looked up in a short list
/// (a handful of string comparisons, as a `switch` did, instead of hashing). One word wide, which
/// swift-mustache casts faster than a class or a wider struct.
struct TemplateContext: TemplateRecord {
    /// The names of a declaration, shared by every context made from it.
    final class Layout: Sendable {
        let names: [String]

        init(names: [String]) {
            self.names = names
        }
    }

    private let storage: Storage

    init(layout: Layout, values: [Any?]) {
        storage = Storage(layout: layout, values: values)
    }

    /// Looks up a name of this record.
    func child(named name: String) -> Any? {
        let names = storage.layout.names
        for index in names.indices where names[index] == name {
            return storage.values[index]
        }
        return nil
    }

    /// The dictionary templates used to get; names without a value are left out.
    var fields: [String: Any] {
        var fields: [String: Any] = [:]
        for (name, value) in zip(storage.layout.names, storage.values) {
            fields[name] = value
        }
        return fields
    }

    private final class Storage {
        let layout: Layout
        let values: [Any?]

        init(layout: Layout, values: [Any?]) {
            self.layout = layout
            self.values = values
        }
    }
}
