import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen check`: validates tenants without writing output; unreleased changes are errors.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Validate tenants without writing anything.")

    @OptionGroup var project: ProjectOptions

    @Option(name: .long, help: ArgumentHelp("Check this tenant (repeatable; default: all).", valueName: "id"))
    var tenant: [String] = []

    @Flag(name: .long, help: "Check every tenant (the default).")
    var all = false

    func run() throws {
        let diagnostics = SiteBuilder(root: project.rootURL).check(tenant.isEmpty ? .all : .tenants(tenant))
        DiagnosticPrinter.print(diagnostics)
        let errors = diagnostics.errorCount
        let warnings = diagnostics.all.filter { $0.severity == .warning }.count
        print("sitegen check: \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")")
        if diagnostics.hasErrors { throw ExitCode(1) }
    }
}
