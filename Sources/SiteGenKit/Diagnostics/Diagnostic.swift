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

    /// The diagnostic as compilers print it, notes on their own lines. Control characters from
    /// input (a key holding ESC or a line break) are shown escaped, so a message can neither
    /// drive the terminal nor forge a line of its own.
    public var description: String {
        let prefix = location.map { "\(Self.escaped($0.formatted)): " } ?? "sitegen: "
        var lines = ["\(prefix)\(severity.rawValue): \(Self.escaped(message))"]
        for note in notes {
            lines.append("\(prefix)note: \(Self.escaped(note))")
        }
        return lines.joined(separator: "\n")
    }

    /// `text` with control characters written as `\n`, `\r`, `\t` or `\u{1B}`.
    public static func escaped(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: isControl) else { return text }
        var result = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n": result += "\\n"
            case "\r": result += "\\r"
            case "\t": result += "\\t"
            case _ where isControl(scalar): result += "\\u{\(String(scalar.value, radix: 16, uppercase: true))}"
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// C0 and C1 controls, DEL, and the Unicode line and paragraph separators and bidi overrides.
    private static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.generalCategory == .control || (0x2028...0x2029).contains(scalar.value)
            || (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }
}
