import Foundation

/// Something a tenant can acknowledge with a reason: a GDPR Art. 13 item it leaves out on purpose,
/// or a lint rule whose finding it keeps. The names go into the decoding messages.
protocol Acknowledgeable: RawRepresentable, CaseIterable, Hashable, Sendable where RawValue == String {
    /// What one of these is called in a message ("GDPR item", "lint rule").
    static var acknowledgedKind: String { get }
    /// What the reason must say, ending "expected a sentence saying why …".
    static var reasonHint: String { get }
}

/// Items a tenant acknowledges, each with the reason a legal editor gave
/// (`automated-decisions: "Wij nemen geen geautomatiseerde besluiten."`). The reason is required:
/// an acknowledgement without one would silence a check without a record of why. Ids are checked
/// while decoding, so a typo is an error at its line rather than a silent no-op.
struct Acknowledgements<Item: Acknowledgeable>: Codable, Sendable {
    /// The reason for each acknowledged item.
    var reasons: [Item: String]

    /// Acknowledgements made in code (tests).
    init(_ reasons: [Item: String]) {
        self.reasons = reasons
    }

    /// Decodes a mapping of id to reason, rejecting unknown ids and empty reasons.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        var reasons: [Item: String] = [:]
        for key in container.allKeys {
            guard let item = Item(rawValue: key.stringValue) else {
                let valid = Item.allCases.map(\.rawValue).joined(separator: ", ")
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "unknown \(Item.acknowledgedKind) '\(key.stringValue)'; expected one of: \(valid)")
            }
            let reason = try container.decode(String.self, forKey: key)
            guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                throw DecodingError.dataCorruptedError(
                    forKey: key, in: container,
                    debugDescription: "the acknowledgement of '\(item.rawValue)' has no reason; "
                        + "expected a sentence saying why \(Item.reasonHint)")
            }
            reasons[item] = reason
        }
        self.reasons = reasons
    }

    /// Encodes the mapping back as written, which the unknown-key check relies on.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: AnyKey.self)
        for (item, reason) in reasons.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
            try container.encode(reason, forKey: AnyKey(item.rawValue))
        }
    }
}

extension GDPRItem: Acknowledgeable {
    static var acknowledgedKind: String { "GDPR item" }
    static var reasonHint: String { "this item does not apply to the tenant" }
}

extension LintRule: Acknowledgeable {
    static var acknowledgedKind: String { "lint rule" }
    static var reasonHint: String { "the text is right for this tenant" }
}
