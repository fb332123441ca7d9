/// A fact of GDPR Art. 13 as a tenant states it: known, or an open question only the company can
/// answer (`{ unknown: "Bewaart u verkeersgegevens op grond van een wet?" }`). An unknown fact is
/// never a silent answer: `check` reports it as an open question with its reason, and printing it
/// on the page is an error.
enum Fact<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    /// The fact as the tenant states it.
    case known(Value)
    /// The question, as the legal editor wrote it.
    case unknown(String)

    private enum Keys: String, CodingKey { case unknown }

    /// Decodes `{ unknown: "…" }` as an open question, anything else as the value.
    init(from decoder: Decoder) throws {
        if let container = try? decoder.container(keyedBy: Keys.self), container.contains(.unknown) {
            let reason = try container.decode(String.self, forKey: .unknown)
            guard !ValueProblem.isBlank(reason) else {
                // At the fact, not its key: the whole fact is the problem, and nothing else is reported about it.
                throw DecodingError.dataCorrupted(.init(
                    codingPath: decoder.codingPath,
                    debugDescription: "an unknown fact needs its question; expected a sentence saying what only the company can answer"))
            }
            self = .unknown(reason)
        } else {
            self = .known(try Value(from: decoder))
        }
    }

    /// Encodes the fact back as written, which the unknown-key check relies on.
    func encode(to encoder: Encoder) throws {
        switch self {
        case let .known(value):
            try value.encode(to: encoder)
        case let .unknown(reason):
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(reason, forKey: .unknown)
        }
    }

    /// The value when it is known.
    var known: Value? {
        if case let .known(value) = self { return value }
        return nil
    }

    /// The open question when the fact is unknown.
    var question: String? {
        if case let .unknown(reason) = self { return reason }
        return nil
    }
}

/// A fact that may be `none` (`transfers: none`, `automated_decisions: none`) or a value.
enum NoneOr<Value: Codable & Sendable & Equatable>: Codable, Sendable, Equatable {
    /// The word `none`: there is nothing of this kind (no transfers, no automated decisions).
    case none
    /// What there is.
    case some(Value)

    /// Decodes the word `none`, or the value; any other word names what is accepted.
    init(from decoder: Decoder) throws {
        if let container = try? decoder.singleValueContainer(), let word = try? container.decode(String.self), Value.self != String.self {
            guard word == "none" else {
                throw DecodingError.dataCorruptedError(
                    in: container, debugDescription: "invalid value '\(word)'; expected none, { unknown: \"…\" } or the facts (docs/authoring.md, \"Facts\")")
            }
            self = .none
        } else {
            self = .some(try Value(from: decoder))
        }
    }

    /// Encodes `none` or the value, as written.
    func encode(to encoder: Encoder) throws {
        switch self {
        case .none:
            var container = encoder.singleValueContainer()
            try container.encode("none")
        case let .some(value):
            try value.encode(to: encoder)
        }
    }
}
