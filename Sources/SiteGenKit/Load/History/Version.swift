import Foundation

/// One released version of a tenant's statement: frozen Markdown, so an archived version renders
/// the same after the clause library or the config changes.
public struct Version: Sendable {
    public let number: Int
    /// The day it was released; nil where the record does not say (never invented).
    public let published: DayDate?
    /// The day it applies from (on or after `published`); nil where the record does not say.
    public let effective: DayDate?
    /// What changed, in the tenant's language, for visitors.
    public let summary: String
    public let approvedBy: String?
    /// Why the release gave less notice than `notice_days` (a typo fix, say); shown in the changelog.
    public let noNoticeReason: String?
    /// The SHA-256 of the body recorded when the version was released; a mismatch means the body was edited.
    public let recordedHash: String
    /// The chain hash recorded at release: over the whole file and the previous version's chain hash.
    public let recordedChain: String?
    /// The chain hash of the file as it is now, over the previous version's recorded chain hash.
    public let actualChain: String
    public let markdown: String
    /// The version's file, relative to the project root.
    public let file: String

    /// The SHA-256 of the frozen Markdown as it is now.
    public var actualHash: String { Self.hash(markdown) }

    /// Hex SHA-256 of a statement's Markdown.
    public static func hash(_ markdown: String) -> String {
        ContentHash.sha256(Data(markdown.utf8))
    }

    /// The chain hash of a version file's text (without its `chain:` line) after `previous`, the
    /// chain hash of the version before it ("" for version 1).
    static func chain(previous: String, fileWithoutChain text: String) -> String {
        ContentHash.sha256(Data((previous + "\n" + text).utf8))
    }

    /// The effective date in Dutch, or "onbekende datum" where the record has none.
    public var effectiveDutch: String { effective?.dutch ?? "onbekende datum" }

    /// The state of this version on `today` given `inForce`, the number of the version in force.
    public func status(inForce: Int?, today: DayDate) -> VersionStatus {
        if let effective, effective > today { return .announced }
        if number == inForce { return .inForce }
        return .superseded
    }

    /// `history/0001.md`: numbers are zero-padded so file listings sort in release order.
    static func fileName(_ number: Int) -> String { String(format: "%04d.md", number) }
}

/// Where a released version stands on a given day (docs: /work/shared/design/versions.md).
public enum VersionStatus: String, Sendable {
    /// Released, effective date after today.
    case announced
    /// The latest released version whose effective date is today or earlier.
    case inForce = "in-force"
    /// Released, and a later version is in force.
    case superseded
}

extension Array where Element == Version {
    /// The version in force on `today`: the latest whose effective date is not after today. A
    /// version with an unknown date counts as in force from before any known date.
    public func inForce(on today: DayDate) -> Version? {
        last { $0.effective.map { $0 <= today } ?? true }
    }

    /// The released versions whose effective date is after `today`, oldest first.
    public func announced(on today: DayDate) -> [Version] {
        filter { $0.effective.map { $0 > today } ?? false }
    }
}
