/// A closed set of words in a config whose decoding error suggests the nearest allowed word:
/// a free-text basis from before the facts model ("Uitvoering overeenkomst") or a typo
/// ("legitimate_interest") is an error that says what to write instead.
protocol ClosedSetValue: Codable, CaseIterable, RawRepresentable where RawValue == String {
    /// What one value is called in a message ("legal basis").
    static var valueKind: String { get }
    /// Where the words shown on the page come from, for the note.
    static var valueHint: String { get }
}

extension ClosedSetValue {
    /// Decodes an allowed word; anything else is an error listing them, with a "did you mean".
    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            let allowed = Self.allCases.map(\.rawValue)
            let guess = Suggestion.closest(to: raw.lowercased().replacingOccurrences(of: "_", with: "-").replacingOccurrences(of: " ", with: "-"),
                                           in: allowed)
            let did = guess.map { " (did you mean '\($0)'?)" } ?? ""
            throw DecodingError.dataCorruptedError(
                in: container,
                debugDescription: "invalid \(Self.valueKind) '\(raw)'\(did); expected one of: \(allowed.joined(separator: ", ")) — \(Self.valueHint)")
        }
        self = value
    }

    /// Encodes the word as written.
    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
