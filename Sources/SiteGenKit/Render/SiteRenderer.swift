import Foundation

/// The render stage: turns a resolved tenant into its site's files. Pure — no disk, no clock —
/// so the same input and the same day always give byte-identical output.
struct SiteRenderer {
    /// Names the generator in the page footer; part of what a build depends on.
    static let generator = "sitegen \(SiteGen.version)"

    /// The day the site is built as of: which released version is in force, which are announced.
    var today: DayDate
    /// Render the working copy as a draft (`build --drafts`): a banner, `noindex` and a comparison
    /// with the version in force. Otherwise the statement is the version in force, never the working copy.
    var drafts = false

    /// Renders every page — the statement, one archive page per version, the changelog — plus the
    /// feed, the version index and the assets under fingerprinted names. A published site of a
    /// tenant that was never released has no files.
    func render(_ tenant: ResolvedTenant, diagnostics: inout Diagnostics) -> RenderedSite {
        let history = tenant.history
        guard drafts || !history.isEmpty else { return RenderedSite(tenantID: tenant.id, files: []) }
        var files: [OutputFile] = []
        var assetPaths: [String: String] = [:]
        for asset in tenant.assets {
            let path = "assets/" + Self.fingerprinted(asset)
            assetPaths[Self.assetKey(asset.name)] = path
            files.append(OutputFile(path: path, contents: asset.data))
        }
        let site = SiteInput(tenant: tenant, assetPaths: assetPaths, today: today, draft: drafts)
        let templates = tenant.templates
        let reservedIDs = TemplateIDs.literal(in: templates.sources.values.map(\.text))
        func page(_ page: PageContext) {
            let html = templates.render("page", PageTemplateContext.names.context(.init(site: site, page: page)))
            files.append(OutputFile(path: page.path + "index.html", contents: Data(html.utf8)))
        }
        /// A version's context on the page at `path`.
        func versionContext(_ version: Version, path: String) -> TemplateContext {
            let page = PageTemplateContext.Input(site: site, page: PageContext(title: "", bodyHTML: "", headings: [], path: path))
            return VersionTemplateContext.names.context(.init(page: page, version: version))
        }

        // The working copy is rendered only for a draft: a published site shows released words only.
        let working: RenderedMarkdown? = drafts ? {
            let sourceMap = tenant.statement.sourceMap
            let rendered = MarkdownRenderer.render(tenant.statement.markdown, reservedIDs: reservedIDs) { sourceMap.location(ofLine: $0) }
            diagnostics.report(contentsOf: rendered.diagnostics)
            return rendered
        }() : nil
        var archived: [Int: RenderedMarkdown] = [:]
        for version in history {
            // Frozen text was checked when it was released; its warnings would only repeat old news.
            archived[version.number] = working.flatMap { version.markdown == tenant.statement.markdown ? $0 : nil }
                ?? MarkdownRenderer.render(version.markdown, reservedIDs: reservedIDs) { .init(file: version.file, line: $0) }
        }
        let inForce = history.inForce(on: today)
        let shown = inForce ?? history.first
        if let working {
            let banner = templates.render("draft-banner", DraftTemplateContext.names.context(.init(
                page: PageTemplateContext.Input(site: site, page: PageContext(title: "", bodyHTML: "", headings: [], path: "")),
                inForce: nil, redline: nil)))
            page(PageContext(title: tenant.config.title, bodyHTML: banner + working.html, headings: working.headings, path: ""))
            page(ChangelogPage.draftComparison(site: site, inForce: inForce, inForceHTML: inForce.flatMap { archived[$0.number]?.html },
                                               draftHTML: working.html))
        } else if let shown, let rendered = archived[shown.number] {
            var notices = history.announced(on: today).map { templates.render("announcement-notice", versionContext($0, path: "")) }.joined()
            notices += templates.render("current-notice", versionContext(shown, path: ""))
            page(PageContext(title: tenant.config.title, bodyHTML: notices + rendered.html, headings: rendered.headings, path: ""))
        }
        guard !history.isEmpty else { return RenderedSite(tenantID: tenant.id, files: files.sorted { $0.path < $1.path }) }

        for version in history {
            let path = "versions/\(version.number)/"
            let context = versionContext(version, path: path)
            let rendered = archived[version.number]!
            page(PageContext(title: templates.render("archive-title", context),
                             bodyHTML: templates.render("archive-notice", context) + rendered.html,
                             headings: rendered.headings, path: path))
        }
        page(ChangelogPage.page(site: site, renderedHTML: archived.mapValues(\.html)))
        let baseURL = site.baseURL
        files.append(OutputFile(path: "feed.xml", contents: Data(AtomFeed.xml(
            versions: history, companyName: tenant.config.company.name, title: tenant.config.title, baseURL: baseURL).utf8)))
        files.append(OutputFile(path: "versions.json", contents: VersionIndex.json(versions: history, today: today, baseURL: baseURL)))
        return RenderedSite(tenantID: tenant.id, files: files.sorted { $0.path < $1.path })
    }

    /// One page's own values; the rest of the template context is the tenant's.
    struct PageContext: Sendable {
        var title: String
        var bodyHTML: String
        var headings: [Heading]
        /// The page's folder inside the site, "" for the root, "changelog/" for a sub-folder.
        var path: String
    }

    /// `style.css` → `style.1a2b3c4d5e.css`: a changed file gets a new name, so caches never serve
    /// a stale stylesheet.
    static func fingerprinted(_ asset: Asset) -> String {
        let hash = asset.sha256.prefix(10)
        guard let dot = asset.name.lastIndex(of: "."), dot != asset.name.startIndex else { return "\(asset.name).\(hash)" }
        return "\(asset.name[..<dot]).\(hash)\(asset.name[dot...])"
    }

    /// The template name of an asset: `style.css` → `style_css` (Mustache reads dots as nesting).
    static func assetKey(_ name: String) -> String {
        name.replacingOccurrences(of: ".", with: "_").replacingOccurrences(of: "-", with: "_")
    }

    static func baseURL(_ url: String) -> String {
        url.hasSuffix("/") ? url : url + "/"
    }

    /// Placeholder values as Mustache sees them; unset and empty values are left out, because
    /// Mustache counts an empty string as true and `{{#dpo.name}}` would render an empty block.
    /// Texts are `TemplateText`s, which render like strings at a fraction of the cost.
    static func mustacheValue(_ value: TemplateValue) -> Any {
        switch value {
        case let .text(text), let .markdown(text): return TemplateText(text)
        case let .flag(flag): return flag
        case let .list(list): return list.map(mustacheValue)
        case let .map(map): return map.compactMapValues { $0.isSet || $0 == .flag(false) ? mustacheValue($0) : nil }
        case .absent, .unknown: return TemplateText("")
        }
    }
}
