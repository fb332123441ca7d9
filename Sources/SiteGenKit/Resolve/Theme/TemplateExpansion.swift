/// How many tags a template that sitegen renders expands to, with every partial counted again
/// where it is included. A partial renders all of its tags at each include, so a few templates
/// that each include the next thousands of times multiply: three such levels would render 10¹¹
/// tags, a build that never ends although no template is large. Sections over lists multiply
/// too; `TemplateNameCheck` limits how they nest.
struct TemplateExpansion {
    /// The most tags one rendered template may expand to: sitegen's own `page` with its partials
    /// has about 40, a theme's a few hundred.
    static let maximumTags = 10_000

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
                          notes: ["each '{{> name}}' renders every tag of 'name' again; include a partial once and repeat it with a section"])
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
            case let .section(_, _, children): total += 1 + count(children)
            case let .partial(tag): total += 1 + size(of: tag.name)
            }
            // Saturated, so counting stays cheap and never overflows.
            if total > Self.maximumTags { return Self.maximumTags + 1 }
        }
        return total
    }
}
