/// The names the version templates see — the notices above a statement (`current-notice`,
/// `archive-notice`), an archive page's title (`archive-title`) and a version's heading on the
/// changelog (`version-heading`) — each declared once below; docs/themes.md lists them from here.
enum VersionTemplateContext {
    /// A version shown on a page.
    struct Input: Sendable {
        let page: PageTemplateContext.Input
        let version: Version
        /// Where the version stands on the site's day.
        let status: VersionStatus
        /// For a superseded version: the day the version after it took its place.
        let until: DayDate?

        init(page: PageTemplateContext.Input, version: Version) {
            self.page = page
            self.version = version
            let history = page.site.tenant.history, today = page.site.today
            status = version.status(inForce: history.inForce(on: today)?.number, today: today)
            until = status == .superseded ? history.first { $0.number > version.number }?.effective : nil
        }
    }

    /// The top-level names.
    static let names = TemplateNames<Input>([
        .record("site", "the site, as page templates see it", PageTemplateContext.site) { $0.page },
        .text("root", "`../` once per folder the page lies below the site's root; links to pages end in `index.html` (`{{root}}versions/{{version.number}}/index.html`)") { $0.page.root },
        .record("version", "the version", version) { $0 },
    ])

    /// A released version.
    static let version = TemplateNames<Input>([
        .number("number", "1, 2, …") { $0.version.number },
        .text("status", "`in-force`, `announced` or `superseded` (shared/design/versions.md)") { $0.status.rawValue },
        .flag("in_force", "whether it is the version that applies today") { $0.status == .inForce },
        .flag("announced", "whether it was released but applies only from a later day") { $0.status == .announced },
        .flag("superseded", "whether a later version applies instead") { $0.status == .superseded },
        .text("until", "for a superseded version, the day it stopped applying as `YYYY-MM-DD`") { $0.until?.description },
        .text("until_text", "that day written out") { $0.until?.dutch },
        .flag("published_differs", "whether it was published on another day than it applies from") {
            $0.version.published != nil && $0.version.published != $0.version.effective
        },
        .text("no_notice_reason", "why the release gave less notice than asked; absent when it said none") { $0.version.noNoticeReason },
        .text("date", "the day it applies from (effective) as `YYYY-MM-DD`, for `<time datetime>`; absent where the record has no date") { $0.version.effective?.description },
        .text("date_text", "the day it applies from written out (`3 juni 2025`), or `onbekende datum`") { $0.version.effectiveDutch },
        .text("published", "the day it was released as `YYYY-MM-DD`; absent where the record has no date") { $0.version.published?.description },
        .text("published_text", "the day it was released written out, or `onbekende datum`") { $0.version.published?.dutch ?? "onbekende datum" },
        .text("summary", "what changed, as the release said it") { $0.version.summary },
        .text("approved_by", "who approved the release; absent when nobody was named") { $0.version.approvedBy },
    ])
}

/// The names the changelog templates see (`changelog`, its partial `redline`, and
/// `changelog-title`), each declared once below; docs/themes.md lists them from here.
enum ChangelogTemplateContext {
    /// The changelog page.
    struct Input: Sendable {
        let page: PageTemplateContext.Input
        /// Newest first.
        let entries: [Entry]
    }

    /// One version on the changelog.
    struct Entry: Sendable {
        let version: VersionTemplateContext.Input
        /// The version's heading, from the `version-heading` template.
        let heading: String
        /// The comparison with the version before; nil for the first version.
        let redline: [Section]?

        /// The id of the version's heading, which the contents list and links (`changelog/#versie-3`) point to.
        var anchor: String { "versie-\(version.version.number)" }
    }

    /// One `h2` section of a redline, as the changelog shows it.
    struct Section: Sendable {
        /// The heading as plain text; for what precedes the first heading, the `intro-title` template's text.
        let title: String
        let changed: Bool
        /// The redline's HTML, placed for the changelog (`ChangelogPage.localize`).
        let html: String
    }

    /// The top-level names.
    static let names = TemplateNames<Input>([
        .record("site", "the site, as page templates see it", PageTemplateContext.site) { $0.page },
        .text("root", "`../`: the changelog lies one folder below the site's root") { $0.page.root },
        .list("entries", "the versions, newest first", entry) { $0.entries },
    ])

    /// One entry of `entries`.
    static let entry = TemplateNames<Entry>([
        .record("version", "the version, as the version templates see it", VersionTemplateContext.version) { $0.version },
        .text("anchor", "the id its heading must carry (`versie-3`): the contents list links to it") { $0.anchor },
        .text("heading", "its heading, made by the `version-heading` template; the contents list shows it too") { $0.heading },
        .record("redline", "the comparison with the version before; absent for the first version", redline) { $0.redline },
    ])

    /// `redline`: the version's text compared with the version before, by `h2` section.
    static let redline = TemplateNames<[Section]>([
        .list("sections", "the sections of the new version, in order", section) { $0 },
    ])

    /// One entry of `redline.sections`.
    static let section = TemplateNames<Section>([
        .text("title", "the section's heading; for the text before the first heading, what the `intro-title` template makes") { $0.title },
        .flag("changed", "whether anything in the section changed") { $0.changed },
        .html("html", "the section's text with removed words in `<del>` and added words in `<ins>`; headings one level down, ids removed, anchor links into the archived version") { $0.html },
    ])
}
