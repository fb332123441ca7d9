import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen release`: records the current statement as a new version in the tenant's history.
struct Release: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Freeze changed statements as a new version.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: "What changed, in the tenant's language, for visitors.")
    var summary: String

    @Option(name: .long, help: ArgumentHelp("The version's date (default: today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .customLong("approved-by"), help: ArgumentHelp("Who approved this version.", valueName: "name"))
    var approvedBy: String?

    func validate() throws {
        if let date, DayDate(date) == nil { throw ValidationError("--date must be a day as YYYY-MM-DD, not '\(date)'.") }
    }

    func run() throws {
        let day = date.flatMap(DayDate.init) ?? DayDate.today()
        let report = SiteBuilder(root: project.rootURL).release(scope.scope, summary: summary, date: day, approvedBy: approvedBy)
        DiagnosticPrinter.print(report.diagnostics)
        for (id, version) in report.released { print("\(id): released version \(version) (\(day))") }
        if scope.all && report.released.isEmpty && !report.diagnostics.hasErrors { print("nothing to release: no statement changed") }
        if report.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
