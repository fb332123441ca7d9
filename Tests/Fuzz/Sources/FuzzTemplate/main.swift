import Foundation
@testable import SiteGenKit

/// The project every fuzzed template is rendered in: the golden fixture `basic` (tenant `acme` with
/// two released versions, a theme with its own header, a tenant footer). Its pages use every kind
/// of template: page and partials, notices, archive pages, the changelog with its redline.
private let fixture = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Tests/SiteGenKitTests/Fixtures/golden/basic/input")

/// A run over the fixture, published (`drafts: false`) or as drafts; each loads the libraries and
/// the theme once.
private func pipeline(drafts: Bool) -> TenantPipeline {
    var diagnostics = Diagnostics()
    let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitegen-fuzz-template")
    guard let context = RunContext.make(.tenants(["acme"]), loader: ProjectLoader(root: fixture), outputRoot: output,
                                        today: DayDate("2026-12-05")!, drafts: drafts, diagnostics: &diagnostics) else {
        fatalError("FuzzTemplate: cannot load \(fixture.path): \(diagnostics.all)")
    }
    return TenantPipeline(context)
}

private let published = pipeline(drafts: false)
private let drafts = pipeline(drafts: true)

/// Tenant `acme` as loaded, and the names of the templates it may override, sorted.
private let (loaded, names): (LoadedTenant, [String]) = {
    var diagnostics = Diagnostics()
    guard let loaded = published.load(published.read("acme"), diagnostics: &diagnostics),
          let theme = published.context.theme(named: loaded.source.config.theme, for: loaded.source, diagnostics: &diagnostics) else {
        fatalError("FuzzTemplate: cannot load tenant acme of \(fixture.path): \(diagnostics.all)")
    }
    return (loaded, Set(BuiltinTemplates.all.keys).union(theme.templates.keys).sorted())
}()

/// The template named by `line` (a line that is no template name picks one by its bytes, so
/// every input is used).
private func templateName(_ line: Substring) -> String {
    names.contains(String(line)) ? String(line) : names[line.utf8.reduce(0) { ($0 &+ Int($1)) & 0xFFFF } % names.count]
}

/// libFuzzer calls this with each input: the first line names a template, the lines up to the next
/// `---- <name>` line (or the end) are the tenant's `templates/<name>.mustache`, and so on, so one
/// input can override several templates that include each other. The tenant is resolved with them
/// — the template lookup and checks a tenant's override goes through — and, when that passes, its
/// whole site is rendered (as a draft when a draft template is among them). Any diagnostic is
/// fine; a crash, hang or runaway memory is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTemplate(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let input = String(data: Data(bytes: start, count: count), encoding: .utf8) else { return 0 }
    var overrides: [String: TemplateSource] = [:]
    var lines = input.split(separator: "\n", omittingEmptySubsequences: false)[...]
    var name = templateName(lines.popFirst() ?? "")
    var text: [Substring] = []
    func finish() {
        overrides[name] = TemplateSource(name: name, text: text.joined(separator: "\n"), file: "tenants/acme/templates/\(name).mustache")
        text = []
    }
    for line in lines {
        if line.hasPrefix("---- ") {
            finish()
            name = templateName(line.dropFirst(5))
        } else {
            text.append(line)
        }
    }
    finish()
    let source = loaded.source
    let tenant = LoadedTenant(source: TenantSource(id: source.id, config: source.config, configFile: source.configFile,
                                                   keyLocations: source.keyLocations, clauses: source.clauses,
                                                   templates: source.templates.merging(overrides) { $1 }, assets: source.assets, history: source.history),
                              files: loaded.files)
    let pipeline = overrides.keys.contains { $0.hasPrefix("draft-") } ? drafts : published
    var diagnostics = Diagnostics()
    guard let resolved = pipeline.resolve(tenant, diagnostics: &diagnostics) else { return 0 }
    _ = pipeline.render(resolved, diagnostics: &diagnostics)
    return 0
}

/// libFuzzer's driver, started from here because SwiftPM gives an executable its own `main`.
@_silgen_name("LLVMFuzzerRunDriver")
private func runFuzzerDriver(_ argc: UnsafeMutablePointer<CInt>, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
                             _ callback: @convention(c) (UnsafeRawPointer, Int) -> CInt) -> CInt

var argc = CommandLine.argc
var argv = CommandLine.unsafeArgv
// Load the fixture before the first input, so a broken fixture stops the run at once.
_ = (loaded, names)
exit(runFuzzerDriver(&argc, &argv, fuzzTemplate))
