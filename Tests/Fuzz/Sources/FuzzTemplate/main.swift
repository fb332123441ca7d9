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

/// libFuzzer calls this with each input: the first line names the template (a line that is no
/// name picks one by its bytes, so every input is used), the rest is the tenant's
/// `templates/<name>.mustache`. The tenant is resolved with it — the template lookup and checks a
/// tenant's override goes through — and, when that passes, its whole site is rendered (as a draft
/// for the draft templates). Any diagnostic is fine; a crash, hang or runaway memory is a bug.
@_cdecl("LLVMFuzzerTestOneInput")
func fuzzTemplate(_ start: UnsafeRawPointer, _ count: Int) -> CInt {
    guard let input = String(data: Data(bytes: start, count: count), encoding: .utf8) else { return 0 }
    let firstLine = input.prefix { $0 != "\n" }
    let name = names.contains(String(firstLine)) ? String(firstLine)
        : names[firstLine.utf8.reduce(0) { ($0 &+ Int($1)) & 0xFFFF } % names.count]
    let template = TemplateSource(name: name, text: String(input.dropFirst(firstLine.count + 1)),
                                  file: "tenants/acme/templates/\(name).mustache")
    let source = loaded.source
    let tenant = LoadedTenant(source: TenantSource(id: source.id, config: source.config, configFile: source.configFile,
                                                   keyLocations: source.keyLocations, clauses: source.clauses,
                                                   templates: source.templates.merging([name: template]) { $1 }, assets: source.assets, history: source.history),
                              files: loaded.files)
    let pipeline = name.hasPrefix("draft-") ? drafts : published
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
