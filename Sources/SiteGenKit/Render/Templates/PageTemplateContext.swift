/// The names page templates see (`page`, `head`, `header`, `toc`, `footer` and a theme's own
/// partials), each declared once below; docs/themes.md lists them from here.
enum PageTemplateContext {
    /// What one page is rendered from.
    struct Input: Sendable {
        let site: SiteInput
        let page: SiteRenderer.PageContext
        /// `../` once per folder the page is below the site's root.
        let root: String
        /// The headings the contents list shows.
        let toc: [Heading]

        init(site: SiteInput, page: SiteRenderer.PageContext) {
            self.site = site
            self.page = page
            root = String(repeating: "../", count: page.path.split(separator: "/").count)
            toc = page.headings.filter { $0.level <= 3 }
        }
    }

    /// The top-level names.
    static let names = TemplateNames<Input>([
        .record("site", "the site as a whole", site),
        .record("page", "this page", page),
        .text("root", "`../` once per folder the page lies below the site's root (empty on the statement); put it before every link to another page or an asset, and end a link to a page in `index.html` (`{{root}}changelog/index.html`), so the site also works opened from `file://`") { $0.root },
        .map("assets", "each asset's fingerprinted path, keyed by its file name with `.` and `-` as `_` (`assets.style_css`)") { $0.site.assetPaths },
        .map("brand", "the theme parameters in effect, tenant values over theme defaults; empty ones left out") {
            $0.site.tenant.brand.filter { !$0.value.isEmpty }
        },
        .text("generator", "`sitegen` and its version") { _ in SiteRenderer.generator },
        .flag("draft", "whether the page previews an unreleased working copy (`build --drafts`); `head` then asks search engines not to index it") { $0.site.draft },
        .text("feed", "the path of the Atom feed; absent before the first release") {
            $0.site.tenant.history.isEmpty ? nil : $0.root + "feed.xml"
        },
        .values("company", "the company's facts, as clauses see them (`company.name`, `company.address.city`, …)", TenantValueNames.company) { $0.site.values["company"] },
        .values("dpo", "the data protection officer, when the tenant has one (`dpo.name`, …)", TenantValueNames.dpo) { $0.site.values["dpo"] },
        .values("authority", "the supervisory authority of the tenant's jurisdiction (`authority.name`, …)", TenantValueNames.authority) { $0.site.values["authority"] },
    ])

    /// `site.*`: the same on every page but `canonical`.
    static let site = TemplateNames<Input>([
        .text("lang", "the language code (`nl`, `nl-BE`)") { $0.site.tenant.config.language.rawValue },
        .text("title", "the statement's title from tenant.yaml") { $0.site.tenant.config.title },
        .text("company", "the company's name") { $0.site.tenant.config.company.name },
        .text("base_url", "the site's address, ending in `/`") { $0.site.baseURL },
        .text("canonical", "this page's full address") { $0.site.baseURL + $0.page.path },
    ])

    /// `page.*`: what differs from page to page.
    static let page = TemplateNames<Input>([
        .text("title", "the page's title") { $0.page.title },
        .html("body", "the page's content: on the statement and archive pages the notice, then the rendered text; on the changelog the `changelog` template") { $0.page.bodyHTML },
        .list("toc", "the headings of levels 1–3, for a contents list", tocEntry) { $0.toc },
        .flag("has_toc", "whether `page.toc` has any entry") { !$0.toc.isEmpty },
        .text("updated", "the day the version in force applies from, written out (`3 juni 2025`); empty before the first release") {
            $0.site.tenant.history.inForce(on: $0.site.today)?.effective?.dutch ?? ""
        },
    ])

    /// One entry of `page.toc`.
    static let tocEntry = TemplateNames<Heading>([
        .text("id", "the heading's anchor, for `href=\"#{{id}}\"`") { $0.id },
        .text("text", "the heading's text") { $0.text },
        .number("level", "1–3") { $0.level },
    ])
}

/// What every page of a tenant's site is rendered from, worked out once per site.
struct SiteInput: Sendable {
    let tenant: ResolvedTenant
    /// `base_url` from tenant.yaml, ending in `/`.
    let baseURL: String
    /// Each asset's fingerprinted path by its template key.
    let assetPaths: [String: String]
    /// The top level of the tenant's placeholder values.
    let values: [String: TemplateValue]
    /// The day the site is built as of: which version is in force, which are announced.
    let today: DayDate
    /// Whether this is a preview of the working copy (`build --drafts`), never to be indexed.
    let draft: Bool

    init(tenant: ResolvedTenant, assetPaths: [String: String], today: DayDate, draft: Bool = false) {
        self.tenant = tenant
        self.assetPaths = assetPaths
        self.today = today
        self.draft = draft
        baseURL = SiteRenderer.baseURL(tenant.config.baseURL)
        if case let .map(map) = tenant.values { values = map } else { values = [:] }
    }
}
