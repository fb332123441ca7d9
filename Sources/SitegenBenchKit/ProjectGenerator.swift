import Foundation
import SiteGenKit

/// Writes a synthetic sitegen project of N tenants: the repository's `_shared` library and
/// themes, the `_platform` library, N tenant configs, and 2–3 released versions per tenant made by
/// SiteGenKit's own release path (so the history files, hashes and dates are exactly what
/// `sitegen release` writes). Fails unless the result passes `sitegen check` with no diagnostics.
public struct ProjectGenerator: Sendable {
    /// The release rounds: date, and the summary of the first release.
    static let firstRelease = (date: "2024-01-15", summary: "Eerste gepubliceerde versie van de privacyverklaring.")
    /// The later release rounds and their dates.
    /// The day the generator works as of: after every release took effect, so the project is the
    /// same whenever it is generated.
    static let today = DayDate("2025-06-01")!
    static let laterReleases = [(round: 2, date: "2024-09-02"), (round: 3, date: "2025-03-03")]

    /// Where the tenants and their edits come from.
    public let factory: TenantFactory

    /// A generator of tenants from `factory`.
    public init(factory: TenantFactory) {
        self.factory = factory
    }

    /// Generates `count` tenants into `root` (created; must not exist or be empty). `verify: false`
    /// skips the final check (it renders every tenant once, which is slow at 10,000 tenants; the
    /// releases have already resolved every statement without errors). `progress` receives short
    /// status lines for long runs.
    public func generate(into root: URL, count: Int, verify: Bool = true,
                         progress: (String) -> Void = { _ in }) throws -> GeneratedProject {
        let started = Date()
        let fileManager = FileManager.default
        try fileManager.createDirectory(at: root.appendingPathComponent("tenants"), withIntermediateDirectories: true)
        let source = factory.corpus.root
        try fileManager.copyItem(at: source.appendingPathComponent("tenants/_shared"), to: root.appendingPathComponent("tenants/_shared"))
        try fileManager.copyItem(at: source.appendingPathComponent("themes"), to: root.appendingPathComponent("themes"))
        try writePlatformLibrary(into: root)

        var specs = (0..<count).map { factory.make(index: $0) }
        for spec in specs { try writeTenant(spec, into: root) }
        progress("wrote \(count) tenant configs; releasing version 1")
        try release(root: root, scope: .all, summary: Self.firstRelease.summary, date: Self.firstRelease.date)

        for (round, date) in Self.laterReleases {
            var groups: [TenantFactory.Edit: [String]] = [:]
            for index in specs.indices {
                guard let edit = factory.edit(&specs[index], index: index, round: round) else { continue }
                try writeConfig(specs[index], into: root)
                groups[edit, default: []].append(specs[index].id)
            }
            progress("releasing version \(round) for \(groups.values.reduce(0) { $0 + $1.count }) tenants")
            for edit in TenantFactory.Edit.allCases {
                guard let ids = groups[edit] else { continue }
                try release(root: root, scope: .tenants(ids), summary: edit.summary, date: date)
            }
        }

        if verify { try check(root, progress: progress) }
        return GeneratedProject(root: root, tenants: specs, seconds: Date().timeIntervalSince(started))
    }

    /// `sitegen check` in process: every statement builds, with no diagnostic at all. The copies of
    /// JUICT's and JSM's clauses take over their models' `facts:`/`gdpr:`/`lint:` blocks (corrections
    /// in the working copy, open questions acknowledged); tenants on the shared template acknowledge
    /// the template's open questions as the real three do (`TenantYAML.sharedTemplateOpenQuestions`)
    /// and state the GDPR facts their clauses print (`TenantYAML.sharedTemplateFacts`), since
    /// coverage counts only facts that reach the page.
    private func check(_ root: URL, progress: (String) -> Void) throws {
        progress("checking the project")
        let problems = SiteBuilder(root: root, today: Self.today).check(.all).all
        guard problems.isEmpty else {
            let shown = problems.prefix(20).map(\.description).joined(separator: "\n")
            throw GeneratorError("the generated project does not pass 'sitegen check' (\(problems.count) diagnostics):\n\(shown)")
        }
    }

    private func release(root: URL, scope: SiteBuilder.Scope, summary: String, date: String) throws {
        // Later versions are announced 30 days ahead, the notice the library asks by default.
        let published = DayDate(date)!
        let effective = date == Self.firstRelease.date ? published : published.adding(days: 30)
        let report = SiteBuilder(root: root, today: Self.today).release(scope, summary: summary, date: published, effective: effective)
        guard !report.diagnostics.hasErrors else {
            let shown = report.diagnostics.all.prefix(20).map(\.description).joined(separator: "\n")
            throw GeneratorError("release of \(date) failed:\n\(shown)")
        }
    }

    private func writePlatformLibrary(into root: URL) throws {
        let folder = root.appendingPathComponent("tenants/_platform/clauses")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data(PlatformLibrary.libraryYAML.utf8).write(to: folder.deletingLastPathComponent().appendingPathComponent("library.yaml"))
        for (tenant, clause) in PlatformLibrary.copied {
            try FileManager.default.copyItem(at: factory.corpus.root.appendingPathComponent("tenants/\(tenant)/clauses/\(clause).md"),
                                             to: folder.appendingPathComponent("\(clause).md"))
        }
        for (id, text) in PlatformLibrary.clauses {
            try Data(text.utf8).write(to: folder.appendingPathComponent("\(id).md"))
        }
    }

    private func writeTenant(_ spec: TenantSpec, into root: URL) throws {
        let folder = root.appendingPathComponent("tenants/\(spec.id)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try writeConfig(spec, into: root)
        let model: SourceCorpus.OwnText? = switch spec.style {
        case .sharedTemplate: nil
        case .ownTextInformal: factory.corpus.informal
        case .ownTextFormal: factory.corpus.formal
        }
        if let model { try copyClauses(of: model.tenant, to: folder.appendingPathComponent("clauses")) }
        if spec.hasLogo {
            let assets = folder.appendingPathComponent("assets")
            try FileManager.default.createDirectory(at: assets, withIntermediateDirectories: true)
            let svg = """
            <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 240 40" role="img" aria-label="\(spec.company.name)">\
            <text x="0" y="29" font-family="sans-serif" font-size="26" font-weight="700" fill="#ffffff">\(spec.company.name)</text></svg>

            """
            try Data(svg.utf8).write(to: assets.appendingPathComponent("logo.svg"))
        }
    }

    /// Copies a real tenant's own clauses. `{{statement.updated}}` gets an `{{#if}}` around it: a new
    /// tenant has no date before its first release, and the release path resolves the statement
    /// undated first (JSM's clause, written when JSM already had versions, uses it bare). Released
    /// text is the same either way, as a release always sets the date.
    private func copyClauses(of tenant: String, to folder: URL) throws {
        let source = factory.corpus.root.appendingPathComponent("tenants/\(tenant)/clauses")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in try FileManager.default.contentsOfDirectory(atPath: source.path).sorted() where name.hasSuffix(".md") {
            let text = try String(contentsOf: source.appendingPathComponent(name), encoding: .utf8)
                .replacingOccurrences(of: "{{statement.updated}}", with: "{{#if statement.updated}}{{statement.updated}}{{/if}}")
            try Data(text.utf8).write(to: folder.appendingPathComponent(name))
        }
    }

    private func writeConfig(_ spec: TenantSpec, into root: URL) throws {
        try Data(TenantYAML.render(spec).utf8).write(to: root.appendingPathComponent("tenants/\(spec.id)/tenant.yaml"))
    }
}
