/// The names the draft comparison templates see (`draft-comparison`, with the `redline` partial,
/// and `draft-comparison-title`): the working copy of a `build --drafts` compared with the version
/// in force, each name declared once below; docs/themes.md lists them from here.
enum DraftTemplateContext {
    /// The comparison page.
    struct Input: Sendable {
        let page: PageTemplateContext.Input
        /// The version the draft is compared with; nil when nothing was released.
        let inForce: VersionTemplateContext.Input?
        /// The draft compared with that version; nil when nothing was released (all text is new).
        let redline: [ChangelogTemplateContext.Section]?
    }

    /// The top-level names.
    static let names = TemplateNames<Input>([
        .record("site", "the site, as page templates see it", PageTemplateContext.site) { $0.page },
        .text("root", "`../`: the comparison lies one folder below the site's root") { $0.page.root },
        .record("version", "the version in force the draft is compared with; absent before the first release",
                VersionTemplateContext.version) { $0.inForce },
        .record("redline", "the draft compared with that version, as the changelog's `redline` partial shows it",
                ChangelogTemplateContext.redline) { $0.redline },
    ])
}
