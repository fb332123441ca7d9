import Foundation

/// `versions.json`: every version's number, dates, summary, hash and address, for tools that
/// archive or monitor statements.
enum VersionIndex {
    private struct Entry: Encodable {
        var number: Int
        /// `YYYY-MM-DD`, or "unknown" where the record does not say.
        var published: String
        var effective: String
        /// `in-force`, `announced` or `superseded` on the day of the build.
        var status: String
        var summary: String
        var approvedBy: String?
        var sha256: String
        var url: String

        enum CodingKeys: String, CodingKey {
            case number, published, effective, status, summary, sha256, url
            case approvedBy = "approved_by"
        }
    }

    /// The JSON bytes, keys sorted so the file is byte-identical for the same history.
    static func json(versions: [Version], today: DayDate, baseURL: String) -> Data {
        let inForce = versions.inForce(on: today)?.number
        let entries = versions.sorted { $0.number < $1.number }.map { version in
            Entry(number: version.number, published: version.published?.description ?? VersionFile.unknownDate,
                  effective: version.effective?.description ?? VersionFile.unknownDate,
                  status: version.status(inForce: inForce, today: today).rawValue, summary: version.summary,
                  approvedBy: version.approvedBy, sha256: version.recordedHash, url: baseURL + "versions/\(version.number)/")
        }
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return ((try? encoder.encode(["versions": entries])) ?? Data()) + Data("\n".utf8)
    }
}
