/// The `facts:` of a tenant.yaml: the GDPR Art. 13 information as data, so coverage can tell
/// what reached the page instead of trusting what clauses declare. The shape is in
/// docs/authoring.md ("Facts (GDPR Art. 13)"); any fact may be `{ unknown: "…" }`.
///
/// Every type here encodes each of its keys, set or not, so an unknown key in the file is
/// answered with the nearest key the type has ("did you mean 'retention'?").
struct TenantFacts: Codable, Sendable, Equatable {
    /// Art. 13(1)(c)/(d), 13(2)(a): what data is used for, on which basis, for how long.
    var purposes: [Purpose]?
    /// How consent is withdrawn (Art. 7(3), 13(2)(c)); required when a purpose rests on consent.
    var consentWithdrawal: Fact<String>?
    /// Art. 13(1)(e).
    var recipients: Fact<NoneOr<Recipients>>?
    /// Art. 13(1)(f).
    var transfers: Fact<NoneOr<[Transfer]>>?
    /// Art. 13(2)(e): whether providing the data is a statutory or contractual requirement, and the consequence.
    var requirement: Fact<String>?
    /// Art. 13(2)(f).
    var automatedDecisions: Fact<NoneOr<AutomatedDecisions>>?

    enum CodingKeys: String, CodingKey, CaseIterable {
        case purposes, recipients, transfers, requirement
        case consentWithdrawal = "consent_withdrawal"
        case automatedDecisions = "automated_decisions"
    }

    /// Writes every key, nil ones as null, so the unknown-key check knows them all.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(purposes, forKey: .purposes)
        try container.encode(consentWithdrawal, forKey: .consentWithdrawal)
        try container.encode(recipients, forKey: .recipients)
        try container.encode(transfers, forKey: .transfers)
        try container.encode(requirement, forKey: .requirement)
        try container.encode(automatedDecisions, forKey: .automatedDecisions)
    }

    /// One purpose of the processing, as the statement words it.
    struct Purpose: Codable, Sendable, Equatable {
        /// Lowercase, unique per tenant; diagnostics name it.
        var id: String
        /// How the statement words the purpose.
        var name: String
        /// Optional while decoding so a missing basis is reported naming the purpose (`FactsCheck`).
        var basis: Fact<LegalBasis>?
        /// The legitimate interest, required for basis legitimate-interest (Art. 6(1)(f), 13(1)(d)).
        var interest: Fact<String>?
        /// The law that imposes the obligation, for basis legal-obligation (Art. 6(3)).
        var law: Fact<String>?
        /// How long the data is kept, or the criteria (Art. 13(2)(a)).
        var retention: Fact<String>?

        /// Writes every key, nil ones as null.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(id, forKey: .id)
            try container.encode(name, forKey: .name)
            try container.encode(basis, forKey: .basis)
            try container.encode(interest, forKey: .interest)
            try container.encode(law, forKey: .law)
            try container.encode(retention, forKey: .retention)
        }

        enum CodingKeys: String, CodingKey { case id, name, basis, interest, law, retention }
    }

    /// Who receives the data: categories, and the processors the statement names.
    struct Recipients: Codable, Sendable, Equatable {
        /// Categories of recipients, as the statement words them.
        var categories: [String]?
        /// Named processors, where the statement names them.
        var processors: [String]?

        /// Writes every key, nil ones as null.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(categories, forKey: .categories)
            try container.encode(processors, forKey: .processors)
        }

        enum CodingKeys: String, CodingKey { case categories, processors }
    }

    /// One transfer outside the EEA.
    struct Transfer: Codable, Sendable, Equatable {
        /// The country (or countries) the data goes to.
        var to: Fact<String>?
        /// The safeguard (Art. 45–47, 49).
        var mechanism: Fact<TransferMechanism>?
        /// How to obtain a copy of the safeguard; required for scc and bcr (Art. 13(1)(f)).
        var copy: Fact<String>?

        /// Writes every key, nil ones as null.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(to, forKey: .to)
            try container.encode(mechanism, forKey: .mechanism)
            try container.encode(copy, forKey: .copy)
        }

        enum CodingKeys: String, CodingKey { case to, mechanism, copy }
    }

    /// Automated decision-making, profiling included: the logic and its consequences (Art. 13(2)(f)).
    struct AutomatedDecisions: Codable, Sendable, Equatable {
        /// Meaningful information about the logic involved.
        var logic: Fact<String>?
        /// The significance and envisaged consequences for the person.
        var consequences: Fact<String>?

        /// Writes every key, nil ones as null.
        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(logic, forKey: .logic)
            try container.encode(consequences, forKey: .consequences)
        }

        enum CodingKeys: String, CodingKey { case logic, consequences }
    }
}
