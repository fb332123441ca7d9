import Mustache

/// sitegen's own templates, the last step of the lookup: a theme only has to provide what it
/// changes. Kept plain and accessible so a bare theme still gives a valid page. Which names each
/// template sees is declared in `PageTemplateContext`, `VersionTemplateContext` and
/// `ChangelogTemplateContext`, and listed in docs/themes.md.
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
            <meta name="viewport" content="width=device-width, initial-scale=1">{{#draft}}<meta name="robots" content="noindex">{{/draft}}
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
        "current-notice": builtin("current-notice", """
            <p class="statement-meta">{{#version.in_force}}Dit is de versie die nu geldt. Geldig vanaf {{#version.date}}<time datetime="{{version.date}}">{{version.date_text}}</time>{{/version.date}}{{^version.date}}{{version.date_text}}{{/version.date}}{{#version.published_differs}} (gepubliceerd op <time datetime="{{version.published}}">{{version.published_text}}</time>){{/version.published_differs}}{{/version.in_force}}{{#version.announced}}<strong>Aangekondigd – geldt vanaf {{#version.date}}<time datetime="{{version.date}}">{{version.date_text}}</time>{{/version.date}}{{^version.date}}{{version.date_text}}{{/version.date}}</strong>{{/version.announced}} · <a href="{{root}}changelog/index.html">Wijzigingen en eerdere versies</a></p>

            """),
        "announcement-notice": builtin("announcement-notice", """
            <p class="announcement-notice" role="note"><strong>Per {{version.date_text}} geldt een nieuwe versie van deze privacyverklaring.</strong> <a href="{{root}}changelog/index.html#versie-{{version.number}}">Bekijk wat er verandert</a>.</p>

            """),
        "archive-notice": builtin("archive-notice", """
            <p class="archive-notice" role="note">{{#version.in_force}}<strong>Versie {{version.number}}</strong>: dit is de versie die nu geldt. Geldig vanaf {{#version.date}}<time datetime="{{version.date}}">{{version.date_text}}</time>{{/version.date}}{{^version.date}}{{version.date_text}}{{/version.date}}{{#version.published_differs}} (gepubliceerd op <time datetime="{{version.published}}">{{version.published_text}}</time>){{/version.published_differs}}.{{/version.in_force}}{{#version.announced}}<strong>Versie {{version.number}}</strong>: aangekondigd – geldt vanaf {{#version.date}}<time datetime="{{version.date}}">{{version.date_text}}</time>{{/version.date}}{{^version.date}}{{version.date_text}}{{/version.date}}{{#version.published_differs}} (gepubliceerd op <time datetime="{{version.published}}">{{version.published_text}}</time>){{/version.published_differs}}.{{/version.announced}}{{#version.superseded}}<strong>Gearchiveerde versie {{version.number}}</strong>. Gold {{#version.date}}van <time datetime="{{version.date}}">{{version.date_text}}</time> {{/version.date}}tot <time datetime="{{version.until}}">{{version.until_text}}</time>.{{/version.superseded}} <a href="{{root}}index.html">Bekijk de privacyverklaring die nu geldt</a> of <a href="{{root}}changelog/index.html">alle wijzigingen</a>.</p>

            """),
        "draft-banner": builtin("draft-banner", """
            <p class="draft-banner" role="note"><strong>Concept – niet gepubliceerd</strong>. Deze tekst is nog niet vrijgegeven en geldt niet. <a href="{{root}}concept/index.html">Vergelijk met de versie die nu geldt</a>.</p>

            """),
        "archive-title": builtin("archive-title", "{{site.title}} (versie {{version.number}}, {{version.date_text}})"),
        "intro-title": builtin("intro-title", "Inleiding"),
        "version-heading": builtin("version-heading", "Versie {{version.number}} – {{version.date_text}}"),
        "changelog-title": builtin("changelog-title", "Wijzigingen in de {{lowercased(site.title)}}"),
        "changelog": builtin("changelog", """
            <p>Hier ziet u wanneer deze privacyverklaring is gewijzigd en wat er is veranderd. Verwijderde tekst is <del>doorgehaald</del>, nieuwe tekst is <ins>onderstreept</ins>. U kunt wijzigingen ook volgen via de <a href="{{root}}feed.xml">Atom-feed</a>.</p>
            {{#entries}}
            <h2 id="{{anchor}}">{{heading}}</h2>
            <p>{{version.summary}}</p>
            {{#version.approved_by}}
            <p class="approved-by">Goedgekeurd door {{version.approved_by}}.</p>
            {{/version.approved_by}}
            {{#version.announced}}
            <p class="announced"><strong>Aangekondigd – geldt vanaf {{#version.date}}<time datetime="{{version.date}}">{{version.date_text}}</time>{{/version.date}}{{^version.date}}{{version.date_text}}{{/version.date}}</strong></p>
            {{/version.announced}}
            {{#version.no_notice_reason}}
            <p class="no-notice-reason">Ingegaan zonder voorafgaande aankondiging: {{version.no_notice_reason}}</p>
            {{/version.no_notice_reason}}
            <p><a href="{{root}}versions/{{version.number}}/index.html">Versie {{version.number}} zoals gepubliceerd{{#version.published}} op {{version.published_text}}{{/version.published}}</a></p>
            {{#redline}}
            {{> redline}}
            {{/redline}}
            {{^redline}}
            <p>Eerste gepubliceerde versie.</p>
            {{/redline}}
            {{/entries}}

            """),
        "draft-comparison-title": builtin("draft-comparison-title", "Concept vergeleken met de versie die nu geldt"),
        "draft-comparison": builtin("draft-comparison", """
            <p class="draft-banner" role="note"><strong>Concept – niet gepubliceerd</strong>. {{#version}}Hieronder ziet u wat dit concept verandert ten opzichte van versie {{version.number}}, de versie die nu geldt. Verwijderde tekst is <del>doorgehaald</del>, nieuwe tekst is <ins>onderstreept</ins>.{{/version}}{{^version}}Er is nog geen versie vrijgegeven: alle tekst is nieuw.{{/version}} <a href="{{root}}index.html">Terug naar het concept</a>.</p>
            {{#redline}}
            {{> redline}}
            {{/redline}}

            """),
        "redline": builtin("redline", """
            <div class="redline">
            {{#sections}}
            {{#changed}}
            <section class="redline-changed" aria-label="Gewijzigd in versie {{version.number}}: {{title}}">
            {{{html}}}
            </section>
            {{/changed}}
            {{^changed}}
            <details class="redline-unchanged"><summary>{{title}} <span class="unchanged">(ongewijzigd)</span></summary>
            {{{html}}}
            </details>
            {{/changed}}
            {{/sections}}
            </div>

            """),
    ]

    /// The built-in templates compiled, once per process: every theme falls back to them, and
    /// compiling them per theme cost more than rendering a tenant's notices. A test compiles each.
    static let compiled: [String: MustacheTemplate] = all.compactMapValues { try? TemplateSet.compile($0.name, $0.text) }

    /// Templates whose output is plain text — a page title, a heading — not HTML: their values are
    /// not escaped, and the page escapes their result where it lands. They are rendered on their own,
    /// never included in an HTML template; one final line break is dropped.
    static let textTemplates: Set<String> = ["archive-title", "version-heading", "intro-title", "changelog-title", "draft-comparison-title"]

    private static func builtin(_ name: String, _ text: String) -> TemplateSource {
        TemplateSource(name: name, text: text, file: "<built-in>/\(name).mustache")
    }
}
