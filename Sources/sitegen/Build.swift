import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen build`: renders tenants into the output folder.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Build tenant sites (the default command).")

    @OptionGroup var project: ProjectOptions
    @OptionGroup var scope: ScopeOptions

    @Option(name: .long, help: ArgumentHelp("Where to write the sites (default: <root>/output).", valueName: "dir"))
    var output: String?

    @Flag(name: .long, help: "Print only problems.")
    var quiet = false

    func run() throws {
        let outputURL = output.map { URL(fileURLWithPath: $0, relativeTo: URL(fileURLWithPath: FileManager.default.currentDirectoryPath)) }
        let report = SiteBuilder(root: project.rootURL, outputRoot: outputURL).build(scope.scope)
        DiagnosticPrinter.print(report.diagnostics)
        if !quiet {
            for result in report.built {
                let pages = result.pageCount == 1 ? "1 page" : "\(result.pageCount) pages"
                let files = result.fileCount == 1 ? "1 file" : "\(result.fileCount) files"
                Swift.print("\(result.tenantID): \(pages), \(files) in \(Int((result.seconds * 1000).rounded())) ms")
            }
            for id in report.pruned { Swift.print("\(id): removed (tenant no longer exists)") }
        }
        if report.diagnostics.hasErrors {
            let count = report.diagnostics.errorCount
            FileHandle.standardError.write(Data("sitegen: \(count) error\(count == 1 ? "" : "s"); nothing was written for the tenants that have them\n".utf8))
            throw ExitCode(1)
        }
    }
}
