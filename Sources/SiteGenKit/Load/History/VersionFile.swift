import Foundation

/// Reads and writes `tenants/<id>/history/NNNN.md`: a YAML front matter with the version's facts,
/// then the frozen statement Markdown, byte for byte.
enum VersionFile {
    private struct FrontMatter: Codable {
        var version: Int
        var date: DayDate
        var summary: String
        var approvedBy: String?
        var sha256: String

        enum CodingKeys: String, CodingKey {
            case version, date, summary, sha256
            case approvedBy = "approved_by"
        }
    }

    /// Parses a version file; its number must match the file name.
    static func parse(_ source: SourceFile, expectedNumber: Int) throws(DiagnosticError) -> Version {
        let text = source.text
        guard text.hasPrefix("---\n"), let end = frontMatterEnd(in: text) else {
            throw DiagnosticError(.error("version file has no front matter", at: .init(file: source.displayPath, line: 1, column: 1)))
        }
        let utf8 = text.utf8
        // Sliced by bytes: a Character slice would round to grapheme boundaries, and the frozen
        // Markdown must be exactly the bytes after the marker that its hash was taken over.
        let yaml = String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: 4)..<end.lowerBound]))
        let document = try YAMLDocument(SourceFile(displayPath: source.displayPath, text: yaml), lineOffset: 1)
        let front = try document.decode(FrontMatter.self)
        guard front.version == expectedNumber else {
            throw DiagnosticError(.error("version \(front.version) is stored as \(Version.fileName(expectedNumber))",
                                         at: document.location(of: document.node(at: [AnyKey("version")]))))
        }
        return Version(number: front.version, date: front.date, summary: front.summary, approvedBy: front.approvedBy,
                       recordedHash: front.sha256, markdown: String(Substring(utf8[end.upperBound...])), file: source.displayPath)
    }

    /// Where the first `\n---\n` is: the line that closes the front matter. Found in the UTF-8
    /// bytes — Foundation's `range(of:)` measured the whole frozen statement in UTF-16 first, and
    /// the standard library's generic `firstRange(of:)` costs twice this loop.
    private static func frontMatterEnd(in text: String) -> Range<String.Index>? {
        let marker = Array("\n---\n".utf8)
        let utf8 = text.utf8
        var start = utf8.startIndex
        while let newline = utf8[start...].firstIndex(of: marker[0]) {
            guard let end = utf8.index(newline, offsetBy: marker.count, limitedBy: utf8.endIndex) else { return nil }
            if utf8[newline..<end].elementsEqual(marker) { return newline..<end }
            start = utf8.index(after: newline)
        }
        return nil
    }

    /// The file text of a new version.
    static func serialize(number: Int, date: DayDate, summary: String, approvedBy: String?, markdown: String) -> String {
        var lines = ["---", "version: \(number)", "date: \(date)", "summary: \(quoted(summary))"]
        if let approvedBy { lines.append("approved_by: \(quoted(approvedBy))") }
        lines.append("sha256: \(Version.hash(markdown))")
        lines.append("---")
        return lines.joined(separator: "\n") + "\n" + markdown
    }

    /// A YAML double-quoted string, so any summary survives the round trip.
    private static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            default:
                if scalar.value < 0x20 { result += String(format: "\\x%02X", scalar.value) } else { result.unicodeScalars.append(scalar) }
            }
        }
        return result + "\""
    }
}
