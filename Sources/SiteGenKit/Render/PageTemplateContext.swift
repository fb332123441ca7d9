import Mustache

/// What a page template sees (the names are listed in docs/authoring.md). swift-mustache looks up
/// every name with dynamic casts, plus hashing for a dictionary, so the shape of these values
/// decides much of what rendering a page costs. The two objects asked most — the top level, once
/// per name, and a contents entry, once per `{{id}}`, `{{text}}` and `{{level}}` — are records:
/// a `switch` instead of hashing, and one word wide, which Swift casts faster than a class or a
/// wider struct. `site` and `page` stay dictionaries. The output is the same as with dictionaries.
struct PageTemplateContext: TemplateRecord {
    private let storage: Storage

    /// Bundles the parts of the context; `company`, `dpo` and `authority` are placeholder values
    /// as `SiteRenderer.mustacheValue` makes them, nil when the tenant has none.
    init(site: [String: TemplateText], page: [String: Any], root: String, assets: [String: String],
         brand: [String: String], generator: String, feed: String?, company: Any?, dpo: Any?, authority: Any?) {
        storage = Storage(site: site, page: page, root: TemplateText(root), assets: assets.mapValues(TemplateText.init),
                          brand: brand.mapValues(TemplateText.init), generator: TemplateText(generator),
                          feed: feed.map(TemplateText.init), company: company, dpo: dpo, authority: authority)
    }

    /// Looks up a top-level name.
    func child(named name: String) -> Any? {
        switch name {
        case "site": return storage.site
        case "page": return storage.page
        case "root": return storage.root
        case "assets": return storage.assets
        case "brand": return storage.brand
        case "generator": return storage.generator
        case "feed": return storage.feed
        case "company": return storage.company
        case "dpo": return storage.dpo
        case "authority": return storage.authority
        default: return nil
        }
    }

    /// The dictionary templates used to get.
    var fields: [String: Any] {
        var fields: [String: Any] = [:]
        for name in ["site", "page", "root", "assets", "brand", "generator", "feed", "company", "dpo", "authority"] {
            fields[name] = child(named: name)
        }
        return fields
    }

    private final class Storage {
        let site: [String: TemplateText], page: [String: Any], root: TemplateText
        let assets: [String: TemplateText], brand: [String: TemplateText], generator: TemplateText
        let feed: TemplateText?, company: Any?, dpo: Any?, authority: Any?

        init(site: [String: TemplateText], page: [String: Any], root: TemplateText, assets: [String: TemplateText],
             brand: [String: TemplateText], generator: TemplateText, feed: TemplateText?, company: Any?, dpo: Any?, authority: Any?) {
            self.site = site
            self.page = page
            self.root = root
            self.assets = assets
            self.brand = brand
            self.generator = generator
            self.feed = feed
            self.company = company
            self.dpo = dpo
            self.authority = authority
        }
    }

    /// One entry of `page.toc`: `{{id}}`, `{{text}}` and `{{level}}` of a heading.
    struct TOCEntry: TemplateRecord {
        private let storage: Storage

        /// The entry of `heading`.
        init(_ heading: Heading) {
            storage = Storage(id: TemplateText(heading.id), text: TemplateText(heading.text), level: TemplateNumber(heading.level))
        }

        /// Looks up `id`, `text` or `level`.
        func child(named name: String) -> Any? {
            switch name {
            case "id": return storage.id
            case "text": return storage.text
            case "level": return storage.level
            default: return nil
            }
        }

        /// The dictionary templates used to get.
        var fields: [String: Any] { ["id": storage.id, "text": storage.text, "level": storage.level] }

        private final class Storage {
            let id: TemplateText, text: TemplateText, level: TemplateNumber

            init(id: TemplateText, text: TemplateText, level: TemplateNumber) {
                self.id = id
                self.text = text
                self.level = level
            }
        }
    }
}
