/// Every template sitegen renders, when it is used and which names it sees: the source of the
/// template reference in docs/themes.md (a test keeps the two equal, `SITEGEN_RECORD=1` rewrites it).
enum TemplateCatalog {
    /// A set of templates that see the same names.
    struct Group: Sendable {
        let title: String
        let templates: [(name: String, use: String)]
        let names: [TemplateNameDoc]
    }

    /// The groups, in the order the documentation shows them.
    static let groups: [Group] = [
        Group(title: "Pages", templates: [
            ("page", "every page: the statement, each archived version, the changelog"),
            ("head", "partial of `page`: the contents of `<head>`"),
            ("header", "partial of `page`: the skip link and the site header"),
            ("toc", "partial of `page`: the contents list"),
            ("footer", "partial of `page`: the site footer"),
        ], names: PageTemplateContext.names.documentation),
        Group(title: "Versions", templates: [
            ("current-notice", "HTML at the top of the statement's body: the version shown and from when it applies"),
            ("announcement-notice", "HTML above that on the statement, for each announced version: from when a new version applies"),
            ("archive-notice", "HTML at the top of each archived version's body"),
            ("archive-title", "text: the title of an archived version's page"),
            ("version-heading", "text: a version's heading on the changelog and in its contents list"),
            ("intro-title", "text: in a version's redline, the title of the text before the first heading"),
        ], names: VersionTemplateContext.names.documentation),
        Group(title: "Changelog", templates: [
            ("changelog", "HTML: the changelog's body"),
            ("redline", "partial of `changelog`, inside `{{#redline}}`: one version compared with the one before"),
            ("changelog-title", "text: the changelog page's title"),
        ], names: ChangelogTemplateContext.names.documentation),
        Group(title: "Drafts", templates: [
            ("draft-banner", "HTML at the top of a draft's statement (`build --drafts`): the working copy is not released"),
            ("draft-comparison", "HTML: the body of a draft's comparison with the version in force (`build --drafts`, `concept/`)"),
            ("draft-comparison-title", "text: that page's title"),
        ], names: DraftTemplateContext.names.documentation),
    ]

    /// The names of HTML values, as a template may write them in `{{{…}}}`: the whole path
    /// (`page.body`) and, for names inside a section, the last part (`html`).
    static let htmlNames: Set<String> = {
        var names: Set<String> = []
        func collect(_ docs: [TemplateNameDoc], prefix: String) {
            for doc in docs {
                switch doc.kind {
                case .html: names.formUnion([prefix + doc.name, doc.name])
                case let .record(nested), let .list(nested): collect(nested, prefix: prefix + doc.name + ".")
                default: break
                }
            }
        }
        for group in groups { collect(group.names, prefix: "") }
        return names
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
        return lines.joined(separator: "\n")
    }

    private static func rows(_ names: [TemplateNameDoc], prefix: String) -> [String] {
        names.flatMap { name -> [String] in
            let path = prefix + name.name
            let row = "| `\(path)` | \(name.kind.label) | \(name.summary) |"
            switch name.kind {
            case let .record(nested): return [row] + rows(nested, prefix: path + ".")
            case let .list(nested): return [row] + rows(nested, prefix: path + "[].")
            default: return [row]
            }
        }
    }
}
