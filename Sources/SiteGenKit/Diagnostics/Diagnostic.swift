/// One problem found in a project, in the shape compilers use so editors and CI can link to it:
/// `path:line:column: error: message` followed by `note:` lines.
public struct Diagnostic: Sendable, Hashable, CustomStringConvertible {
    /// How bad the problem is; errors stop a tenant from being built, warnings do not.
    public enum Severity: String, Sendable, Hashable, Codable {
        case error
        case warning
        case note
    }

    /// Where in a file a problem was found; line and column count from 1, 0 means "unknown".
    public struct Location: Sendable, Hashable, Comparable {
        /// The file's path as shown to the user (relative to the project root where possible).
        public var file: String
        public var line: Int
        public var column: Int

        /// A location; pass 0 for a line or column that is not known.
        public init(file: String, line: Int = 0, column: Int = 0) {
            self.file = file
            self.line = line
            self.column = column
        }

        public static func < (lhs: Location, rhs: Location) -> Bool {
            (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
        }

        /// `file:line:col`, leaving out the parts that are not known.
        public var formatted: String {
            var text = file
            if line > 0 {
                text += ":\(line)"
                if column > 0 { text += ":\(column)" }
            }
            return text
        }
    }

    public var severity: Severity
    public var message: String
    public var location: Location?
    /// Follow-up lines that help the reader act: what was expected, where else it is defined.
    public var notes: [String]

    /// A diagnostic; `notes` become `note:` lines under the message.
    public init(_ severity: Severity, _ message: String, at location: Location? = nil, notes: [String] = []) {
        self.severity = severity
        self.message = message
        self.location = location
        self.notes = notes
    }

    /// Shorthand for an error diagnostic.
    public static func error(_ message: String, at location: Location? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.error, message, at: location, notes: notes)
    }

    /// Shorthand for a warning diagnostic.
    public static func warning(_ message: String, at location: Location? = nil, notes: [String] = []) -> Diagnostic {
        Diagnostic(.warning, message, at: location, notes: notes)
    }

    /// The diagnostic as compilers print it, notes on their own lines.
    public var description: String {
        let prefix = location.map { "\($0.formatted): " } ?? "sitegen: "
        var lines = ["\(prefix)\(severity.rawValue): \(message)"]
        for note in notes {
            lines.append("\(location.map { "\($0.formatted): " } ?? "sitegen: ")note: \(note)")
        }
        return lines.joined(separator: "\n")
    }
}
