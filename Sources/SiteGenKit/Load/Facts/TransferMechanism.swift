/// How a transfer outside the EEA is safeguarded (GDPR Art. 45–47, 49): an adequacy decision, the
/// EU–US Data Privacy Framework (an adequacy decision of its own), standard contractual clauses,
/// binding corporate rules, or a derogation of Art. 49.
enum TransferMechanism: String, CaseIterable, Codable, Sendable, Hashable, ClosedSetValue {
    /// An adequacy decision (Art. 45), the DPF (Art. 45), standard contractual clauses (Art. 46(2)(c)),
    /// binding corporate rules (Art. 47), a derogation (Art. 49).
    case adequacy, dpf, scc, bcr, derogation

    /// What a mechanism is called in messages.
    static var valueKind: String { "transfer mechanism" }
    /// Where a mechanism's words come from, for messages.
    static var valueHint: String { "the library's transfer_mechanisms: gives each its label" }

    /// Whether the data subject may obtain a copy of the safeguard (Art. 13(1)(f): Art. 46/47).
    var needsCopy: Bool { self == .scc || self == .bcr }
}
