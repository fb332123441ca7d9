/// Why a config value was refused, in words a person can act on: the message says what is wrong,
/// the notes what is expected. Value types return one instead of throwing, so a file's every bad
/// value is reported in one run.
struct ValueProblem: Error, Sendable, Equatable {
    /// What is wrong, e.g. "'red' is not a colour".
    var message: String
    /// What would be right, one sentence each.
    var notes: [String]

    /// A problem with its notes.
    init(_ message: String, notes: [String] = []) {
        self.message = message
        self.notes = notes
    }

    /// The problem as one sentence about the value at `path`, notes after "; " — the form a
    /// `DecodingError` description takes, which the YAML layer splits into message and notes.
    func sentence(for path: String) -> String {
        let head = message.hasPrefix("'") ? "\(path): \(message)" : "'\(path)' \(message)"
        return ([head] + notes).joined(separator: "; ")
    }

    /// The problem of a required value that holds nothing (YAML's `~`/`null`, "" or only white space);
    /// nil when the value has text.
    static func blank(_ text: String) -> ValueProblem? {
        isBlank(text) ? ValueProblem("is empty", notes: ["write a value, or leave the key out if it is optional"]) : nil
    }

    /// Whether `text` holds nothing a reader would see. A YAML null decodes as its spelling (`~`,
    /// `null`), so those count as empty too.
    static func isBlank(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty || ["~", "null", "Null", "NULL"].contains(trimmed)
    }

    /// The first control character in `text` (tab, line breaks and the like), which no one-line
    /// value such as an address or URL may hold.
    static func controlCharacter(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first { $0.properties.generalCategory == .control || $0 == "\u{2028}" || $0 == "\u{2029}" }
    }
}
