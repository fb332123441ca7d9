/// The six legal bases of GDPR Art. 6(1)(a)–(f). A statement prints a basis through its Dutch
/// label from the library (`legal_bases:` in library.yaml), so the words stay in the library.
enum LegalBasis: String, CaseIterable, Codable, Sendable, Hashable, ClosedSetValue {
    /// Art. 6(1)(a).
    case consent
    /// Art. 6(1)(b): performance of a contract.
    case contract
    /// Art. 6(1)(c): a legal obligation (the law may be named in `law`).
    case legalObligation = "legal-obligation"
    /// Art. 6(1)(d).
    case vitalInterests = "vital-interests"
    /// Art. 6(1)(e).
    case publicTask = "public-task"
    /// Art. 6(1)(f): needs the interest (`interest`).
    case legitimateInterest = "legitimate-interest"

    /// What a basis is called in messages.
    static var valueKind: String { "legal basis" }
    /// Where a basis's words come from, for messages.
    static var valueHint: String { "the library's legal_bases: gives each its label" }

    /// The point of Art. 6(1) it stands for, for messages ("6(1)(f)").
    var article: String {
        switch self {
        case .consent: return "6(1)(a)"
        case .contract: return "6(1)(b)"
        case .legalObligation: return "6(1)(c)"
        case .vitalInterests: return "6(1)(d)"
        case .publicTask: return "6(1)(e)"
        case .legitimateInterest: return "6(1)(f)"
        }
    }
}
