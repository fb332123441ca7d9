import Foundation

/// Starts new tenants and themes (`sitegen new`): writes files a person then edits, never over
/// anything that exists. The command line only parses arguments and prints the report.
public struct Scaffolder: Sendable {
    /// The project folder holding `tenants/` and `themes/`.
    public let root: URL

    /// A scaffolder for the project at `root`.
    public init(root: URL) {
        self.root = root.standardizedFileURL
    }

    /// A problem with a name the command line passed: a usage error with a note listing what exists.
    static func unknown(_ what: String, _ value: String, known: [String]) -> Diagnostic {
        .error("unknown \(what) '\(value)'", notes: ["known: \(known.isEmpty ? "none" : known.joined(separator: ", "))"])
    }

    /// Whether `text` holds a control character (a newline included), which has no place in a
    /// one-line value and could forge lines in a terminal or a YAML file.
    static func hasControlCharacters(_ text: String) -> Bool {
        text.unicodeScalars.contains { $0.properties.generalCategory == .control }
    }
}
