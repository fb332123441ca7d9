/// How many tags a template that sitegen renders expands to, with every partial counted again
/// where it is included and a tag inside a list section counted `listWeight` times (inside two
/// lists, its square). A partial renders all of its tags at each include, so a few templates that
/// each include the next thousands of times multiply: three such levels would render 10¹¹ tags, a
/// build that never ends although no template is large. A list repeats its tags for every item:
/// 2,000 tags inside a changelog's versions and their sections made JSM's changelog 1.5 MB and
/// took a second. `TemplateNameCheck` limits how lists nest.
struct TemplateExpansion {
    /// The most tags one rendered template may expand to: sitegen's own `page` with its partials
    /// counts 54, its `changelog` 922.
    static let maximumTags = 10_000
    /// How many times a tag inside a list section counts: lists are assumed to have this many items.
    static let listWeight = 10

    /// The names of lists in any template's context (`toc`, `entries`, `sections`), from the
    /// declarations; a section over one of them, or over a `sorted`, `enumerated` or `reversed`
    /// value, repeats its tags.
    private static let listNames: Set<String> = {
        var names: Set<String> = []
        func collect(_ docs: [TemplateNameDoc]) {
            for doc in docs {
                switch doc.kind {
                case let .list(nested): names.insert(doc.name); collect(nested)
                case let .record(nested), let .values(nested): collect(nested)
                default: break
                }
            }
        }
        for group in TemplateCatalog.groups { collect(group.names) }
        return names
    }()

    private let templates: [String: (source: TemplateSource, syntax: TemplateSyntax)]
    private var sizes: [String: Int] = [:]
    private var including: Set<String> = []

    /// The errors for the templates sitegen renders among `templates` that expand past `maximumTags`.
    static func problems(in templates: [String: (source: TemplateSource, syntax: TemplateSyntax)]) -> [Diagnostic] {
        var expansion = TemplateExpansion(templates: templates)
        return TemplateCatalog.rendered.compactMap { rendered -> Diagnostic? in
            guard let template = templates[rendered.template], expansion.size(of: rendered.template) > maximumTags else { return nil }
            return .error("template '\(rendered.template)' renders more than \(maximumTags) tags with the templates it includes",
                          at: .init(file: template.source.file),
                          notes: ["each '{{> name}}' renders every tag of 'name' again, and a tag inside a list counts \(listWeight) times "
                                  + "(inside two lists \(listWeight * listWeight) times); include a partial once, keep what repeats short"])
        }
    }

    private init(templates: [String: (source: TemplateSource, syntax: TemplateSyntax)]) {
        self.templates = templates
    }

    /// The tags `name` expands to, at most `maximumTags + 1`; 0 for an unknown template or one
    /// that includes itself (both reported by `TemplateNameCheck`).
    private mutating func size(of name: String) -> Int {
        if let known = sizes[name] { return known }
        guard let template = templates[name], including.insert(name).inserted else { return 0 }
        let size = count(template.syntax.nodes)
        including.remove(name)
        sizes[name] = size
        return size
    }

    private mutating func count(_ nodes: [TemplateSyntax.Node]) -> Int {
        var total = 0
        for node in nodes {
            switch node {
            case .variable: total += 1
            case let .section(tag, inverted, children):
                let repeats = !inverted && (Self.listNames.contains(String(tag.name.split(separator: ".").last ?? ""))
                    || tag.transforms.contains { ["sorted", "enumerated", "reversed"].contains($0) })
                total += 1 + (repeats ? Self.listWeight : 1) * count(children)
            case let .partial(tag): total += 1 + size(of: tag.name)
            }
            // Saturated, so counting stays cheap and never overflows.
            if total > Self.maximumTags { return Self.maximumTags + 1 }
        }
        return total
    }
}
