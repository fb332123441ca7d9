import Foundation
import Mustache

/// The templates a tenant's pages are rendered with, after the lookup: the tenant's own template,
/// then the theme's, then sitegen's built-in one — first match wins, per template name, so a tenant
/// can replace one partial (say the footer) without copying the theme.
struct TemplateSet: Sendable {
    /// The chosen source of every template name.
    let sources: [String: TemplateSource]
    /// The compiled library used for rendering.
    let library: MustacheLibrary

    /// Chooses, checks and compiles templates. Syntax errors, scripts, and names that the template
    /// does not see where it is rendered (`TemplateNameCheck`) are reported with file, line and
    /// column; `tenantAssets` are the file names of the tenant's own assets.
    static func resolve(tenant: [String: TemplateSource], theme: ThemeSource, brandParameters: Set<String>,
                        tenantAssets: [String] = [], diagnostics: inout Diagnostics) -> TemplateSet? {
        var sources = BuiltinTemplates.all
        sources.merge(theme.templates) { _, theme in theme }
        sources.merge(tenant) { _, tenant in tenant }
        for (name, source) in tenant.sorted(by: { $0.key < $1.key }) where theme.templates[name] == nil && BuiltinTemplates.all[name] == nil {
            diagnostics.report(.error("unknown template '\(name)'", at: .init(file: source.file),
                                      notes: ["a tenant can only override templates the theme '\(theme.name)' or sitegen has: "
                                              + sources.keys.filter { tenant[$0] == nil }.sorted().joined(separator: ", ")]))
        }
        var library = MustacheLibrary()
        var read: [String: (source: TemplateSource, syntax: TemplateSyntax)] = [:]
        let errorsBefore = diagnostics.errorCount
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            // sitegen's own templates are read and compiled once per process; a test checks them.
            if source.file == BuiltinTemplates.all[name]?.file, let compiled = BuiltinTemplates.compiled[name],
               let syntax = builtinSyntax[name] {
                library.register(compiled, named: name)
                read[name] = (source, syntax)
                continue
            }
            switch TemplateSyntax.parse(source.text) {
            case let .failure(problem):
                diagnostics.report(.error(problem.message, at: .init(file: source.file, line: problem.position.line, column: problem.position.column),
                                          notes: problem.notes))
                continue
            case let .success(syntax):
                read[name] = (source, syntax)
                diagnostics.report(contentsOf: TemplateMarkupCheck.problems(in: syntax, file: source.file))
            }
            do {
                library.register(try compile(name, source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                // `TemplateSyntax` accepts only what swift-mustache reads; this is a safety net.
                let line = error.context.lineNumber - TemplateContentType.pragmaLines
                diagnostics.report(.error("invalid template: \(error.error)",
                                          at: .init(file: source.file, line: line, column: error.context.columnNumber)))
            } catch {
                diagnostics.report(.error("invalid template: \(error)", at: .init(file: source.file)))
            }
        }
        let present = Set((theme.assets.map(\.name) + tenantAssets).map(SiteRenderer.assetKey))
        let assets = present.union(optionalAssets.map(SiteRenderer.assetKey)).sorted()
        var check = TemplateNameCheck(templates: read, unreadable: Set(sources.keys).subtracting(read.keys), keys: [
            TemplateKeys(name: "brand", keys: brandParameters.sorted(), subject: "theme parameter",
                         notes: ["theme '\(theme.name)' has: \(brandParameters.sorted().joined(separator: ", "))",
                                 "declare it under 'params:' in theme.yaml"]),
            TemplateKeys(name: "assets", keys: assets, subject: "asset",
                         notes: ["assets: \(assets.joined(separator: ", ")) (a template names an asset by its file name with '.' and '-' as '_'; "
                                 + "assets.style_css is the theme's stylesheet and assets.logo_svg a tenant's logo, either absent when there is none)"],
                         optional: Set(assets).subtracting(present)),
        ])
        check.run()
        diagnostics.report(contentsOf: check.diagnostics)
        diagnostics.report(contentsOf: TemplateExpansion.problems(in: read))
        for (name, source) in sources.sorted(by: { $0.key < $1.key })
        where read[name] != nil && source.file != BuiltinTemplates.all[name]?.file && !check.reached.contains(name)
            && (theme.templates[name] != nil || BuiltinTemplates.all[name] != nil) {
            diagnostics.report(.warning("template '\(name)' is never rendered: sitegen does not render it and no template includes it",
                                        at: .init(file: source.file),
                                        notes: ["include it with {{> \(name)}}, or remove the file"]))
        }
        return diagnostics.errorCount > errorsBefore ? nil : TemplateSet(sources: sources, library: library)
    }

    /// Assets a template may name although the theme may lack them, tested with `{{#assets.…}}`:
    /// the stylesheet (sitegen's own `head` links it when there is one) and a tenant's logo.
    static let optionalAssets = ["style.css", AssetCheck.logoName]

    /// The built-in templates read once per process.
    private static let builtinSyntax: [String: TemplateSyntax] = BuiltinTemplates.all.compactMapValues { try? TemplateSyntax.parse($0.text).get() }

    /// Compiles `text` as the template `name`, with the content type its kind needs.
    static func compile(_ name: String, _ text: String) throws -> MustacheTemplate {
        let pragma = BuiltinTemplates.textTemplates.contains(name) ? PlainTextContentType.pragma : TemplateContentType.pragma
        return try MustacheTemplate(string: pragma + text)
    }

    /// Renders the template `name` with `context`. A text template's one final line break (the end of
    /// its file) is dropped.
    func render(_ name: String, _ context: TemplateContext) -> String {
        let rendered = library.render(context, withTemplate: name) ?? ""
        guard BuiltinTemplates.textTemplates.contains(name), rendered.last?.isNewline == true else { return rendered }
        return String(rendered.dropLast())
    }
}
