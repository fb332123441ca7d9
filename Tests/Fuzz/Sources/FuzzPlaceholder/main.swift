import Foundation
@testable import SiteGenKit

/// The tenant values a fuzzed clause is expanded against: a few of each kind, so names resolve,
/// `#each` has items and `#if` has both outcomes.
private let values: TemplateValue = .map([
    "company": .map(["name": .text("A&B <b>|*"), "email": .map(["privacy": .text("p@example.nl")])]),
    "vars": .map(["intro": .markdown("**Welkom**\n\n- een\n- twee"), "flag": .flag(true), "off": .flag(false)]),
    "processing": .list([.map(["data": .text("Naam"), "retention": .text("1 jaar")]),
                         .map(["data": .text("IP | adres"), "retention": .text("")])]),
    "title": .text("Privacyverklaring"),
])

/// libFuzzer calls this with each input: the bytes are a clause body, parsed, expanded and rendered; a
/// `{{> id}}` finds the same template again, which must be reported as a cycle, not recursed into.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzPlaceholder(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let text = String(data: Data(bytes: start, count: count), encoding: .utf8) else { return 0 }
    var problems: [Diagnostic] = []
    let template = PlaceholderTemplate.parse(text, file: "fuzz.md", firstLine: 5, diagnostics: &problems)
    var expander = PlaceholderExpander(root: values, tenantID: "fuzz") { id in id == "self" ? template : nil }
    let markdown = expander.expand(template, clauseID: "self")
    // The expanded Markdown goes through the renderer and its clean-up, as in a real build.
    _ = MarkdownRenderer.render(markdown) { Diagnostic.Location(file: "fuzz.md", line: $0) }
    return 0
}

/// libFuzzer's driver, started from here because SwiftPM gives an executable its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                             _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
exit(runFuzzerDriver(&argc, &argv, fuzzPlaceholder))
