import ArgumentParser
import Foundation
import SiteGenKit
import SiteGenServer

/// `sitegen serve`: a preview server with live reload; the work is SiteGenServer's.
struct Serve: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Preview tenants in a browser, rendered in memory and reloaded on every edit.",
        discussion: "Serves the working copy of each tenant at http://127.0.0.1:PORT/<id>/ and an index of tenants at /. Nothing is written to output/. docs/serve.md has the details.")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var day: TodayOptions

    @Option(name: .long, help: ArgumentHelp("The port to listen on (0 picks a free one).", valueName: "port"))
    var port = 1313

    @Option(name: .long, help: ArgumentHelp("The address to listen on; other machines see the drafts only if you choose one they reach.", valueName: "address"))
    var bind = "127.0.0.1"

    @Option(name: .long, help: ArgumentHelp("Serve this tenant (repeatable; default: all).", valueName: "id"))
    var tenant: [String] = []

    @Flag(name: .long, help: "Serve every tenant, including tenants added while it runs (the default).")
    var all = false

    func validate() throws {
        if !tenant.isEmpty && all { throw ValidationError("Pass either --tenant or --all, not both.") }
        if !(0...65535).contains(port) { throw ValidationError("--port must be between 0 and 65535.") }
    }

    func run() throws {
        let status = PreviewServer.serve(.init(root: project.rootURL, tenants: tenant.isEmpty ? nil : tenant,
                                               port: UInt16(port), bind: bind, today: day.today == nil ? nil : day.day))
        if status != 0 { throw ExitCode(status) }
    }
}
