/// A dotted name of the placeholder language (`company.address.city`), split into its parts once
/// when the template is parsed: a name is looked up every time a tenant's statement is expanded.
struct PlaceholderPath: Sendable, Hashable, CustomStringConvertible {
    /// The name as written, for messages.
    let text: String
    /// The parts between the dots; empty parts stay (`a..b` names nothing, and says so).
    let parts: [String]

    /// Splits `text` at its `.` bytes.
    init(_ text: String) {
        self.text = text
        parts = text.utf8.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The name as written.
    var description: String { text }
}
