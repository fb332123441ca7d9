/// What a rule of the legal pack stands on: the jurisdictions it applies to, its severity, the
/// law or decision it refers to, why the text is a problem and how to fix it. One table, so the
/// messages, the notes and docs/checks.md say the same thing, and a reviewer can check every
/// reference in one place. The detectors are in the `*Rules` files next to this one.
struct LegalRule: Sendable {
    /// The rule's id, printed in brackets after each message.
    let rule: LintRule
    /// The jurisdictions whose statements the rule reads.
    let jurisdictions: Set<Jurisdiction>
    /// Every rule of the pack is a warning: a heuristic about prose, with the editor having the
    /// last word (acknowledge it in tenant.yaml with the reason when the text is right).
    let severity: Diagnostic.Severity = .warning
    /// The article, judgment or decision, as a reader can look it up.
    let reference: String
    /// Why the text is a problem, in one sentence.
    let why: String
    /// How to fix it.
    let fix: String

    /// The notes of a finding: why, with the reference, then the fix.
    var notes: [String] {
        ["\(why) (\(reference))", "fix: \(fix)"]
    }

    /// The rule for `id`; every legal case of `LintRule` has one.
    static func of(_ id: LintRule) -> LegalRule? {
        all.first { $0.rule == id }
    }

    /// Whether `id` belongs to the legal pack (the others are editorial checks).
    static func isLegal(_ id: LintRule) -> Bool {
        of(id) != nil
    }

    private static let both: Set<Jurisdiction> = [.nl, .be]

    /// The pack, in the order docs/checks.md lists it.
    static let all: [LegalRule] = [
        LegalRule(rule: .impliedConsent, jurisdictions: both,
                  reference: "GDPR Art. 4(11), Art. 7(1)-(2), recital 32; EDPB Guidelines 05/2020 on consent",
                  why: "consent must be a statement or a clear affirmative act; using a site, scrolling or continuing is not consent",
                  fix: "name the legal basis of each purpose (Art. 6(1)); where it is consent, say how it is asked (an unticked box, a button) and how to withdraw it"),
        LegalRule(rule: .statementAsTerms, jurisdictions: both,
                  reference: "GDPR Art. 7(2) and 7(4), Art. 12(1), Art. 13; EDPB Guidelines 05/2020 on consent",
                  why: "a privacy statement informs, it is not a contract to accept; processing rests on an Art. 6(1) basis, and consent may not be bundled with terms or made a condition of a service",
                  fix: "remove the link to the terms and the ultimatum; say for each purpose on which basis data is processed"),
        LegalRule(rule: .processorWording, jurisdictions: both,
                  reference: "GDPR Art. 4(7)-(8), Art. 28(3)(g), Art. 13",
                  why: "'de Verwerker … aan de Verantwoordelijke' is wording of a processing agreement between two companies; the reader of a controller's statement is neither",
                  fix: "write what the company itself does with the data at the end of the retention period (delete, or keep while a named law requires it)"),
        LegalRule(rule: .identityCopy, jurisdictions: both,
                  reference: "GDPR Art. 12(2) and 12(6), Art. 5(1)(c); Autoriteit Persoonsgegevens, fine of 24 February 2022 to DPG Media (EUR 525,000) for demanding an ID copy with access and erasure requests",
                  why: "demanding a copy of an identity document for every request puts an unnecessary barrier before the data subject's rights",
                  fix: "identify the requester with data already held (reply from the known e-mail address, a customer number); ask more only when identity is in reasonable doubt, and then not a full ID copy (photo and BSN masked at least)"),
        LegalRule(rule: .objectionLimited, jurisdictions: both,
                  reference: "GDPR Art. 21(1)",
                  why: "anyone may object on grounds relating to their particular situation; the controller must then stop unless it shows compelling legitimate grounds — the objection need not be 'serious'",
                  fix: "state the right as Art. 21(1) does: you may object; we stop unless we have compelling legitimate grounds that override your interests, or need the data for legal claims"),
        LegalRule(rule: .marketingObjection, jurisdictions: both,
                  reference: "GDPR Art. 21(2)-(4)",
                  why: "where data is used for direct marketing the data subject may object at any time, without reasons, and the processing for that purpose must then stop; the statement must say so explicitly and separately",
                  fix: "add a sentence: you can object at any time, free of charge, to the use of your data for direct marketing (newsletters, mailings, profiling for advertising); we then stop"),
        LegalRule(rule: .responseDeadline, jurisdictions: both,
                  reference: "GDPR Art. 12(3)",
                  why: "a request must be answered without undue delay and at the latest within one month, extendable by two further months where necessary, with the reasons for the delay given within the first month",
                  fix: "write 'within one month; for complex or many requests this can be extended by two months, and we tell you so within the first month'"),
        LegalRule(rule: .cookieConsent, jurisdictions: both,
                  reference: "NL: Telecommunicatiewet art. 11.7a (lid 3 exempts functional cookies and analytics with little or no privacy impact); BE: art. 10/2 of the law of 30 July 2018, which replaced art. 129 of the law of 13 June 2005 on electronic communications (law of 21 December 2021); GDPR Art. 4(11); CJEU C-673/17 Planet49",
                  why: "tracking, advertising and third-party cookies and pixels need prior consent; browser settings and informing afterwards are not consent (in BE analytics cookies need consent too)",
                  fix: "ask consent before placing them (a banner with an equal 'refuse'), say how to withdraw it; or stop using them"),
        LegalRule(rule: .identifiersArePersonalData, jurisdictions: both,
                  reference: "GDPR Art. 4(1) ('an online identifier'), recital 30; CJEU C-582/14 Breyer (a dynamic IP address can be personal data)",
                  why: "cookie ids, IP addresses and device identifiers single a person out and are personal data even without a name or address",
                  fix: "remove the claim; say which identifiers are stored, for what purpose and how long"),
        LegalRule(rule: .citizenServiceNumber, jurisdictions: [.nl],
                  reference: "UAVG art. 46(1); GDPR Art. 87",
                  why: "the BSN may only be processed where a law prescribes it, for that law's purposes; a contract is not such a basis",
                  fix: "stop collecting the BSN, or name the law that requires it for this purpose"),
        LegalRule(rule: .transfersOutsideEEA, jurisdictions: both,
                  reference: "GDPR Art. 13(1)(f), Art. 44-46",
                  why: "the statement says data does not leave the EEA, yet names a processor established (or with a parent) outside the EEA; access from outside the EEA is a transfer too",
                  fix: "ask the processor where data is stored and accessed from; if outside the EEA, name the country and the mechanism (adequacy decision, e.g. the EU-US Data Privacy Framework, or standard contractual clauses and how to get a copy)"),
        LegalRule(rule: .transferMechanism, jurisdictions: both,
                  reference: "GDPR Art. 13(1)(f), Art. 45-46",
                  why: "a transfer outside the EEA must name its mechanism — an adequacy decision or an Art. 46 safeguard and where a copy is available; 'the same safeguards' says neither",
                  fix: "name the countries and, per transfer, the adequacy decision or the safeguard (standard contractual clauses) and how to obtain a copy"),
        LegalRule(rule: .consentAge, jurisdictions: both,
                  reference: "GDPR Art. 8(1); NL: 16 (UAVG art. 5); BE: 13 (art. 7 of the law of 30 July 2018)",
                  why: "a child below the jurisdiction's age can only consent to an online service with a parent's consent; the statement gives another age",
                  fix: "use 16 in a Dutch statement and 13 in a Belgian one, or say the stricter age is the company's own policy"),
        LegalRule(rule: .legalObligationLaw, jurisdictions: both,
                  reference: "GDPR Art. 6(1)(c) and 6(3) (the obligation must be laid down by Union or Member State law), Art. 13(1)(c)",
                  why: "processing on a legal obligation needs a law that imposes it; a reader cannot check 'Wettelijke verplichting' without the law's name",
                  fix: "name the law and article (for example 'art. 52 lid 4 Algemene wet inzake rijksbelastingen'); if no law requires it, reconsider the basis and the retention period"),
        LegalRule(rule: .changeNotice, jurisdictions: both,
                  reference: "GDPR Art. 5(1)(a), Art. 12(1); Article 29 Working Party, Guidelines on transparency (WP260 rev.01, 11 April 2018, endorsed by the EDPB): material changes should be communicated actively",
                  why: "the statement reserves the right to change but does not say that changes are announced; the reader would have to keep checking",
                  fix: "say that changes that matter are announced before they apply (the announced version on this page, the changelog and feed, and a direct message where contact details are known)"),
        LegalRule(rule: .plainHTTP, jurisdictions: both,
                  reference: "no specific article; integrity and confidentiality, cf. GDPR Art. 5(1)(f) and Art. 32 for what is sent through the linked page",
                  why: "a page linked over plain http can be read and altered on the way",
                  fix: "link with https://"),
    ]
}
