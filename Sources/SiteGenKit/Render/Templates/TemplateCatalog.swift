/// Every template sitegen renders, when it is used and which names it sees: the source of the
/// template reference in docs/themes.md (a test keeps the two equal, `SITEGEN_RECORD=1` rewrites it).
enum TemplateCatalog {
    /// A set of templates that see the same names.
    struct Group: Sendable {
        let title: String
        let templates: [Template]
        let names: [TemplateNameDoc]
    }

    /// One template of a group: rendered by sitegen with the group's names, or a partial that
    /// sees the names of where it is included.
    struct Template: Sendable {
        let name: String
        let use: String

        /// Whether only other templates include it (`{{> head}}`); sitegen never renders it alone.
        var isPartial: Bool { use.hasPrefix("partial of ") }

        init(_ name: String, _ use: String) {
            self.name = name
            self.use = use
        }
    }

    /// The groups, in the order the documentation shows them.
    static let groups: [Group] = [
        Group(title: "Pages", templates: [
            .init("page", "every page: the statement, each archived version, the changelog"),
            .init("head", "partial of `page`: the contents of `<head>`"),
            .init("header", "partial of `page`: the skip link and the site header"),
            .init("toc", "partial of `page`: the contents list"),
            .init("footer", "partial of `page`: the site footer"),
        ], names: PageTemplateContext.names.documentation),
        Group(title: "Versions", templates: [
            .init("current-notice", "HTML at the top of the statement's body: the version shown and from when it applies"),
            .init("announcement-notice", "HTML above that on the statement, for each announced version: from when a new version applies"),
            .init("archive-notice", "HTML at the top of each archived version's body"),
            .init("archive-title", "text: the title of an archived version's page"),
            .init("version-heading", "text: a version's heading on the changelog and in its contents list"),
            .init("intro-title", "text: in a version's redline, the title of the text before the first heading"),
        ], names: VersionTemplateContext.names.documentation),
        Group(title: "Changelog", templates: [
            .init("changelog", "HTML: the changelog's body"),
            .init("redline", "partial of `changelog`, inside `{{#redline}}`: one version compared with the one before"),
            .init("changelog-title", "text: the changelog page's title"),
        ], names: ChangelogTemplateContext.names.documentation),
        Group(title: "Drafts", templates: [
            .init("draft-banner", "HTML at the top of a draft's statement (`build --drafts`): the working copy is not released"),
            .init("draft-comparison", "HTML: the body of a draft's comparison with the version in force (`build --drafts`, `concept/`)"),
            .init("draft-comparison-title", "text: that page's title"),
        ], names: DraftTemplateContext.names.documentation),
    ]

    /// The templates sitegen renders itself, each with the names it sees; partials are checked
    /// where these include them.
    static let rendered: [(template: String, names: [TemplateNameDoc])] = groups.flatMap { group in
        group.templates.filter { !$0.isPartial }.map { ($0.name, group.names) }
    }

    /// The HTML values, as the documentation writes them (`page.body`,
    /// `entries[].redline.sections[].html`): the only names a template may insert with `{{{…}}}`.
    static let htmlNames: [String] = {
        var names: [String] = []
        func collect(_ docs: [TemplateNameDoc], prefix: String) {
            for doc in docs {
                switch doc.kind {
                case .html: names.append(prefix + doc.name)
                case let .record(nested): collect(nested, prefix: prefix + doc.name + ".")
                case let .list(nested): collect(nested, prefix: prefix + doc.name + "[].")
                default: break
                }
            }
        }
        for group in groups { collect(group.names, prefix: "") }
        return names.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }()

    /// The Markdown of the template reference.
    static var markdown: String {
        var lines: [String] = []
        for group in groups {
            lines += ["### \(group.title)", "", "| template | used for |", "|---|---|"]
            lines += group.templates.map { "| `\($0.name)` | \($0.use) |" }
            lines += ["", "| name | kind | what it holds |", "|---|---|---|"]
            lines += rows(group.names, prefix: "")
            lines.append("")
        }
        lines += ["The values of kind HTML — the only ones a template may insert with `{{{…}}}` or `{{&…}}`: "
                  + htmlNames.map { "`\($0)`" }.joined(separator: ", ") + ".", ""]
        return lines.joined(separator: "\n")
    }

    private static func rows(_ names: [TemplateNameDoc], prefix: String) -> [String] {
        names.flatMap { name -> [String] in
            let path = prefix + name.name
            let row = "| `\(path)` | \(name.kind.label) | \(name.summary) |"
            switch name.kind {
            case let .record(nested), let .values(nested): return [row] + rows(nested, prefix: path + ".")
            case let .list(nested): return [row] + rows(nested, prefix: path + "[].")
            default: return [row]
            }
        }
    }
}
