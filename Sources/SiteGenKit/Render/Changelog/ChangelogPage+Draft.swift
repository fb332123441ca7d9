import Foundation

extension ChangelogPage {
    /// Where a draft's comparison page lies in a `build --drafts` site.
    static let draftComparisonPath = "concept/"

    /// The page comparing a draft with the version in force (the changelog's redline), for
    /// `build --drafts`. Anchor links go to the draft's own statement, where those ids live.
    static func draftComparison(site: SiteInput, inForce: Version?, inForceHTML: String?, draftHTML: String) -> SiteRenderer.PageContext {
        let path = draftComparisonPath
        let input = PageTemplateContext.Input(site: site, page: .init(title: "", bodyHTML: "", headings: [], path: path))
        let templates = site.tenant.templates
        let versionInput = inForce.map { VersionTemplateContext.Input(page: input, version: $0) }
        let intro = versionInput.map { templates.render("intro-title", VersionTemplateContext.names.context($0)) } ?? ""
        let redline = inForceHTML.map { old in
            Redline.sections(from: HTMLTokens(old), to: HTMLTokens(draftHTML)).map { section -> ChangelogTemplateContext.Section in
                let placed = self.section(of: section, version: 0, intro: intro)
                return .init(title: placed.title, changed: placed.changed,
                             html: placed.html.replacingOccurrences(of: "href=\"../versions/0/index.html#", with: "href=\"../index.html#"))
            }
        }
        let context = DraftTemplateContext.names.context(.init(
            page: input, inForce: versionInput, redline: redline))
        return SiteRenderer.PageContext(title: templates.render("draft-comparison-title", context),
                                        bodyHTML: templates.render("draft-comparison", context), headings: [], path: path)
    }
}
