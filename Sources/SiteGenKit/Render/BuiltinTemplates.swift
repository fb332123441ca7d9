/// sitegen's own templates, the last step of the lookup: a theme only has to provide what it
/// changes. Kept plain and accessible so a bare theme still gives a valid page.
enum BuiltinTemplates {
    /// The built-in templates by name.
    static let all: [String: TemplateSource] = [
        "page": builtin("page", """
            <!DOCTYPE html>
            <html lang="{{site.lang}}">
            <head>
            {{> head}}
            </head>
            <body>
            {{> header}}
            <div class="layout">
            {{> toc}}
            <main id="inhoud">
            <h1>{{page.title}}</h1>
            {{{page.body}}}
            </main>
            </div>
            {{> footer}}
            </body>
            </html>

            """),
        "head": builtin("head", """
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{{page.title}} – {{site.company}}</title>
            <link rel="canonical" href="{{site.canonical}}">
            {{#feed}}<link rel="alternate" type="application/atom+xml" title="Wijzigingen" href="{{feed}}">{{/feed}}
            {{#assets.style_css}}<link rel="stylesheet" href="{{root}}{{assets.style_css}}">{{/assets.style_css}}
            """),
        "header": builtin("header", """
            <a class="skip-link" href="#inhoud">Naar de inhoud</a>
            <header class="site-header"><p class="wordmark">{{site.company}}</p></header>
            """),
        "toc": builtin("toc", """
            {{#page.has_toc}}
            <nav class="toc" aria-labelledby="toc-title">
            <p id="toc-title" class="toc-title">Inhoud</p>
            <ol>
            {{#page.toc}}<li class="toc-level-{{level}}"><a href="#{{id}}">{{text}}</a></li>
            {{/page.toc}}
            </ol>
            </nav>
            {{/page.has_toc}}
            """),
        "footer": builtin("footer", """
            <footer class="site-footer">
            <p>{{company.name}} · {{company.address.street}}, {{company.address.postal_code}} {{company.address.city}}</p>
            <p>Gemaakt met {{generator}}</p>
            </footer>
            """),
    ]

    private static func builtin(_ name: String, _ text: String) -> TemplateSource {
        TemplateSource(name: name, text: text, file: "<built-in>/\(name).mustache")
    }
}
