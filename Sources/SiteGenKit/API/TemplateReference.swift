/// sitegen's built-in templates as `sitegen templates` shows them: the list, grouped as
/// docs/themes.md groups them, and the text of one, so a theme or tenant override starts from the
/// template sitegen really uses instead of a copy from Swift source.
public enum TemplateReference {
    /// The names of the built-in templates, in the documentation's order.
    public static var names: [String] {
        TemplateCatalog.groups.flatMap { $0.templates.map(\.name) }
    }

    /// Every built-in template with what it is for, under its group's title.
    public static var listing: String {
        let width = names.map(\.count).max() ?? 0
        return TemplateCatalog.groups.map { group in
            ([group.title] + group.templates.map { template in
                "  " + template.name.padding(toLength: width, withPad: " ", startingAt: 0) + "  " + template.use.replacingOccurrences(of: "`", with: "")
            }).joined(separator: "\n")
        }.joined(separator: "\n\n")
    }

    /// The text of the built-in template `name`, as a file `templates/<name>.mustache` would hold
    /// it; nil when sitegen has no template of that name.
    public static func text(of name: String) -> String? {
        BuiltinTemplates.all[name]?.text
    }

    /// The built-in name nearest to `name`, for a "did you mean".
    public static func suggestion(for name: String) -> String? {
        Suggestion.closest(to: name, in: names)
    }
}
