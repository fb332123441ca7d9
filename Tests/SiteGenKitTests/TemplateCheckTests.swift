import Foundation
import Testing
@testable import SiteGenKit

/// Templates are checked against the names `TemplateCatalog` declares; the error cases are pinned
/// in Fixtures/invalid (`template-*`, `unused-theme-template`). These tests keep the declarations
/// true to what pages are rendered with, and the shipped templates free of problems.
@Suite struct TemplateCheckTests {
    /// The names under `company`, `dpo` and `authority` that templates may use are declared in
    /// `TenantValueNames`; they must be exactly what `TenantValues` makes, or a checked template
    /// could name a value that is never there (or be refused one that is).
    @Test(arguments: ["js-ict", "webcircuit", "juict"])
    func tenantValueNamesAreWhatTenantValuesMakes(tenant: String) throws {
        var diagnostics = Diagnostics()
        let loader = ProjectLoader(root: TestSupport.repoRoot)
        let source = try #require(loader.loadTenant(tenant, diagnostics: &diagnostics))
        let values = TenantValues.make(for: source, libraries: loader.loadLibraries(diagnostics: &diagnostics), diagnostics: &diagnostics)
        for (name, declared) in [("company", TenantValueNames.company), ("dpo", TenantValueNames.dpo), ("authority", TenantValueNames.authority)] {
            #expect(Self.paths(of: try #require(values[name]), prefix: name) == Self.paths(of: declared, prefix: name))
        }
    }

    /// Every theme that ships, with sitegen's built-in templates, has no template problem.
    @Test func shippedThemesHaveNoTemplateProblems() throws {
        let loader = ProjectLoader(root: TestSupport.repoRoot)
        let names = loader.themeNames()
        #expect(names.count >= 3)
        for name in names {
            var diagnostics = Diagnostics()
            let folder = try #require(loader.readTheme(name))
            let theme = try #require(loader.loadTheme(name, from: folder, diagnostics: &diagnostics))
            let set = TemplateSet.resolve(tenant: [:], theme: theme, brandParameters: Set((theme.config.params ?? [:]).keys),
                                          diagnostics: &diagnostics)
            #expect(set != nil)
            #expect(diagnostics.all.isEmpty, "theme '\(name)': \(diagnostics.all.map(\.description))")
        }
    }

    /// A name that exists somewhere, but not where the template uses it, is unknown: Mustache
    /// looks a section's names up in its item first, then in the levels around it, never deeper.
    @Test func namesResolveAsMustacheDoes() throws {
        let loader = ProjectLoader(root: TestSupport.repoRoot)
        var loading = Diagnostics()
        let folder = try #require(loader.readTheme("classic"))
        let theme = try #require(loader.loadTheme("classic", from: folder, diagnostics: &loading))
        func problems(_ footer: String) -> [String] {
            var diagnostics = Diagnostics()
            _ = TemplateSet.resolve(tenant: ["footer": TemplateSource(name: "footer", text: footer, file: "footer.mustache")], theme: theme,
                                    brandParameters: Set((theme.config.params ?? [:]).keys), diagnostics: &diagnostics)
            return diagnostics.all.filter { $0.severity == .error }.map(\.message)
        }
        #expect(problems("{{#page.toc}}{{id}} {{site.title}} {{page.title}}{{/page.toc}}").isEmpty)
        #expect(problems("{{id}}") == ["unknown name 'id'"])
        #expect(problems("{{#page}}{{title}} {{toc}}{{/page}}") == ["'{{toc}}' prints a list, not a value"])
        #expect(problems("{{#page.toc}}{{#first()}}{{text}}{{/first()}}{{/page.toc}} {{count(page.toc)}}").isEmpty)
        #expect(problems("{{#first()}}x{{/first()}}") == ["'{{#first()}}' asks for the position in a list, outside any list"])
        #expect(problems("{{#company.address}}{{city}}{{/company.address}} {{.name}}") == ["unknown name '.name'"])
        #expect(problems("{{{page.body}}} {{#page.body}}{{{.}}}{{/page.body}}").isEmpty)
    }

    /// A partial sees the names where it is included: a theme's own partial for a contents entry
    /// is right inside `{{#page.toc}}` and wrong outside it, and a partial no template includes
    /// is a warning (it would never be rendered).
    @Test func partialsSeeTheNamesWhereTheyAreIncluded() throws {
        let loader = ProjectLoader(root: TestSupport.repoRoot)
        var loading = Diagnostics()
        let folder = try #require(loader.readTheme("classic"))
        let classic = try #require(loader.loadTheme("classic", from: folder, diagnostics: &loading))
        func diagnostics(toc: String, extra: [String: String]) -> [String] {
            var templates = classic.templates
            templates["toc"] = TemplateSource(name: "toc", text: toc, file: "themes/classic/templates/toc.mustache")
            for (name, text) in extra { templates[name] = TemplateSource(name: name, text: text, file: "themes/classic/templates/\(name).mustache") }
            let theme = ThemeSource(name: classic.name, config: classic.config, configFile: classic.configFile,
                                    keyLocations: classic.keyLocations, templates: templates, assets: classic.assets)
            var diagnostics = Diagnostics()
            _ = TemplateSet.resolve(tenant: [:], theme: theme, brandParameters: Set((classic.config.params ?? [:]).keys), diagnostics: &diagnostics)
            return diagnostics.sorted.map(\.description)
        }
        let entry = ["toc-entry": "<li><a href=\"#{{id}}\">{{text}}</a></li>"]
        #expect(diagnostics(toc: "<ol>{{#page.toc}}{{> toc-entry}}{{/page.toc}}</ol>", extra: entry).isEmpty)
        #expect(diagnostics(toc: "<ol>{{> toc-entry}}</ol>", extra: entry).first?.hasPrefix("themes/classic/templates/toc-entry.mustache:1:15: error: unknown name 'id'") == true)
        #expect(diagnostics(toc: "<ol></ol>", extra: entry)
                == ["themes/classic/templates/toc-entry.mustache: warning: template 'toc-entry' is never rendered: sitegen does not render it and no template includes it\n"
                    + "themes/classic/templates/toc-entry.mustache: note: include it with {{> toc-entry}}, or remove the file"])
    }

    /// Scripts are found however the text around them is written: in attributes after a quoted
    /// `>`, in any case, split by a comment.
    @Test func scriptsAreFoundWhereverTheyHide() throws {
        func problems(_ text: String) throws -> [String] {
            let syntax = try TemplateSyntax.parse(text).get()
            return TemplateMarkupCheck.problems(in: syntax, file: "t.mustache").map { "\($0.location!.line):\($0.location!.column) \($0.message)" }
        }
        #expect(try problems("<a title=\"a>b\" onclick=\"x()\">") == ["1:16 a template may not contain the event-handler attribute 'onclick'"])
        #expect(try problems("<p>\n<SCR{{! }}IPT>") == ["2:1 a template may not contain a <script> element"])
        #expect(try problems("<p>Questions on = answers</p> <img alt=\"only\">").isEmpty)
        #expect(try problems(String(repeating: "<", count: 20_000)).isEmpty)
    }

    private static func paths(of value: TemplateValue, prefix: String) -> [String] {
        guard case let .map(map) = value else { return [prefix] }
        return map.keys.sorted().flatMap { paths(of: map[$0]!, prefix: prefix + "." + $0) }
    }

    private static func paths(of docs: [TemplateNameDoc], prefix: String) -> [String] {
        docs.sorted { $0.name < $1.name }.flatMap { doc -> [String] in
            if case let .record(nested) = doc.kind { return paths(of: nested, prefix: prefix + "." + doc.name) }
            return [prefix + "." + doc.name]
        }
    }
}
