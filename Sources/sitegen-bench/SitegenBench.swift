import ArgumentParser
import Foundation
import SitegenBenchKit

/// `sitegen-bench`: generates a deterministic synthetic project of N tenants, times the `sitegen`
/// executable on it (full build, no-op rebuild, one shared clause edited, one tenant edited) and,
/// on request, Hugo and the cmark-gfm CLI on the same Markdown. See BENCHMARKS.md.
@main
struct SitegenBench: ParsableCommand {
    /// The command's name and abstract.
    static let configuration = CommandConfiguration(
        commandName: "sitegen-bench",
        abstract: "Benchmark sitegen on a synthetic project of N tenants, optionally against Hugo and cmark-gfm.")

    /// N.
    @Option(name: .long, help: "Number of tenants to generate.")
    var tenants: Int

    /// Runs per phase.
    @Option(name: .long, help: "Runs per phase; medians are reported.")
    var runs = 3

    /// The generator seed.
    @Option(name: .long, help: "Seed of the generator: the same seed gives the same project.")
    var seed: UInt64 = 1

    /// Keep the generated folders here.
    @Option(name: .long, help: ArgumentHelp("Keep the project, the Hugo site and all.md in this (new or empty) folder.", valueName: "dir"))
    var keep: String?

    /// The repository to copy from.
    @Option(name: .long, help: ArgumentHelp("The sitegen repository (its tenants/_shared and themes/ are copied).", valueName: "dir"))
    var sourceRoot = "."

    /// The sitegen executable to time.
    @Option(name: .long, help: ArgumentHelp("The sitegen executable (default: next to sitegen-bench).", valueName: "path"))
    var sitegen: String?

    /// Runs of the no-op and edit phases.
    @Option(name: .long, help: ArgumentHelp("Runs of the no-op and edit phases (default: --runs); with an engine that rebuilds everything each is a full build.", valueName: "n"))
    var editRuns: Int?

    /// Which sitegen phases to time.
    @Option(name: .long, help: ArgumentHelp("The sitegen phases to time, comma-separated: full,noop,clause,tenant, or none.", valueName: "list"))
    var phases = "full,noop,clause,tenant"

    /// Time Hugo too.
    @Flag(name: .long, help: "Also time Hugo building the same pages (needs hugo on PATH).")
    var hugo = false

    /// Time cmark-gfm too.
    @Flag(name: .long, help: "Also time the cmark-gfm CLI rendering the same Markdown (needs cmark-gfm on PATH).")
    var cmark = false

    /// Generate and stop.
    @Flag(name: .long, help: "Only generate the project (with --keep); time nothing.")
    var generateOnly = false

    /// Print Markdown rows too.
    @Flag(name: .long, help: "Also print the results as Markdown table rows (for BENCHMARKS.md).")
    var markdown = false

    /// Skip the generator's final check.
    @Flag(name: .long, help: "Skip checking the generated project (saves one render of every tenant at large N).")
    var skipCheck = false

    /// Write JSON here too.
    @Option(name: .long, help: ArgumentHelp("Also write the results as JSON to this file.", valueName: "file"))
    var json: String?

    /// Rejects impossible option combinations before anything is generated.
    func validate() throws {
        guard tenants > 0 else { throw ValidationError("--tenants must be at least 1") }
        guard runs > 0, (editRuns ?? 1) > 0 else { throw ValidationError("--runs and --edit-runs must be at least 1") }
        let unknown = Set(selectedPhases).subtracting(["full", "noop", "clause", "tenant"])
        guard unknown.isEmpty else { throw ValidationError("unknown phase(s) \(unknown.sorted().joined(separator: ", ")); use full,noop,clause,tenant or none") }
        if generateOnly && keep == nil { throw ValidationError("--generate-only needs --keep") }
    }

    /// Generates, exports, times, reports.
    func run() throws {
        let cwd = URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
        let sitegenPath = try generateOnly || selectedPhases.isEmpty ? "" : locateSitegen()
        let base = try workFolder(cwd: cwd)
        defer { if keep == nil { try? FileManager.default.removeItem(at: base) } }
        let log: (String) -> Void = { line in
            FileHandle.standardError.write(Data((line + "\n").utf8))
        }

        log("generating \(tenants) tenants (seed \(seed)) into \(base.appendingPathComponent("project").path)")
        let corpus = try SourceCorpus(root: URL(fileURLWithPath: sourceRoot, relativeTo: cwd).standardizedFileURL)
        let generator = ProjectGenerator(factory: TenantFactory(corpus: corpus, seed: seed))
        let project = try generator.generate(into: base.appendingPathComponent("project"), count: tenants, verify: !skipCheck) { log("  " + $0) }
        log(String(format: "  generated in %.1f s", project.seconds))
        let writeCompared = keep != nil || hugo || cmark
        let hugoSite = base.appendingPathComponent("hugo"), markdownFolder = base.appendingPathComponent("markdown")
        let stats = try MarkdownExport.export(project: project.root, tenantIDs: project.tenants.map(\.id),
                                              hugo: writeCompared ? hugoSite : nil, markdown: writeCompared ? markdownFolder : nil)
        if generateOnly {
            print("kept \(base.path): project/ (sitegen --root), hugo/ (hugo --source), markdown/all.md (cmark-gfm)")
            return
        }

        var report = BenchReport(tenants: tenants, seed: seed, runs: runs, generationSeconds: project.seconds, corpus: stats)
        let logs = base.appendingPathComponent("logs")
        try FileManager.default.createDirectory(at: logs, withIntermediateDirectories: true)
        let selected = Set(selectedPhases)
        let trash = Trash(folder: base.appendingPathComponent("trash"))
        defer { trash.empty() }
        if !selected.isEmpty {
            let full = PhaseRunner(sitegen: sitegenPath, project: project, stats: stats, runs: runs, logFolder: logs, log: log, trash: trash)
            let edits = PhaseRunner(sitegen: sitegenPath, project: project, stats: stats, runs: editRuns ?? runs, logFolder: logs, log: log, trash: trash)
            log("timing \(sitegenPath)")
            // The later phases start from a built output folder: the full build phase leaves one.
            if selected.contains("full") { report.phases.append(try full.fullBuild()) } else { try full.prepare() }
            if selected.contains("noop") { report.phases.append(try edits.noOpRebuild()) }
            if selected.contains("clause") { report.phases.append(try edits.clauseEdit()) }
            if selected.contains("tenant") { report.phases.append(try edits.tenantEdit()) }
        }
        let tools = ToolRunner(stats: stats, runs: runs, logFolder: logs, log: log, trash: trash)
        if hugo { report.phases.append(try tools.hugo(site: hugoSite)) }
        if cmark { report.phases.append(try tools.cmark(markdown: markdownFolder)) }

        print(report.table, terminator: "")
        if markdown { print("\n" + BenchReport.markdownHeader + report.markdownRows, terminator: "") }
        if let keep { print("kept \(keep): project/ (sitegen --root), hugo/ (hugo --source), markdown/all.md (cmark-gfm)") }
        if let json {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            try encoder.encode(report).write(to: URL(fileURLWithPath: json, relativeTo: cwd))
        }
    }

    /// The phase names of `--phases` (empty for "none").
    private var selectedPhases: [String] {
        phases == "none" ? [] : phases.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
    }

    /// `--sitegen`, or the `sitegen` built into the same products folder as this binary.
    private func locateSitegen() throws -> String {
        if let sitegen {
            guard let path = ChildProcess.which(sitegen) else { throw BenchError("--sitegen \(sitegen): no such executable") }
            return path
        }
        let me = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath()
        let sibling = me.deletingLastPathComponent().appendingPathComponent("sitegen").path
        guard FileManager.default.isExecutableFile(atPath: sibling) else {
            throw BenchError("no sitegen executable at \(sibling); build it in the same configuration "
                + "(swift build -c release --product sitegen) or pass --sitegen <path>")
        }
        return sibling
    }

    /// `--keep` (must be new or empty) or a fresh temporary folder.
    private func workFolder(cwd: URL) throws -> URL {
        let fileManager = FileManager.default
        guard let keep else {
            let folder = fileManager.temporaryDirectory.appendingPathComponent("sitegen-bench-\(ProcessInfo.processInfo.processIdentifier)")
            try? fileManager.removeItem(at: folder)
            try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
            return folder
        }
        let folder = URL(fileURLWithPath: keep, relativeTo: cwd).standardizedFileURL
        if let contents = try? fileManager.contentsOfDirectory(atPath: folder.path), !contents.isEmpty {
            throw BenchError("--keep \(keep) is not empty; remove it or choose another folder")
        }
        try fileManager.createDirectory(at: folder, withIntermediateDirectories: true)
        return folder
    }
}
