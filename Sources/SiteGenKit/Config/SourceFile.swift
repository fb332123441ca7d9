import Foundation

/// A text file read from the project, with the path shown in diagnostics. Reading is the only
/// place that checks size and encoding, so no later stage sees binary or giant input.
struct SourceFile: Sendable {
    /// Files larger than this are refused: no legitimate statement or config comes close.
    static let maximumSize = 4 * 1024 * 1024

    /// The path relative to the project root, as shown to the user.
    let displayPath: String
    let text: String

    /// Reads `url`, refusing missing, oversized, binary and non-UTF-8 files with a diagnostic.
    static func read(_ url: URL, displayPath: String) throws(DiagnosticError) -> SourceFile {
        let location = Diagnostic.Location(file: displayPath)
        let data: Data
        do {
            let attributes = try FileManager.default.attributesOfItem(atPath: url.path)
            if let size = attributes[.size] as? Int, size > maximumSize {
                throw DiagnosticError(.error(
                    "file is too large (\(size) bytes)", at: location,
                    notes: ["sitegen reads files of at most \(maximumSize) bytes"]))
            }
            data = try Data(contentsOf: url)
        } catch let error as DiagnosticError {
            throw error
        } catch {
            throw DiagnosticError(.error("cannot read file", at: location))
        }
        if data.contains(0) {
            throw DiagnosticError(.error("file is binary, expected UTF-8 text", at: location))
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DiagnosticError(.error("file is not valid UTF-8 text", at: location))
        }
        // A byte-order mark is invisible to the author but would break front matter detection.
        return SourceFile(displayPath: displayPath, text: text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text)
    }
}
