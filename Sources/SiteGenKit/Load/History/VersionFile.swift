import Foundation

/// Reads and writes `tenants/<id>/history/NNNN.md`: a YAML front matter with the version's facts,
/// then the frozen statement Markdown, byte for byte.
enum VersionFile {
    private struct FrontMatter: Codable {
        var version: Int
        var published: String
        var effective: String
        var summary: String
        var approvedBy: String?
        var noNoticeReason: String?
        var sha256: String
        var chain: String?

        enum CodingKeys: String, CodingKey {
            case version, published, effective, summary, sha256, chain
            case approvedBy = "approved_by"
            case noNoticeReason = "no_notice_reason"
        }
    }

    /// What a date field holds when the record does not know the day; dates are never invented.
    static let unknownDate = "unknown"

    /// Parses a version file; its number must match the file name. `previousChain` is the chain
    /// hash recorded in the version before it ("" for version 1).
    static func parse(_ source: SourceFile, expectedNumber: Int, previousChain: String) throws(DiagnosticError) -> Version {
        let text = source.text
        guard text.hasPrefix("---\n"), let end = frontMatterEnd(in: text) else {
            throw DiagnosticError(.error("version file has no front matter", at: .init(file: source.displayPath, line: 1, column: 1)))
        }
        let utf8 = text.utf8
        // Sliced by bytes: a Character slice would round to grapheme boundaries, and the frozen
        // Markdown must be exactly the bytes after the marker that its hash was taken over.
        let yaml = String(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: 4)..<end.lowerBound]))
        let document = try YAMLDocument(SourceFile(displayPath: source.displayPath, text: yaml), lineOffset: 1)
        let front: FrontMatter
        do {
            front = try document.decode(FrontMatter.self)
        } catch {
            if case let .mapping(mapping) = document.root, mapping["date"] != nil {
                throw DiagnosticError(.error("version file has 'date:'; versions now record 'published:' and 'effective:'",
                                             at: KeyLocations(document).value(at: "date"),
                                             notes: ["history files are written by 'sitegen release'; see docs/authoring.md"]))
            }
            throw error
        }
        guard front.version == expectedNumber else {
            throw DiagnosticError(.error("version \(front.version) is stored as \(Version.fileName(expectedNumber))",
                                         at: KeyLocations(document).value(at: "version")))
        }
        func day(_ key: String, _ value: String) throws(DiagnosticError) -> DayDate? {
            if value == unknownDate { return nil }
            guard let date = DayDate(value) else {
                throw DiagnosticError(.error("invalid date '\(value)' in '\(key)'",
                                             at: KeyLocations(document).value(at: key),
                                             notes: ["expected YYYY-MM-DD, or '\(unknownDate)' where the record does not say"]))
            }
            return date
        }
        let published = try day("published", front.published)
        let effective = try day("effective", front.effective)
        return Version(number: front.version, published: published, effective: effective, summary: front.summary,
                       approvedBy: front.approvedBy, noNoticeReason: front.noNoticeReason, recordedHash: front.sha256,
                       recordedChain: front.chain,
                       actualChain: Version.chain(previous: previousChain, fileWithoutChain: withoutChainLine(text, frontMatterEnd: end)),
                       markdown: String(Substring(utf8[end.upperBound...])), file: source.displayPath)
    }

    /// The file text without its front matter's `chain:` line: the chain hash cannot cover itself.
    private static func withoutChainLine(_ text: String, frontMatterEnd end: Range<String.Index>) -> String {
        let utf8 = text.utf8
        let marker = Array("\nchain: ".utf8)
        var start = utf8.startIndex
        while let newline = utf8[start..<end.lowerBound].firstIndex(of: marker[0]) {
            guard let after = utf8.index(newline, offsetBy: marker.count, limitedBy: end.lowerBound) else { break }
            if utf8[newline..<after].elementsEqual(marker) {
                let lineEnd = utf8[after...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
                return String(Substring(utf8[..<newline])) + String(Substring(utf8[lineEnd...]))
            }
            start = utf8.index(after: newline)
        }
        return text
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

    /// The facts a new version file records besides its text.
    struct Record {
        var number: Int
        var published: DayDate?
        var effective: DayDate?
        var summary: String
        var approvedBy: String?
        var noNoticeReason: String?
    }

    /// The file text of a new version, chained to `previousChain` (the latest version's recorded
    /// chain hash, "" for version 1).
    static func serialize(_ record: Record, markdown: String, previousChain: String) -> String {
        var lines = ["---", "version: \(record.number)", "published: \(record.published?.description ?? unknownDate)",
                     "effective: \(record.effective?.description ?? unknownDate)", "summary: \(quoted(record.summary))"]
        if let approvedBy = record.approvedBy { lines.append("approved_by: \(quoted(approvedBy))") }
        if let reason = record.noNoticeReason { lines.append("no_notice_reason: \(quoted(reason))") }
        lines.append("sha256: \(Version.hash(markdown))")
        let unchained = (lines + ["---"]).joined(separator: "\n") + "\n" + markdown
        lines.append("chain: \(Version.chain(previous: previousChain, fileWithoutChain: unchained))")
        return (lines + ["---"]).joined(separator: "\n") + "\n" + markdown
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
