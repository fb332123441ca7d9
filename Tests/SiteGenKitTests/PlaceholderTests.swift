import Testing
@testable import SiteGenKit

/// The placeholder language: values, escaping by landing place, blocks, includes and errors.
@Suite struct PlaceholderTests {
    static let values = TemplateValue.map([
        "company": .map(["name": .text("A|B *C* <x>"), "website": .absent, "address": .text("Straat 1\n1234 AB Stad")]),
        "vars": .map(["letter": .flag(true), "intro": .markdown("Een *eigen* zin."), "kind": .text("telecom")]),
        "rows": .list([.map(["data": .markdown("Naam | adres"), "label": .text("Algemeen")]),
                       .map(["data": .markdown("IP"), "label": .text("")])]),
    ])

    /// Expands `source` and returns the Markdown and the messages of any diagnostics.
    func expand(_ source: String, clauses: [String: String] = [:]) -> (String, [String]) {
        var diagnostics: [Diagnostic] = []
        let template = PlaceholderTemplate.parse(source, file: "c.md", diagnostics: &diagnostics)
        var parsed: [String: PlaceholderTemplate] = [:]
        for (id, text) in clauses { parsed[id] = PlaceholderTemplate.parse(text, file: "\(id).md", diagnostics: &diagnostics) }
        var expander = PlaceholderExpander(root: Self.values, tenantID: "acme") { parsed[$0] }
        let text = expander.expand(template, clauseID: "c")
        return (text, (diagnostics + expander.diagnostics).map { "\($0.location?.formatted ?? ""): \($0.message)" })
    }

    @Test func valuesAreEscapedForMarkdown() {
        let (text, problems) = expand("Naam: {{company.name}}.")
        #expect(text == #"Naam: A\|B \*C\* \<x\>."#)
        #expect(problems.isEmpty)
    }

    @Test func lineBreaksBecomeHardBreaksInTextAndSpacesInTables() {
        #expect(expand("{{company.address}}").0 == "Straat 1\\\n1234 AB Stad")
        #expect(expand("| {{company.address}} |").0 == "| Straat 1 1234 AB Stad |")
    }

    @Test(arguments: [
        ("{{#if vars.letter}}ja{{else}}nee{{/if}}", "ja"),
        ("{{#unless vars.letter}}ja{{else}}nee{{/unless}}", "nee"),
        ("{{#if company.website}}ja{{else}}nee{{/if}}", "nee"),
        ("{{#if vars.kind == \"telecom\"}}ja{{/if}}", "ja"),
        ("{{#if vars.kind != \"telecom\"}}ja{{/if}}", ""),
        ("{{{vars.intro}}}", "Een *eigen* zin."),
    ])
    func blocksAndMarkdownValues(source: String, expected: String) {
        let (text, problems) = expand(source)
        #expect(text == expected)
        #expect(problems.isEmpty)
    }

    @Test func eachRepeatsAndStandaloneTagLinesVanish() {
        let source = "| a | b |\n|---|---|\n{{#each rows}}\n| {{label}} | {{data}} |\n{{/each}}\nna"
        let (text, problems) = expand(source)
        #expect(text == "| a | b |\n|---|---|\n| Algemeen | Naam \\| adres |\n|  | IP |\nna")
        #expect(problems.isEmpty)
    }

    @Test func includesExpandAndCyclesAreReported() {
        #expect(expand("Voor {{> part}} na", clauses: ["part": "midden\n"]).0 == "Voor midden na")
        #expect(expand("{{> zz}}").1 == ["c.md:1:1: unknown clause 'zz' in '{{> zz}}'"])
        let (_, cycle) = expand("{{> a}}", clauses: ["a": "{{> b}}", "b": "{{> a}}"])
        #expect(cycle == ["b.md:1:1: clause include cycle: c → a → b → a"])
    }

    @Test(arguments: [
        ("{{company.nmae}}", "c.md:1:1: unknown name 'company.nmae'"),
        ("x {{#if vars.letter}}y", "c.md:1:3: '{{#if}}' is never closed"),
        ("{{/each}}", "c.md:1:1: '{{/each}}' does not close an open '{{#each}}'"),
        ("{{company.website}}", "c.md:1:1: 'company.website' is not set for this tenant"),
        ("{{{company.name}}}", "c.md:1:1: 'company.name' is text, not Markdown; use '{{company.name}}'"),
        ("{{#each company.name}}x{{/each}}", "c.md:1:1: 'company.name' is text, not a list"),
        ("a {{company.name", "c.md:1:3: '{{' without a closing '}}' on the same line"),
        ("{{#for x}}{{/for}}", "c.md:1:1: unknown block '{{#for x}}'"),
    ])
    func errorsNameTheirPlace(source: String, message: String) {
        let (_, problems) = expand(source)
        #expect(problems.first == message)
    }

    @Test func unknownNamesSuggestTheClosestKnownOne() {
        var diagnostics: [Diagnostic] = []
        let template = PlaceholderTemplate.parse("{{company.nmae}}", file: "c.md", diagnostics: &diagnostics)
        var expander = PlaceholderExpander(root: Self.values, tenantID: "acme") { _ in nil }
        _ = expander.expand(template)
        #expect(expander.diagnostics.first?.notes == ["did you mean 'company.name'?", "while building tenant 'acme'"])
    }
}
