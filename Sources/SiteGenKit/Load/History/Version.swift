import Foundation

/// One released version of a tenant's statement: frozen Markdown, so an archived version renders
/// the same after the clause library or the config changes.
public struct Version: Sendable {
    public let number: Int
    public let date: DayDate
    /// What changed, in the tenant's language, for visitors.
    public let summary: String
    public let approvedBy: String?
    /// The SHA-256 recorded when the version was released; a mismatch means the file was edited.
    public let recordedHash: String
    public let markdown: String
    /// The version's file, relative to the project root.
    public let file: String

    /// The SHA-256 of the frozen Markdown as it is now.
    public var actualHash: String { Self.hash(markdown) }

    /// Hex SHA-256 of a statement's Markdown.
    public static func hash(_ markdown: String) -> String {
        ContentHash.sha256(Data(markdown.utf8))
    }

    /// `history/0001.md`: numbers are zero-padded so file listings sort in release order.
    static func fileName(_ number: Int) -> String { String(format: "%04d.md", number) }
}
