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
        subcommands: [Build.self, Check.self, Diff.self, Release.self, New.self, Serve.self, Templates.self],
        defaultSubcommand: Build.self
    )

    /// Names an unknown command before ArgumentParser would read it as an argument of `build`.
    static func main() {
        let names = configuration.subcommands.map { $0._commandName } + ["help"]
        if let problem = UnknownCommand.diagnostic(for: Array(CommandLine.arguments.dropFirst()), known: names) {
            FileHandle.standardError.write(Data((problem.description + "\n").utf8))
            Foundation.exit(ExitCode.validationFailure.rawValue)
        }
        main(nil)
    }
}

/// Options every subcommand shares.
struct ProjectOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The project folder holding tenants/ and themes/.", valueName: "dir"))
    var root: String = "."

    /// The project folder as an absolute URL.
    var rootURL: URL { URL(fileURLWithPath: root, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)).standardizedFileURL }
}

/// The day a command is about (`--today`), for commands whose result depends on the date.
struct TodayOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("The day to work as of: which version is in force, which are announced (default: today in Europe/Amsterdam).", valueName: "YYYY-MM-DD"))
    var today: String?

    func validate() throws {
        if let today, DayDate(today) == nil { throw ValidationError("--today must be a day as YYYY-MM-DD, not '\(today)'.") }
    }

    /// The given day, or the clock's date in Europe/Amsterdam.
    var day: DayDate { today.flatMap(DayDate.init) ?? DayDate.today() }
}

/// Which tenants a command works on.
struct ScopeOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Work on this tenant (repeatable).", valueName: "id"))
    var tenant: [String] = []

    @Flag(name: .long, help: "Work on every tenant.")
    var all = false

    @Option(name: .long, help: ArgumentHelp("Only the tenants in part I of N (1-based), by a hash of their id; a sharded build removes no output.", valueName: "I/N"))
    var shard: String?

    func validate() throws {
        try ScopeOptions.validate(tenant: tenant, all: all, shard: shard)
        if tenant.isEmpty && !all && shard == nil { throw ValidationError("Pass --tenant <id> or --all.") }
    }

    var scope: SiteBuilder.Scope { ScopeOptions.scope(tenant: tenant, all: all, shard: shard) }

    /// The checks `build` and `check` share: one way of choosing tenants at a time, and a
    /// well-formed `--shard`.
    static func validate(tenant: [String], all: Bool, shard: String?) throws {
        if !tenant.isEmpty && all { throw ValidationError("Pass either --tenant or --all, not both.") }
        if let shard {
            if Shard(shard) == nil { throw ValidationError("\(Shard.usage), not '\(shard)'.") }
            if !tenant.isEmpty { throw ValidationError("--shard picks tenants itself; leave out --tenant.") }
        }
    }

    /// The scope the options choose; `--shard` wins over `--all` (a part of all tenants).
    static func scope(tenant: [String], all: Bool, shard: String?) -> SiteBuilder.Scope {
        if let shard = shard.flatMap(Shard.init) { return .shard(shard) }
        return all || tenant.isEmpty ? .all : .tenants(tenant)
    }
}

/// Prints diagnostics the way compilers do, sorted by file, on standard error.
enum DiagnosticPrinter {
    static func print(_ diagnostics: Diagnostics) {
        for diagnostic in diagnostics.sorted {
            FileHandle.standardError.write(Data((diagnostic.description + "\n").utf8))
        }
    }
}
