import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen diff`: shows the unreleased change of a tenant's statement, word by word.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Show unreleased changes to statements.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var day: TodayOptions

    func run() throws {
        var diagnostics = Diagnostics()
        let changes = SiteBuilder(root: project.rootURL, today: day.day).pendingChanges(scope.scope, diagnostics: &diagnostics)
        DiagnosticPrinter.print(diagnostics)
        if diagnostics.hasErrors { throw ExitCode(1) }
        let color = isatty(STDOUT_FILENO) == 1
        for change in changes {
            print("== \(change.tenantID)")
            print(WordDiff.render(from: change.released, to: change.current, color: color))
        }
        if changes.isEmpty { print("no unreleased changes") }
    }
}
