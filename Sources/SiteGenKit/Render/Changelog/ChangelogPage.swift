import Foundation

/// The changelog page: every version newest first, with a redline against the version before it.
/// The comparison is computed here; everything shown around it — headings, notices, labels — comes
/// from the `changelog`, `redline`, `version-heading`, `intro-title` and `changelog-title` templates.
enum ChangelogPage {
    /// The page, from each version's rendered HTML by number.
    static func page(site: SiteInput, renderedHTML: [Int: String]) -> SiteRenderer.PageContext {
        let path = "changelog/"
        let input = PageTemplateContext.Input(site: site, page: .init(title: "", bodyHTML: "", headings: [], path: path))
        let templates = site.tenant.templates
        let versions = site.tenant.history
        var splitVersions: [Int: HTMLTokens] = [:]
        func tokens(of number: Int, html: String) -> HTMLTokens {
            if let split = splitVersions[number] { return split }
            let split = HTMLTokens(html)
            splitVersions[number] = split
            return split
        }
        var entries: [ChangelogTemplateContext.Entry] = []
        for version in versions.sorted(by: { $0.number > $1.number }) {
            let versionInput = VersionTemplateContext.Input(page: input, version: version)
            var redline: [ChangelogTemplateContext.Section]?
            if let previous = versions.first(where: { $0.number == version.number - 1 }),
               let old = renderedHTML[previous.number], let new = renderedHTML[version.number] {
                let sections = Redline.sections(from: tokens(of: previous.number, html: old), to: tokens(of: version.number, html: new))
                // Rendered once per version, not looked up per section: each name a template
                // looks up costs swift-mustache about as much as rendering this one.
                let intro = sections.contains { ($0.title ?? "").isEmpty }
                    ? templates.render("intro-title", VersionTemplateContext.names.context(versionInput)) : ""
                redline = sections.map { section(of: $0, version: version.number, intro: intro) }
            }
            entries.append(.init(version: versionInput,
                                 heading: templates.render("version-heading", VersionTemplateContext.names.context(versionInput)),
                                 redline: redline))
        }
        let context = ChangelogTemplateContext.names.context(.init(page: input, entries: entries))
        return SiteRenderer.PageContext(title: templates.render("changelog-title", context), bodyHTML: templates.render("changelog", context),
                                        headings: entries.map { Heading(level: 2, text: $0.heading, id: $0.anchor) },
                                        path: path)
    }

    /// A redline section as the changelog shows it: placed for the page, its heading as plain text.
    static func section(of section: Redline.Section, version: Int, intro: String) -> ChangelogTemplateContext.Section {
        let title = section.title.flatMap { $0.isEmpty ? nil : plainText($0) } ?? intro
        return .init(title: title, changed: section.changed, html: localize(section.html, version: version))
    }

    /// The text of cmark's HTML for a heading: tags removed and the four references cmark writes
    /// decoded, so the template escapes it once where it lands.
    static func plainText(_ html: String) -> String {
        guard html.utf8.contains(where: { $0 == UInt8(ascii: "<") || $0 == UInt8(ascii: "&") }) else { return html }
        return html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
            .replacingOccurrences(of: "&lt;", with: "<").replacingOccurrences(of: "&gt;", with: ">")
            .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
    }
}
