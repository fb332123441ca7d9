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

    /// Chooses and compiles templates; parse errors and references to unknown partials or brand
    /// parameters are reported with file and line.
    static func resolve(tenant: [String: TemplateSource], theme: ThemeSource, brandParameters: Set<String>,
                        diagnostics: inout Diagnostics) -> TemplateSet? {
        var sources = BuiltinTemplates.all
        sources.merge(theme.templates) { _, theme in theme }
        sources.merge(tenant) { _, tenant in tenant }
        for (name, source) in tenant.sorted(by: { $0.key < $1.key }) where theme.templates[name] == nil && BuiltinTemplates.all[name] == nil {
            diagnostics.report(.error("unknown template '\(name)'", at: .init(file: source.file),
                                      notes: ["a tenant can only override templates the theme '\(theme.name)' or sitegen has: "
                                              + sources.keys.filter { tenant[$0] == nil }.sorted().joined(separator: ", ")]))
        }
        var library = MustacheLibrary()
        var failed = false
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            // sitegen's own templates are compiled once per process and never need checking.
            if source.file == BuiltinTemplates.all[name]?.file, let compiled = BuiltinTemplates.compiled[name] {
                library.register(compiled, named: name)
                continue
            }
            do {
                library.register(try compile(name, source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                let line = error.context.lineNumber - TemplateContentType.pragmaLines
                diagnostics.report(.error("invalid template: \(error.error)",
                                          at: .init(file: source.file, line: line, column: error.context.columnNumber)))
                failed = true
            } catch {
                diagnostics.report(.error("invalid template: \(error)", at: .init(file: source.file)))
                failed = true
            }
            checkReferences(in: source, partials: Set(sources.keys), brandParameters: brandParameters, diagnostics: &diagnostics)
        }
        return failed ? nil : TemplateSet(sources: sources, library: library)
    }

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

    /// Mustache renders unknown names as nothing; a misspelt partial or brand parameter would
    /// silently vanish from every page, so they are checked here.
    private static func checkReferences(in source: TemplateSource, partials: Set<String>, brandParameters: Set<String>,
                                        diagnostics: inout Diagnostics) {
        for (lineIndex, line) in source.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let open = rest.range(of: "{{") {
                guard let close = rest[open.upperBound...].range(of: "}}") else { break }
                let column = line.distance(from: line.startIndex, to: open.lowerBound) + 1
                let tag = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: CharacterSet(charactersIn: "{}&#^/ "))
                let location = Diagnostic.Location(file: source.file, line: lineIndex + 1, column: column)
                if rest[open.upperBound...].hasPrefix(">") {
                    let name = tag.dropFirst().trimmingCharacters(in: .whitespaces)
                    if !partials.contains(name) {
                        diagnostics.report(.error("unknown template '\(name)'", at: location,
                                                  notes: ["templates: " + partials.sorted().joined(separator: ", ")]))
                    } else if BuiltinTemplates.textTemplates.contains(name) {
                        diagnostics.report(.error("'\(name)' makes plain text and cannot be included with {{> \(name)}}", at: location,
                                                  notes: ["its values are not HTML-escaped; sitegen renders it on its own and escapes the result where it is shown"]))
                    }
                } else if rest[open.upperBound...].hasPrefix("{") || rest[open.upperBound...].hasPrefix("&"),
                          !TemplateCatalog.htmlNames.contains(tag) {
                    diagnostics.report(.error("'\(tag)' is inserted without escaping, but it is not HTML", at: location,
                                              notes: ["write {{\(tag)}}; only HTML that sitegen makes (page.body, a redline section's html) may be inserted with {{{…}}}"]))
                } else if tag.hasPrefix("brand.") {
                    let name = String(tag.dropFirst("brand.".count))
                    if !brandParameters.contains(name) {
                        diagnostics.report(.error("unknown theme parameter '\(name)'", at: location,
                                                  notes: ["declare it under 'params:' in theme.yaml"]))
                    }
                }
                rest = rest[close.upperBound...]
            }
        }
    }
}
