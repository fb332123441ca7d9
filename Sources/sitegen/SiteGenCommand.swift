import ArgumentParser
import Foundation
import SiteGenKit

/// The `sitegen` command: argument parsing only; the work is SiteGenKit's.
@main
struct SiteGenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitegen",
        abstract: "Builds one privacy-statement site per tenant from shared clauses, tenant config and themes.",
        version: SiteGen.versionReport,
        subcommands: [Build.self, Check.self, Diff.self, Release.self, New.self],
        defaultSubcommand: Build.self
    )
}

/// Options every subcommand shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project folder holding tenants/ and themes/.", valueName: "dir"))
    var root: String = "."

    /// The project folder as an absolute URL.
    var rootURL: URL { URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
}

/// Which tenants a command works on.
struct ScopeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Build this tenant (repeatable).", valueName: "id"))
    var tenant: [String] = []

    @Flag(name: .long, help: "Build every tenant and remove output of tenants that no longer exist.")
    var all = false

    func validate() throws {
        if tenant.isEmpty && !all { throw ValidationError("Pass --tenant <id> or --all.") }
        if !tenant.isEmpty && all { throw ValidationError("Pass either --tenant or --all, not both.") }
    }

    var scope: SiteBuilder.Scope { all ? .all : .tenants(tenant) }
}

/// Prints diagnostics the way compilers do, sorted by file, on standard error.
enum DiagnosticPrinter {
    static func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }
}
