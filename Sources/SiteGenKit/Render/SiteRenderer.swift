import Foundation

/// The render stage: turns a resolved tenant into its site's files. Pure — no disk, no clock —
/// so the same input always gives byte-identical output.
struct SiteRenderer {
    /// Names the generator in the page footer; part of what a build depends on.
    static let generator = "sitegen \(SiteGen.version)"

    /// Renders every page — the current statement, one archive page per version, the changelog —
    /// plus the feed, the version index and the assets under fingerprinted names.
    func render(_ tenant: ResolvedTenant, diagnostics: inout Diagnostics) -> RenderedSite {
        let sourceMap = tenant.statement.sourceMap
        let markdown = MarkdownRenderer.render(tenant.statement.markdown) { sourceMap.location(ofLine: $0) }
        diagnostics.report(contentsOf: markdown.diagnostics)

        var files: [OutputFile] = []
        var assetPaths: [String: String] = [:]
        for asset in tenant.assets {
            let path = "assets/" + Self.fingerprinted(asset)
            assetPaths[Self.assetKey(asset.name)] = path
            files.append(OutputFile(path: path, contents: asset.data))
        }
        func page(_ page: PageContext) {
            let html = renderPage(page, tenant: tenant, assetPaths: assetPaths)
            files.append(OutputFile(path: page.path + "index.html", contents: Data(html.utf8)))
        }

        page(PageContext(title: tenant.config.title, bodyHTML: ChangelogPage.currentNotice(latest: tenant.history.last) + markdown.html,
                         headings: markdown.headings, path: ""))
        guard !tenant.history.isEmpty else { return RenderedSite(tenantID: tenant.id, files: files.sorted { $0.path < $1.path }) }

        var archived: [Int: String] = [:]
        for version in tenant.history {
            // Frozen text was checked when it was released; its warnings would only repeat old news.
            // Right after a release the current statement is the latest version, byte for byte.
            let rendered = version.markdown == tenant.statement.markdown ? markdown
                : MarkdownRenderer.render(version.markdown) { .init(file: version.file, line: $0) }
            archived[version.number] = rendered.html
            page(PageContext(title: "\(tenant.config.title) (versie \(version.number), \(version.date.dutch))",
                             bodyHTML: ChangelogPage.archiveNotice(version) + rendered.html,
                             headings: rendered.headings, path: "versions/\(version.number)/"))
        }
        let changelogHeadings = tenant.history.reversed().map {
            Heading(level: 2, text: "Versie \($0.number) – \($0.date.dutch)", id: "versie-\($0.number)")
        }
        page(PageContext(title: "Wijzigingen in de \(tenant.config.title.lowercased())",
                         bodyHTML: ChangelogPage.body(versions: tenant.history, renderedHTML: archived),
                         headings: changelogHeadings, path: "changelog/"))
        let baseURL = Self.baseURL(tenant.config.baseURL)
        files.append(OutputFile(path: "feed.xml", contents: Data(AtomFeed.xml(
            versions: tenant.history, companyName: tenant.config.company.name, title: tenant.config.title, baseURL: baseURL).utf8)))
        files.append(OutputFile(path: "versions.json", contents: VersionIndex.json(versions: tenant.history, baseURL: baseURL)))
        return RenderedSite(tenantID: tenant.id, files: files.sorted { $0.path < $1.path })
    }

    /// One page's own values; the rest of the template context is the tenant's.
    struct PageContext {
        var title: String
        var bodyHTML: String
        var headings: [Heading]
        /// The page's folder inside the site, "" for the root, "changelog/" for a sub-folder.
        var path: String
    }

    private func renderPage(_ page: PageContext, tenant: ResolvedTenant, assetPaths: [String: String]) -> String {
        let depth = page.path.split(separator: "/").count
        let root = String(repeating: "../", count: depth)
        let baseURL = Self.baseURL(tenant.config.baseURL)
        var values: [String: TemplateValue] = [:]
        if case let .map(map) = tenant.values { values = map }
        let toc = page.headings.filter { $0.level <= 3 }
        let context = PageTemplateContext(
            site: ["lang": TemplateText(tenant.config.language.rawValue), "title": TemplateText(tenant.config.title),
                   "company": TemplateText(tenant.config.company.name), "base_url": TemplateText(baseURL),
                   "canonical": TemplateText(baseURL + page.path)],
            page: ["title": TemplateText(page.title), "body": TemplateText(page.bodyHTML), "toc": toc.map(PageTemplateContext.TOCEntry.init),
                   "has_toc": !toc.isEmpty, "updated": TemplateText(tenant.history.last?.date.dutch ?? "")],
            root: root, assets: assetPaths, brand: tenant.brand.filter { !$0.value.isEmpty }, generator: Self.generator,
            feed: tenant.history.isEmpty ? nil : root + "feed.xml",
            company: values["company"].map(Self.mustacheValue), dpo: values["dpo"].map(Self.mustacheValue),
            authority: values["authority"].map(Self.mustacheValue))
        return tenant.templates.library.render(context, withTemplate: "page") ?? ""
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
        case .absent: return TemplateText("")
        }
    }
}
