import Foundation
import Testing
@testable import SiteGenKit

/// Templates that loaded or rendered for seconds to forever, found with the `FuzzTemplate` target
/// and by growing its inputs (docs/fuzzing.md). Each is refused with one error.
extension HostileInputTests {
    /// A tenant's templates, as files of the minimal project.
    private func templates(_ templates: [String: String]) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: templates.map { ("tenants/acme/templates/\($0.key).mustache", Data($0.value.utf8)) })
    }

    /// swift-mustache's parser counts the rest of the text at every tag: 10,000 tags (160 KB) took
    /// over 10 s to load, 40,000 over two minutes.
    @Test func aTemplateOverTheSizeLimitIsRefusedUnparsed() throws {
        let footer = "<footer>" + String(repeating: "{{company.name}}", count: 40_000) + "</footer>"
        let result = try build(templates(["footer": footer]))
        #expect(result.errors == """
            tenants/acme/templates/footer.mustache:1:1: error: template is too large: 640017 bytes, more than the 32 KB sitegen reads as a template
            tenants/acme/templates/footer.mustache:1:1: note: templates are a few kilobytes; is this the right file? Images and styles belong in assets/
            """)
        #expect(result.report.built.isEmpty)
    }

    /// Every heading repeated the whole contents list again: six levels rendered each page 4⁶ times
    /// over, a few hundred would never end.
    @Test func aListRepeatedInsideItselfIsRefused() throws {
        let result = try build(templates(["toc": "<ol>{{#page.toc}}<li>{{#page.toc}}{{text}}{{/page.toc}}</li>{{/page.toc}}</ol>\n"]))
        #expect(result.errors == """
            tenants/acme/templates/toc.mustache:1:22: error: '{{#page.toc}}' repeats over a list inside a repeat over the same list ({{#page.toc}})
            tenants/acme/templates/toc.mustache:1:22: note: every item would repeat the whole list again; use the names of the item you are in
            """)
    }

    /// Three different lists nested multiply their lengths; two (versions and their sections) is what a changelog needs.
    @Test func listsNestedThreeDeepAreRefused() throws {
        let changelog = "{{#entries}}{{#redline}}{{#sections}}{{#sorted(version)}}{{key}}{{/sorted(version)}}{{{html}}}{{/sections}}{{/redline}}{{/entries}}\n"
        let result = try build(templates(["changelog": changelog]))
        #expect(result.errors == """
            tenants/acme/templates/changelog.mustache:1:38: error: '{{#sorted(version)}}' repeats over a list inside 2 others ({{#entries}}, {{#sections}})
            tenants/acme/templates/changelog.mustache:1:38: note: lists may be nested 2 deep, as the changelog's versions and their sections are
            """)
    }

    /// Each template small, but each includes the next thousands of times: 2500 × 2500 × 3000
    /// renders of the contents list per page, a build that never ended.
    @Test func partialsIncludedThousandsOfTimesOverAreRefused() throws {
        let page = "<!DOCTYPE html><html lang=\"nl\"><head>{{> head}}</head><body>" + String(repeating: "{{> header}}", count: 2500) + "</body></html>\n"
        let result = try build(templates(["page": page, "header": String(repeating: "{{> footer}}", count: 2500),
                                          "footer": String(repeating: "{{> toc}}", count: 3000)]))
        #expect(result.errors == """
            tenants/acme/templates/page.mustache: error: template 'page' renders more than 10000 tags with the templates it includes
            tenants/acme/templates/page.mustache: note: each '{{> name}}' renders every tag of 'name' again, and a tag inside a list counts 10 times (inside two lists 100 times); include a partial once, keep what repeats short
            """)
    }

    /// 1,950 tags inside the changelog's versions and their sections: JSM's changelog page became
    /// 1.5 MB and took over a second; a tenant with years of versions would take many.
    @Test func manyTagsRepeatedInsideNestedListsAreRefused() throws {
        let section = String(repeating: "<p>{{title}} {{version.number}} {{heading}}</p>", count: 650)
        let changelog = "{{#entries}}<h2 id=\"{{anchor}}\">{{heading}}</h2>{{#redline}}{{#sections}}" + section
            + "{{{html}}}{{/sections}}{{/redline}}{{/entries}}\n"
        let result = try build(templates(["changelog": changelog]))
        #expect(result.errors.hasPrefix("tenants/acme/templates/changelog.mustache: error: template 'changelog' renders more than 10000 tags"))
        #expect(result.errors.components(separatedBy: "\n").count == 2)
    }

    /// 1,500 unknown names deep inside sections took 18 s: each worked out a "did you mean" over
    /// every name in scope. The check stops at 100 problems.
    @Test func thousandsOfUnknownNamesAreCutShort() throws {
        let footer = String(repeating: "{{#page}}", count: 40) + String(repeating: "{{nope}}", count: 1_500) + String(repeating: "{{/page}}", count: 40)
        let errors = try build(templates(["footer": footer])).errors.components(separatedBy: "\n").filter { $0.contains(": error: ") }
        #expect(errors.count == 100)
        #expect(errors.first == "tenants/acme/templates/footer.mustache:1:361: error: unknown name 'nope'")
    }
}
