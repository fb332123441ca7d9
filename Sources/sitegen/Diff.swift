import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen diff`: shows the unreleased change of a tenant's statement, word by word.
struct Diff: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show unreleased changes to statements.",
        discussion: "Every changed paragraph of the text a release today would freeze, removed words as [-…-] and added words as {+…+}, under a line naming the clause file and lines it comes from and the tenant values whose text is among the added words (with their tenant.yaml line); the whole statement of a tenant never released.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var scope: ScopeOptions
    @OptionGroup var day: TodayOptions

    @Flag(name: .long, help: "Print only how many paragraphs changed per tenant, and how many tenants are affected.")
    var stat = false

    func run() throws {
        var diagnostics = Diagnostics()
        let changes = SiteBuilder(root: project.rootURL, today: day.day).pendingChanges(scope.scope, diagnostics: &diagnostics)
        DiagnosticPrinter.print(diagnostics)
        if diagnostics.hasErrors { throw ExitCode(1) }
        let color = isatty(STDOUT_FILENO) == 1
        for change in changes {
            if stat {
                let count = WordDiff.changedParagraphCount(from: change.released, to: change.current)
                print("\(change.tenantID): \(count) paragraph\(count == 1 ? "" : "s") changed\(change.released.isEmpty ? " (never released)" : "")")
                if !change.released.isEmpty { print("  from " + change.changedFiles.joined(separator: ", ")) }
            } else {
                print("== \(change.tenantID)\(change.released.isEmpty ? " (never released: the whole statement is new)" : "")")
                if change.released.isEmpty {
                    print(WordDiff.render(from: change.released, to: change.current, color: color))
                } else {
                    let paragraphs = WordDiff.paragraphs(from: change.released, to: change.current, color: color)
                    let plain = color ? WordDiff.paragraphs(from: change.released, to: change.current, color: false) : paragraphs
                    print(zip(paragraphs, plain).map { paragraph, plain in
                        let values = change.changedValues(in: plain)
                        return "-- " + change.sources(ofLines: paragraph.lines).joined(separator: ", ")
                            + (values.isEmpty ? "" : "; values: " + values.joined(separator: ", ")) + "\n" + paragraph.text
                    }.joined(separator: "\n\n"))
                    print("changed clause files: " + change.changedFiles.joined(separator: ", "))
                }
            }
        }
        if changes.isEmpty {
            print("no unreleased changes")
        } else if stat {
            print("\(changes.count) tenant\(changes.count == 1 ? "" : "s") affected")
        }
    }
}
