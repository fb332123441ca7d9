/// A closed set of values in a config file; decoding an unknown value names the allowed ones,
/// which the YAML layer turns into a `note:` line.
protocol ConfigEnum: Codable, CaseIterable, RawRepresentable where RawValue == String {}

extension ConfigEnum {
    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        let raw = try container.decode(String.self)
        guard let value = Self(rawValue: raw) else {
            let allowed = Self.allCases.map(\.rawValue).joined(separator: ", ")
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "invalid value '\(raw)'; expected one of: \(allowed)")
        }
        self = value
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The language a statement is written in; also the page's `lang` attribute.
enum Language: String, ConfigEnum, Sendable {
    case nl
    case nlBE = "nl-BE"
}

/// How the statement addresses the reader: formal "u" or informal "je".
enum Register: String, ConfigEnum, Sendable {
    case u
    case je
}

/// The country whose supervisory authority and law apply.
enum Jurisdiction: String, ConfigEnum, Sendable {
    case nl = "NL"
    case be = "BE"
}
