import Mustache
import Testing
@testable import SiteGenKit

/// Pages are rendered with records declared by `TemplateNames`, wrapped values and sitegen's own
/// escaping instead of nested dictionaries, strings and swift-mustache's escaping; templates must
/// not see the difference, including in what the documentation leaves out (transforms, `{{.}}`,
/// partials, missing names). The declaration below has the shape of the page context.
@Suite struct PageTemplateContextTests {
    /// Plain values for a context shaped like a page's.
    struct Shape: Sendable {
        var site: [String: String], title: String, body: String, toc: [Heading], updated: String
        var root: String, assets: [String: String], brand: [String: String], generator: String, feed: String?
        var company: TemplateValue?, dpo: TemplateValue?, authority: TemplateValue?
    }

    static let siteNames = TemplateNames<Shape>(["lang", "title", "company", "base_url", "canonical"].map { name in
        .text(name, "") { $0.site[name] }
    })
    static let pageNames = TemplateNames<Shape>([
        .text("title", "") { $0.title },
        .html("body", "") { $0.body },
        .list("toc", "", PageTemplateContext.tocEntry) { $0.toc },
        .flag("has_toc", "") { !$0.toc.isEmpty },
        .text("updated", "") { $0.updated },
    ])
    static let names = TemplateNames<Shape>([
        .record("site", "", siteNames), .record("page", "", pageNames), .text("root", "") { $0.root },
        .map("assets", "") { $0.assets }, .map("brand", "") { $0.brand }, .text("generator", "") { $0.generator },
        .text("feed", "") { $0.feed }, .values("company", "", TenantValueNames.company) { $0.company }, .values("dpo", "", TenantValueNames.dpo) { $0.dpo },
        .values("authority", "", TenantValueNames.authority) { $0.authority },
    ])

    static let page = """
        {{site.lang}} {{site.title}} {{site.company}} {{site.canonical}} {{count(site)}} {{count(.)}}
        {{#page.has_toc}}<ol>
        {{#page.toc}}<li class="l{{level}} {{plusone(level)}}{{#first()}} first{{/first()}}"><a href="#{{id}}">{{text}}</a> {{uppercased(text)}}</li>
        {{/page.toc}}</ol>{{/page.has_toc}}{{^page.has_toc}}none{{/page.has_toc}}
        {{count(page.toc)}} {{#last(page.toc)}}{{text}}{{/last(page.toc)}} {{#reversed(page.toc)}}{{id}},{{/reversed(page.toc)}}
        {{#feed}}<link href="{{root}}{{feed}}">{{/feed}}{{^feed}}no feed{{/feed}}
        {{#company.name}}[{{.}}|{{company.name}}|{{lowercased(company.name)}}|{{missing}}]{{/company.name}}
        {{company.address.city}} {{#company.flag}}yes{{/company.flag}} {{company.flag}} {{company.off}} {{^company.off}}off{{/company.off}}
        {{#company.list}}<{{.}}>{{/company.list}} {{count(company.list)}} {{#company.address}}{{city}}{{/company.address}}
        {{#sorted(brand)}}{{key}}={{value}};{{/sorted(brand)}} {{count(brand)}} {{brand.primary}} {{assets.style_css}}
        {{{page.body}}} {{&page.title}} {{page.title}} {{page.updated}} {{generator}} {{missing}} {{page.missing}}
        {{> footer}}

        """
    static let footer = """
        <footer>{{company.name}} {{#dpo}}{{name}}{{/dpo}}{{^dpo}}no dpo{{/dpo}} {{^authority}}no authority{{/authority}}</footer>

        """
    static let headings = [Heading(level: 1, text: "Wie wij zijn", id: "wie"),
                           Heading(level: 2, text: "Café & <Bäckerei> \"q\" 'a'", id: "cafe"),
                           Heading(level: 3, text: "Ë\u{301}<", id: "e")]
    static let company: TemplateValue = .map([
        "name": .text("Jansen & Zoon <B.V.> \"q\" 'a' é&é"),
        "address": .map(["city": .text("Den Haag"), "street": .text("")]),
        "flag": .flag(true), "off": .flag(false),
        "list": .list([.text("a<b"), .text("ç'd")]),
    ])

    @Test(arguments: [headings, []])
    func rendersAsWithDictionaries(headings: [Heading]) throws {
        let dpo: TemplateValue = .map(["name": .text("Piet & Co")])
        let typed = Self.names.context(Shape(
            site: ["lang": "nl", "title": "Privacy & <cookies>", "company": "A&B", "base_url": "https://x.nl/",
                   "canonical": "https://x.nl/a?b=1&c=2"],
            title: "Titel 'x'", body: "<p>Body & more</p>", toc: headings, updated: "1 januari 2025",
            root: "../", assets: ["style_css": "assets/style.1.css"], brand: ["primary": "#123", "font": "Arial, 'x'"],
            generator: "sitegen 1", feed: headings.isEmpty ? nil : "../feed.xml",
            company: Self.company, dpo: dpo, authority: nil))
        var plain: [String: Any] = [
            "site": ["lang": "nl", "title": "Privacy & <cookies>", "company": "A&B", "base_url": "https://x.nl/",
                     "canonical": "https://x.nl/a?b=1&c=2"],
            "page": ["title": "Titel 'x'", "body": "<p>Body & more</p>",
                     "toc": headings.map { ["id": $0.id, "text": $0.text, "level": $0.level] as [String: Any] },
                     "has_toc": !headings.isEmpty, "updated": "1 januari 2025"] as [String: Any],
            "root": "../", "assets": ["style_css": "assets/style.1.css"], "brand": ["primary": "#123", "font": "Arial, 'x'"],
            "generator": "sitegen 1", "company": Self.plainValue(Self.company), "dpo": Self.plainValue(dpo),
        ]
        if !headings.isEmpty { plain["feed"] = "../feed.xml" }

        var typedLibrary = MustacheLibrary()
        typedLibrary.register(try MustacheTemplate(string: TemplateContentType.pragma + Self.page), named: "page")
        typedLibrary.register(try MustacheTemplate(string: TemplateContentType.pragma + Self.footer), named: "footer")
        var plainLibrary = MustacheLibrary()
        plainLibrary.register(try MustacheTemplate(string: Self.page), named: "page")
        plainLibrary.register(try MustacheTemplate(string: Self.footer), named: "footer")

        let expected = try #require(plainLibrary.render(plain, withTemplate: "page"))
        #expect(typedLibrary.render(typed, withTemplate: "page") == expected)
        #expect(expected.contains("Jansen &amp; Zoon &lt;B.V.&gt; &quot;q&quot; &#39;a&#39;"))
    }

    /// `SiteRenderer.mustacheValue` as it was, with plain strings.
    static func plainValue(_ value: TemplateValue) -> Any {
        switch value {
        case let .text(text), let .markdown(text): return text
        case let .flag(flag): return flag
        case let .list(list): return list.map(plainValue)
        case let .map(map): return map.compactMapValues { $0.isSet || $0 == .flag(false) ? plainValue($0) : nil }
        case .absent, .unknown: return ""
        }
    }
}
