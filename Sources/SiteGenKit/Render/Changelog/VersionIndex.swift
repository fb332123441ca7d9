import Foundation

/// `versions.json`: every version's number, date, summary, hash and address, for tools that
/// archive or monitor statements.
enum VersionIndex {
    private struct Entry: Encodable {
        var number: Int
        var date: String
        var summary: String
        var approvedBy: String?
        var sha256: String
        var url: String

        enum CodingKeys: String, CodingKey {
            case number, date, summary, sha256, url
            case approvedBy = "approved_by"
        }
    }

    /// The JSON bytes, keys sorted so the file is byte-identical for the same history.
    static func json(versions: [Version], baseURL: String) -> Data {
        let entries = versions.sorted { $0.number < $1.number }.map { version in
            Entry(number: version.number, date: version.date.description, summary: version.summary,
                  approvedBy: version.approvedBy, sha256: version.recordedHash, url: baseURL + "versions/\(version.number)/")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(["versions": entries])) ?? Data()) + Data("\n".utf8)
    }
}
