extension Diagnostic {
    /// The id of the legal-pack rule (`implied-consent`, …) this warning comes from, or nil. For
    /// callers that must tell legal findings — which stay until a company approves a correction —
    /// from problems of their own making, such as the benchmark's generator, which copies real
    /// tenants' text.
    public var legalRuleID: String? {
        guard severity == .warning, message.hasSuffix("]"), let open = message.lastIndex(of: "[") else { return nil }
        let id = String(message[message.index(after: open)..<message.index(before: message.endIndex)])
        return LintRule(rawValue: id).flatMap { LegalRule.isLegal($0) ? id : nil }
    }
}
