import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen check`: validates tenants without writing output. Unreleased changes are errors; GDPR
/// Art. 13 gaps and content-lint findings are warnings (gaps become errors with `--strict`).
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate tenants without writing anything.",
        discussion: "Exit status 0 when there are no errors (warnings allowed), 1 when there are. docs/checks.md describes every check and the JSON format.")

    /// How the result is printed.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        /// Compiler-style diagnostics on standard error, the coverage table and a summary on standard output.
        case text
        /// One JSON document on standard output (docs/checks.md), nothing on standard error.
        case json
    }

    @OptionGroup var project: ProjectOptions
    @OptionGroup var day: TodayOptions

    @Option(name: .long, help: ArgumentHelp("Check this tenant (repeatable; default: all).", valueName: "id"))
    var tenant: [String] = []

    @Flag(name: .long, help: "Check every tenant (the default).")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Only the tenants in part I of N (1-based), by a hash of their id.", valueName: "I/N"))
    var shard: String?

    @Option(name: .long, help: ArgumentHelp("Output format: text or json.", valueName: "format"))
    var format: Format = .text

    @Flag(name: .long, help: "Report GDPR Art. 13 gaps that are not acknowledged as errors.")
    var strict = false

    func validate() throws {
        try ScopeOptions.validate(tenant: tenant, all: all, shard: shard)
    }

    func run() throws {
        let report = SiteBuilder(root: project.rootURL, today: day.day).check(ScopeOptions.scope(tenant: tenant, all: all, shard: shard), strict: strict)
        switch format {
        case .json:
            FileHandle.standardOutput.write(Data(report.json().utf8))
        case .text:
            DiagnosticPrinter.print(report.diagnostics)
            let table = report.coverageTable()
            if !table.isEmpty { print(table) }
            let errors = report.errorCount, warnings = report.warningCount
            print("sitegen check: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        }
        if report.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
