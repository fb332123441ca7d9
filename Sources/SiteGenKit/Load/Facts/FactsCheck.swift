/// Checks the `facts:` of a tenant.yaml for what its types alone accept: a purpose without a legal
/// basis, legitimate interest without the interest, consent without a way to withdraw it, an
/// Art. 46/47 transfer without a way to get a copy, duplicate purpose ids, empty texts. These are
/// contradictions in law, so each is an error at its line with a note on the fix, all in one run.
struct FactsCheck {
    private let locations: KeyLocations
    private let configFile: String
    private(set) var diagnostics = Diagnostics()

    /// The problems of `facts`; `registerConsent` is true when a register row rests on consent,
    /// which needs `consent_withdrawal` as much as a purpose does.
    static func check(_ facts: TenantFacts?, registerConsent: Bool = false, locations: KeyLocations, configFile: String) -> Diagnostics {
        var check = FactsCheck(locations: locations, configFile: configFile)
        guard let facts else {
            if registerConsent { check.missingWithdrawal(for: "a processing register row", at: "processing") }
            return check.diagnostics
        }
        var seen: [String: Int] = [:]
        for (index, purpose) in (facts.purposes ?? []).enumerated() {
            let path = "facts.purposes[\(index)]"
            check.purpose(purpose, at: path)
            if let first = seen[purpose.id] {
                check.error("purpose id '\(purpose.id)' is used twice (items \(first + 1) and \(index + 1) of 'facts.purposes')", at: "\(path).id",
                            notes: ["give each purpose its own id: check and its JSON name purposes by it"])
            } else {
                seen[purpose.id] = index
            }
        }
        let consent = (facts.purposes ?? []).firstIndex { $0.basis?.known == .consent }
        if facts.consentWithdrawal == nil, let consent {
            check.missingWithdrawal(for: "purpose '\(facts.purposes![consent].id)'", at: "facts.purposes[\(consent)].basis")
        } else if facts.consentWithdrawal == nil && registerConsent {
            check.missingWithdrawal(for: "a processing register row", at: "facts")
        }
        check.text(facts.consentWithdrawal, at: "facts.consent_withdrawal")
        check.text(facts.requirement, at: "facts.requirement")
        if case let .known(.some(recipients))? = facts.recipients {
            for (index, category) in (recipients.categories ?? []).enumerated() { check.text(.known(category), at: "facts.recipients.categories[\(index)]") }
            for (index, processor) in (recipients.processors ?? []).enumerated() { check.text(.known(processor), at: "facts.recipients.processors[\(index)]") }
        }
        if case let .known(.some(transfers))? = facts.transfers {
            for (index, transfer) in transfers.enumerated() { check.transfer(transfer, number: index + 1, at: "facts.transfers[\(index)]") }
        }
        if case let .known(.some(decisions))? = facts.automatedDecisions {
            check.required(decisions.logic, "logic", of: "automated decision-making", at: "facts.automated_decisions",
                           note: "say what the decision is based on (GDPR Art. 13(2)(f): 'meaningful information about the logic involved')")
            check.required(decisions.consequences, "consequences", of: "automated decision-making", at: "facts.automated_decisions",
                           note: "say what the decision means for the person (GDPR Art. 13(2)(f))")
        }
        return check.diagnostics
    }

    private mutating func purpose(_ purpose: TenantFacts.Purpose, at path: String) {
        if !TenantID.isValid(purpose.id) {
            error("purpose id '\(purpose.id)' is not a lowercase id", at: "\(path).id",
                  notes: ["write lowercase letters and digits in hyphen-separated groups, e.g. 'klantrelatie' or 'fiscale-administratie'"])
        }
        text(.known(purpose.name), at: "\(path).name")
        guard let basis = purpose.basis else {
            error("purpose '\(purpose.id)' has no legal basis", at: path,
                  notes: ["add 'basis:' with one of \(LegalBasis.allCases.map(\.rawValue).joined(separator: ", ")) (GDPR Art. 6(1), 13(1)(c)); "
                          + "if only the company can say, write basis: { unknown: \"the question\" }"])
            return
        }
        if basis.known == .legitimateInterest && purpose.interest == nil {
            error("purpose '\(purpose.id)' rests on legitimate interest but names no interest", at: "\(path).basis",
                  notes: ["add 'interest: \"…\"': GDPR Art. 6(1)(f) and 13(1)(d) require the interest to be stated; "
                          + "if only the company can say, write interest: { unknown: \"the question\" }"])
        }
        text(purpose.interest, at: "\(path).interest")
        text(purpose.law, at: "\(path).law")
        text(purpose.retention, at: "\(path).retention")
    }

    private mutating func transfer(_ transfer: TenantFacts.Transfer, number: Int, at path: String) {
        let name = transfer.to?.known.map { "transfer to '\($0)'" } ?? "transfer \(number)"
        required(transfer.to, "to", of: name, at: path, note: "name the country or countries the data goes to")
        required(transfer.mechanism, "mechanism", of: name, at: path,
                 note: "name the safeguard: \(TransferMechanism.allCases.map(\.rawValue).joined(separator: ", ")) (GDPR Art. 45–47, 49)")
        if let mechanism = transfer.mechanism?.known, mechanism.needsCopy, transfer.copy == nil {
            error("\(name) relies on \(mechanism.rawValue) but does not say how to obtain a copy", at: "\(path).mechanism",
                  notes: ["add 'copy: \"…\"': GDPR Art. 13(1)(f) requires the means to obtain a copy of an Art. 46/47 safeguard"])
        }
        text(transfer.to, at: "\(path).to")
        text(transfer.copy, at: "\(path).copy")
    }

    private mutating func required<Value>(_ fact: Fact<Value>?, _ key: String, of what: String, at path: String, note: String) {
        guard fact == nil else { return }
        error("\(what) has no '\(key)'", at: path, notes: ["add '\(key): …': \(note); if only the company can say, write \(key): { unknown: \"the question\" }"])
    }

    private mutating func missingWithdrawal(for what: String, at path: String) {
        error("\(what) rests on consent, but 'facts.consent_withdrawal' does not say how to withdraw it", at: path,
              notes: ["add 'consent_withdrawal: \"…\"' under 'facts:': consent can be withdrawn at any time, as easily as it was given (GDPR Art. 7(3), 13(2)(c))"])
    }

    private mutating func text(_ fact: Fact<String>?, at path: String) {
        guard case let .known(text)? = fact, let problem = ValueProblem.blank(text) else { return }
        error("'\(path)' \(problem.message)", at: path, notes: ["write the text, or { unknown: \"the question\" } if only the company can answer it"])
    }

    private mutating func error(_ message: String, at path: String, notes: [String]) {
        diagnostics.report(.error(message, at: locations[path] ?? .init(file: configFile), notes: notes))
    }
}
