import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen new`: starts a tenant or a theme from a scaffold; never overwrites.
struct New: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Start a new tenant or theme.",
        subcommands: [NewTenantCommand.self, NewThemeCommand.self])

    /// Prints what a scaffold did and exits 64 for a wrong request, 1 when the project is at fault.
    static func finish(_ report: ScaffoldReport) throws {
        DiagnosticPrinter.print(report.diagnostics)
        switch report.failure {
        case .usage?: throw ExitCode(64)
        case .content?: throw ExitCode(1)
        case nil: break
        }
        for file in report.created { print("created \(file)") }
        print("next:")
        for (number, step) in report.nextSteps.enumerated() { print("  \(number + 1). \(step)") }
    }
}

/// `sitegen new tenant ID --name "…"`.
struct NewTenantCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tenant",
        abstract: "Write tenants/<id>/tenant.yaml with every required key, placeholders marked FILL IN and defaults marked CHECK.")

    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("The new tenant's id: lowercase letters and digits, hyphen-separated.", valueName: "id"))
    var id: String

    @Option(name: .long, help: ArgumentHelp("The company's name as the statement writes it.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("NL or BE: the supervisory authority and language variant.", valueName: "NL|BE"))
    var jurisdiction = "NL"

    @Option(name: .long, help: ArgumentHelp("A theme in themes/ (default: classic).", valueName: "name"))
    var theme: String?

    @Option(name: .long, help: ArgumentHelp("Services from the catalogue, comma-separated ('general' is always added).", valueName: "a,b"))
    var services: String = ""

    func run() throws {
        let list = services.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let request = NewTenant(id: id, name: name, jurisdiction: jurisdiction, theme: theme, services: list)
        try New.finish(Scaffolder(root: project.rootURL).newTenant(request))
    }
}

/// `sitegen new theme NAME [--from THEME]`.
struct NewThemeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "theme",
        abstract: "Start themes/<name>/: a copy of another theme, or a minimal theme.yaml and stylesheet.")

    @OptionGroup var project: ProjectOptions

    @Argument(help: ArgumentHelp("The new theme's folder name: lowercase letters and digits, hyphen-separated.", valueName: "name"))
    var name: String

    @Option(name: .long, help: ArgumentHelp("Copy this theme instead of starting from a minimal one.", valueName: "theme"))
    var from: String?

    func run() throws {
        try New.finish(Scaffolder(root: project.rootURL).newTheme(name, from: from))
    }
}
