import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen build`: renders tenants into the output folder, skipping those that are up to date.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build tenant sites (the default command).",
                                                    discussion: "With --all, the output of tenants that no longer exist is removed.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var day: TodayOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the sites (default: <root>/output).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Rebuild every tenant in scope, even those whose inputs did not change.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("How many tenants to build at once (default: one per core).", valueName: "n"))
    var jobs: Int?

    @Flag(name: .long, help: "Render each tenant's unreleased working copy as a draft, with a banner and a comparison page, into --output (never the project's output/).")
    var drafts = false

    @Flag(name: .long, help: "Print only problems.")
    var quiet = false

    func validate() throws {
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1.") }
        if let output, let file = Self.fileInTheWay(of: output) {
            throw ValidationError(file == output
                ? "--output '\(output)' is a file, not a folder; pass a folder (it is created if missing)."
                : "--output '\(output)' cannot be a folder: '\(file)' is a file.")
        }
    }

    /// The path of `output` or of one of its parents that exists and is not a folder: every
    /// tenant's write would fail on it, one "File exists" error each.
    static func fileInTheWay(of output: String) -> String? {
        var path = output
        while !path.isEmpty {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) { return isFolder.boolValue ? nil : path }
            let parent = (path as NSString).deletingLastPathComponent
            if parent == path { return nil }
            path = parent
        }
        return nil
    }

    func run() throws {
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }
        let display = BuildProgressDisplay(quiet: quiet)
        let report = SiteBuilder(root: project.rootURL, outputRoot: outputURL, today: day.day)
            .build(scope.scope, options: .init(force: force, jobs: jobs, drafts: drafts)) { display.show($0) }
        display.finish()
        DiagnosticPrinter.print(report.diagnostics)
        if !quiet {
            for id in report.pruned { Swift.print("\(id): removed (tenant no longer exists)") }
            Swift.print(BuildProgressDisplay.summary(of: report))
        }
        if report.diagnostics.hasErrors {
            let count = report.diagnostics.errorCount
            FileHandle.standardError.write(Data("sitegen: \(count) error\(count == 1 ? "" : "s"); nothing was written for the tenants that have them\n".utf8))
            throw ExitCode(1)
        }
    }
}
