import ArgumentParser
import Foundation
import SiteGenKit

/// `sitegen templates`: lists sitegen's built-in templates, or prints one to start an override from.
struct Templates: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List sitegen's built-in templates, or print one.",
        discussion: "A theme or a tenant replaces a template by putting a file of the same name in its templates/ folder; start from the built-in: sitegen templates --print footer > themes/<name>/templates/footer.mustache. docs/themes.md lists the names each template sees and the rules every template is checked against.")

    @Option(name: .long, help: ArgumentHelp("Print this built-in template as a templates/<name>.mustache file holds it.", valueName: "name"))
    var print: String?

    func validate() throws {
        if let name = print, TemplateReference.text(of: name) == nil {
            let hint = TemplateReference.suggestion(for: name).map { " Did you mean '\($0)'?" } ?? ""
            throw ValidationError("sitegen has no template '\(name)'.\(hint) Run 'sitegen templates' for the list.")
        }
    }

    func run() throws {
        if let name = print, let text = TemplateReference.text(of: name) {
            // Byte for byte into a file; a terminal gets a final line break the file may not have.
            Swift.print(text, terminator: text.hasSuffix("\n") || isatty(STDOUT_FILENO) != 1 ? "" : "\n")
        } else {
            Swift.print(TemplateReference.listing)
            Swift.print("\nPrint one with: sitegen templates --print <name>")
        }
    }
}
