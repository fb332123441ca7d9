import Foundation
import SitegenBenchKit

/// Runs the benchmark's phases against the `sitegen` executable. Every run of a phase starts from
/// the same state, so the runs measure the same thing: a full build starts from an empty output
/// folder; a no-op rebuild from a fresh build; an edit phase from a build of the previous run's
/// sources, with a new edit each run (run k appends sentence k, sets phone number k).
struct PhaseRunner {
    /// The sitegen executable.
    let sitegen: String
    /// The generated project.
    let project: GeneratedProject
    /// Sizes of what sitegen renders.
    let stats: MarkdownExport.Stats
    /// Runs per phase.
    let runs: Int
    /// Where stderr of each run goes, kept for a failing run's message.
    let logFolder: URL
    /// Where progress lines go (stderr).
    let log: (String) -> Void
    /// Where the previous run's output goes before a full build.
    let trash: Trash

    private var output: URL { project.root.appendingPathComponent("output") }
    private var tenantIDs: [String] { project.tenants.map(\.id) }

    /// Full build into an empty output folder.
    func fullBuild() throws -> PhaseResult {
        var result = PhaseResult(name: "full build", pages: stats.pages, markdownBytes: stats.statementBytes,
                                 expectedRebuilt: tenantIDs.count)
        for run in 1...runs {
            try trash.discard(output)
            try measure(&result, run: run)
        }
        return result
    }

    /// An untimed build, for when the phases after it run without the full build phase.
    func prepare() throws {
        _ = try build(label: "initial build")
    }

    /// Rebuild with nothing changed (starts from the last full build).
    func noOpRebuild() throws -> PhaseResult {
        var result = PhaseResult(name: "no-op rebuild", pages: stats.pages, markdownBytes: stats.statementBytes, expectedRebuilt: 0)
        for run in 1...runs { try measure(&result, run: run) }
        return result
    }

    /// The day every command works as of: after the generator's last release took effect, and
    /// fixed, so a run's releases and builds do not depend on the clock.
    static let today = "2025-06-01"

    /// Under "published = released" an edited clause changes no page until it is released, so a run
    /// appends a sentence to one shared clause used by only some tenants, releases those tenants
    /// and builds: both commands are timed (seconds and peak RSS of the two together).
    func clauseEdit() throws -> PhaseResult {
        let clause = project.root.appendingPathComponent("tenants/_shared/clauses/\(GeneratedProject.editedClause).md")
        let original = try Data(contentsOf: clause)
        let affected = project.tenantsUsingEditedClause
        var result = PhaseResult(name: "shared clause edit", pages: stats.pages, markdownBytes: stats.statementBytes,
                                 expectedRebuilt: affected.count)
        defer { try? restore(original, to: clause, rebuilding: affected) }
        for run in 1...runs {
            let sentence = "\nVragen over deze ondertekening kunt u ook per post stellen (wijziging \(run)).\n"
            try (original + Data(sentence.utf8)).write(to: clause)
            try measure(&result, run: run, releasing: affected)
        }
        return result
    }

    /// Rebuild after changing one value (the phone number) in one tenant's `tenant.yaml`.
    func tenantEdit() throws -> PhaseResult {
        guard let tenant = project.editedTenant else { throw BenchError("the project has no tenants") }
        let config = project.root.appendingPathComponent("tenants/\(tenant.id)/tenant.yaml")
        let original = try Data(contentsOf: config)
        var result = PhaseResult(name: "one tenant edit", pages: stats.pages, markdownBytes: stats.statementBytes, expectedRebuilt: 1)
        // The last phase: put the file back without rebuilding, so a kept project is as generated.
        defer { try? original.write(to: config) }
        for run in 1...runs {
            var edited = tenant
            edited.company.phone = "0800-00000\(run)"
            try Data(TenantYAML.render(edited).utf8).write(to: config)
            try measure(&result, run: run)
        }
        return result
    }

    /// Puts an edited clause back, releases and rebuilds the tenants it affects (untimed), so the
    /// next phase starts from output that matches the generated sources (with more versions).
    private func restore(_ original: Data, to url: URL, rebuilding tenants: [String]) throws {
        try original.write(to: url)
        guard !tenants.isEmpty else { return }
        let scope = tenants.flatMap { ["--tenant", $0] }
        _ = try runSitegen(label: "restore release", ["release"] + scope + Self.releaseArguments)
        _ = try build(label: "restore", scope: scope)
    }

    /// A release as of `today` that takes effect at once; the reason keeps the notice warning quiet.
    private static let releaseArguments = ["--summary", "Benchmark: tekst aangepast.", "--no-notice-reason", "benchmark"]

    /// Times a build (after a release of `releasing`, timed with it, when not empty).
    private func measure(_ result: inout PhaseResult, run: Int, releasing: [String] = []) throws {
        let before = OutputSnapshot(output: output, tenantIDs: tenantIDs)
        var measurement = ChildProcess.Measurement(seconds: 0, peakRSSBytes: 0, exitCode: 0)
        if !releasing.isEmpty {
            measurement = try runSitegen(label: "\(result.name) #\(run) release", ["release"] + releasing.flatMap { ["--tenant", $0] } + Self.releaseArguments)
        }
        let built = try build(label: "\(result.name) #\(run)")
        measurement.seconds += built.seconds
        measurement.peakRSSBytes = max(measurement.peakRSSBytes, built.peakRSSBytes)
        let rebuilt = OutputSnapshot(output: output, tenantIDs: tenantIDs).rebuiltCount(since: before)
        result.seconds.append(measurement.seconds)
        result.peakRSSBytes.append(measurement.peakRSSBytes)
        result.rebuilt?.append(rebuilt)
        log("  \(result.name) #\(run): " + String(format: "%.3f s, %.0f MB peak RSS, %d tenants rebuilt",
                   measurement.seconds, Double(measurement.peakRSSBytes) / 1e6, rebuilt))
    }

    /// One `sitegen build --all --quiet` (or another scope).
    private func build(label: String, scope: [String] = ["--all"]) throws -> ChildProcess.Measurement {
        try runSitegen(label: label, ["build"] + scope + ["--quiet"])
    }

    /// One sitegen command on the project as of `today`; fails on a non-zero exit with the end of its stderr.
    private func runSitegen(label: String, _ arguments: [String]) throws -> ChildProcess.Measurement {
        let stderr = logFolder.appendingPathComponent("sitegen.stderr").path
        let measurement = try ChildProcess.run(sitegen, [arguments[0], "--root", project.root.path, "--today", Self.today]
                                               + arguments.dropFirst(), stderrPath: stderr)
        guard measurement.exitCode == 0 else {
            let text = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
            throw BenchError("sitegen failed (\(label), exit \(measurement.exitCode)):\n\(text.suffix(3000))")
        }
        return measurement
    }
}
