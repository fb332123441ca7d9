import Mustache
import Testing
@testable import SiteGenKit

/// Pages are rendered with records, wrapped values and sitegen's own escaping instead of nested
/// dictionaries, strings and swift-mustache's escaping; templates must not see the difference,
/// including in what the documentation leaves out (transforms, `{{.}}`, partials, missing names).
@Suite struct PageTemplateContextTests {
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
        let typed = PageTemplateContext(
            site: ["lang": TemplateText("nl"), "title": TemplateText("Privacy & <cookies>"), "company": TemplateText("A&B"),
                   "base_url": TemplateText("https://x.nl/"), "canonical": TemplateText("https://x.nl/a?b=1&c=2")],
            page: ["title": TemplateText("Titel 'x'"), "body": TemplateText("<p>Body & more</p>"),
                   "toc": headings.map(PageTemplateContext.TOCEntry.init), "has_toc": !headings.isEmpty,
                   "updated": TemplateText("1 januari 2025")],
            root: "../", assets: ["style_css": "assets/style.1.css"], brand: ["primary": "#123", "font": "Arial, 'x'"],
            generator: "sitegen 1", feed: headings.isEmpty ? nil : "../feed.xml",
            company: SiteRenderer.mustacheValue(Self.company), dpo: SiteRenderer.mustacheValue(dpo), authority: nil)
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
        case .absent: return ""
        }
    }
}
