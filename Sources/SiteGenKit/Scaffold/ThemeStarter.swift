/// The files of a minimal new theme: a theme.yaml without parameters and one stylesheet for the
/// markup of sitegen's built-in templates. Plain, readable from 320 px, light and dark schemes
/// and print, colours at WCAG AA; a starting point to edit, not a finished design.
struct ThemeStarter {
    /// The theme's folder name.
    let name: String

    /// `dark-blue` → `Dark Blue`, for theme.yaml's `name:`.
    static func displayName(_ name: String) -> String {
        name.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }.joined(separator: " ")
    }

    /// The files, with paths relative to the theme's folder.
    var files: [(path: String, text: String)] {
        [("theme.yaml", themeYAML), ("assets/style.css", styleSheet)]
    }

    private var themeYAML: String {
        """
        name: \(TenantYAML.quoted(Self.displayName(name)))
        description: >-
          A new theme on sitegen's built-in templates; describe its layout here.
        # Brand parameters a tenant may set under brand: in its tenant.yaml. None yet: to add one,
        # declare it with a default, pass it to the stylesheet from a templates/head.mustache of this
        # theme, and list each text/background pair that must stay readable (WCAG AA, 4.5:1) under
        # contrast:. docs/themes.md shows all three steps.
        params: {}
        #   primary: { default: "#0b5394" }      # links and headings
        # contrast:
        #   - [primary, "#ffffff"]

        """
    }

    private var styleSheet: String {
        """
        /*
         * sitegen – theme "\(name)". Styles the markup of sitegen's built-in templates: .skip-link,
         * header.site-header .wordmark, div.layout with nav.toc and main#inhoud, footer.site-footer,
         * .table-scroll around every table, ins/del and .redline on the changelog. No web fonts, no
         * external URLs: a theme loads nothing from another host.
         */
        :root { color-scheme: light dark; --fg: #1a1a1a; --bg: #ffffff; --link: #0b5394; --muted: #595959; --line: #c9c9c9; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6e6e6; --bg: #121417; --link: #8cc4ff; --muted: #b0b0b0; --line: #44484e; }
        }
        *, *::before, *::after { box-sizing: border-box; }
        body { margin: 0; background: var(--bg); color: var(--fg); line-height: 1.6; overflow-wrap: break-word;
          font-family: system-ui, -apple-system, Segoe UI, Roboto, Helvetica Neue, Arial, sans-serif; }
        .site-header, .layout, .site-footer { max-width: 48rem; margin: 0 auto; padding: 0 1.25rem; }
        .site-header { padding-top: 1rem; padding-bottom: 1rem; border-bottom: 1px solid var(--line); }
        .wordmark { margin: 0; font-weight: 700; }
        a { color: var(--link); }
        a:focus-visible { outline: 3px solid var(--link); outline-offset: 2px; }
        .skip-link { position: absolute; left: -999rem; }
        .skip-link:focus { position: static; display: block; padding: 0.5rem 1.25rem; }
        .toc { margin: 1.5rem 0; padding: 0.75rem 1rem; border: 1px solid var(--line); }
        .toc-title { margin: 0 0 0.5rem; font-weight: 700; }
        .toc ol { margin: 0; padding-left: 1.25rem; }
        .toc-level-3 { margin-left: 1rem; }
        .table-scroll { position: relative; overflow-x: auto; margin: 0 0 1rem; }
        table { border-collapse: collapse; min-width: 100%; }
        th, td { padding: 0.375rem 0.5rem; border: 1px solid var(--line); text-align: left; vertical-align: top; }
        ins { text-decoration: underline; }
        del { text-decoration: line-through; }
        .statement-meta, .site-footer, .footnotes { color: var(--muted); }
        .site-footer { margin-top: 3rem; padding-top: 1rem; padding-bottom: 2rem; border-top: 1px solid var(--line); font-size: 0.9rem; }
        @media print {
          :root { --fg: #000000; --bg: #ffffff; --link: #000000; --muted: #333333; }
          .skip-link, .toc { display: none; }
          main a[href^="http"]::after { content: " (" attr(href) ")"; }
          tr { break-inside: avoid; }
        }

        """
    }
}
