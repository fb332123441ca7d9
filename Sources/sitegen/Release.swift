import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen release`: records the working copy as a new version in the tenant's history.
struct Release: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Freeze changed statements as a new version.",
        discussion: "Releases every tenant in scope whose statement changed, or none when any has an error. A version is published today and applies from --effective (default: today); one that applies later is announced on the site first.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var day: TodayOptions

    @Option(name: .long, help: "What changed, in the tenant's language, for visitors.")
    var summary: String

    @Option(name: .long, help: ArgumentHelp("The day the version is published (default: today; never after today).", valueName: "YYYY-MM-DD"))
    var date: String?

    @Option(name: .long, help: ArgumentHelp("The day the version applies from (default: the release date).", valueName: "YYYY-MM-DD"))
    var effective: String?

    @Option(name: .customLong("approved-by"), help: ArgumentHelp("Who approved this version (required where require_approval: true).", valueName: "name"))
    var approvedBy: String?

    @Option(name: .customLong("no-notice-reason"), help: ArgumentHelp("Why this change needs less notice than notice_days, e.g. \"typo fix\"; shown in the changelog.", valueName: "text"))
    var noNoticeReason: String?

    func validate() throws {
        if let date, DayDate(date) == nil { throw ValidationError("--date must be a day as YYYY-MM-DD, not '\(date)'.") }
        if let effective, DayDate(effective) == nil { throw ValidationError("--effective must be a day as YYYY-MM-DD, not '\(effective)'.") }
    }

    func run() throws {
        let request = SiteBuilder.ReleaseRequest(summary: summary, date: date.flatMap(DayDate.init), effective: effective.flatMap(DayDate.init),
                                                 approvedBy: approvedBy, noNoticeReason: noNoticeReason)
        let report = SiteBuilder(root: project.rootURL, today: day.day).release(scope.scope, request)
        DiagnosticPrinter.print(report.diagnostics)
        for (id, version) in report.released {
            let when = report.effective == report.published ? "" : ", effective \(report.effective!)"
            print("\(id): released version \(version) (\(report.published!)\(when))")
        }
        if report.released.isEmpty && !report.diagnostics.hasErrors { print("nothing to release: no statement changed") }
        if report.diagnostics.hasErrors { throw ExitCode(1) }
    }
}
