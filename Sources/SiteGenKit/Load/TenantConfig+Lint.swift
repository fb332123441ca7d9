import Foundation

extension TenantConfig {
    /// The `lint:` block: the content-lint rules (`sitegen check`) whose findings the tenant keeps
    /// on purpose. A block of its own, like `gdpr:`, so the statement's legal editor finds every
    /// "we weighed this and keep it" in one place.
    struct Lint: Codable, Sendable {
        /// Rules whose findings are acknowledged, with the reason.
        var acknowledged: LintAcknowledgements?
    }

    /// Lint rules a tenant acknowledges, each with the reason a legal editor gave
    /// (`consent-age: "JSM richt zich bewust op 16 jaar en ouder; dat is strenger dan art. 7 …"`).
    /// The reason is required, and rule ids are checked while decoding, so a typo is an error at
    /// its line rather than a warning that silently stays.
    struct LintAcknowledgements: Codable, Sendable {
        /// The reason for each acknowledged rule.
        var reasons: [LintRule: String]

        /// Acknowledgements made in code (tests).
        init(_ reasons: [LintRule: String]) {
            self.reasons = reasons
        }

        /// Decodes a mapping of rule id to reason, rejecting unknown ids and empty reasons.
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            var reasons: [LintRule: String] = [:]
            for key in container.allKeys {
                guard let rule = LintRule(rawValue: key.stringValue) else {
                    let valid = LintRule.allCases.map(\.rawValue).joined(separator: ", ")
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container,
                        debugDescription: "unknown lint rule '\(key.stringValue)'; expected one of: \(valid)")
                }
                let reason = try container.decode(String.self, forKey: key)
                guard !reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
                    throw DecodingError.dataCorruptedError(
                        forKey: key, in: container,
                        debugDescription: "the acknowledgement of '\(rule.rawValue)' has no reason; "
                            + "expected a sentence saying why the text is right for this tenant")
                }
                reasons[rule] = reason
            }
            self.reasons = reasons
        }

        /// Encodes the mapping back as written, which the unknown-key check relies on.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: AnyKey.self)
            for (rule, reason) in reasons.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
                try container.encode(reason, forKey: AnyKey(rule.rawValue))
            }
        }
    }
}
