/// The words a library gives the values of a closed set (`legal_bases: { contract: "Uitvoering
/// overeenkomst", … }`): the statement prints a typed fact through them, so the wording stays in
/// the library and a row that did not change reads as before. Keys are checked while decoding.
struct Labels<Value: ClosedSetValue & Hashable & Sendable>: Codable, Sendable where Value.RawValue == String {
    /// The label of each value the library names.
    var labels: [Value: String]

    /// Labels made in code (tests).
    init(_ labels: [Value: String]) {
        self.labels = labels
    }

    /// Decodes a mapping of value to label, rejecting unknown values and empty labels.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        var labels: [Value: String] = [:]
        for key in container.allKeys {
            guard let value = Value(rawValue: key.stringValue) else {
                let allowed = Value.allCases.map(\.rawValue)
                let did = Suggestion.closest(to: key.stringValue, in: allowed).map { " (did you mean '\($0)'?)" } ?? ""
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "unknown \(Value.valueKind) '\(key.stringValue)'\(did); expected one of: \(allowed.joined(separator: ", "))")
            }
            let label = try container.decode(String.self, forKey: key)
            guard !ValueProblem.isBlank(label) else {
                throw DecodingError.dataCorruptedError(forKey: key, in: container,
                                                       debugDescription: "the label of '\(key.stringValue)' is empty; expected the words the statement prints")
            }
            labels[value] = label
        }
        self.labels = labels
    }

    /// Encodes the mapping back as written, which the unknown-key check relies on.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for (value, label) in labels.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try container.encode(label, forKey: AnyKey(value.rawValue))
        }
    }

    /// The label of `value`, if the library gives one.
    subscript(value: Value) -> String? { labels[value] }
}
