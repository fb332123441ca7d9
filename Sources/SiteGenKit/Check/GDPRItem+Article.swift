extension GDPRItem {
    /// Where GDPR Art. 13 asks for this item, as lawyers cite it ("13(2)(f)"), so the coverage
    /// table can be checked against the regulation line by line.
    var article: String {
        switch self {
        case .controllerIdentity, .controllerContact: return "13(1)(a)"
        case .dpoContact: return "13(1)(b)"
        case .purposes, .legalBasis: return "13(1)(c)"
        case .legitimateInterests: return "13(1)(d)"
        case .recipients: return "13(1)(e)"
        case .transfers: return "13(1)(f)"
        case .retention: return "13(2)(a)"
        case .rightOfAccess, .rightToRectification, .rightToErasure, .rightToRestriction, .rightToPortability, .rightToObject:
            return "13(2)(b)"
        case .withdrawConsent: return "13(2)(c)"
        case .complaint: return "13(2)(d)"
        case .statutoryRequirement: return "13(2)(e)"
        case .automatedDecisions: return "13(2)(f)"
        }
    }

    /// A short English name for reports; the id (`automated-decisions`) stays what configs use.
    var label: String {
        switch self {
        case .controllerIdentity: return "controller's identity"
        case .controllerContact: return "controller's contact details"
        case .dpoContact: return "data protection officer's contact"
        case .purposes: return "purposes"
        case .legalBasis: return "legal basis"
        case .legitimateInterests: return "legitimate interests"
        case .recipients: return "recipients"
        case .transfers: return "transfers outside the EEA"
        case .retention: return "retention period"
        case .rightOfAccess: return "right of access"
        case .rightToRectification: return "right to rectification"
        case .rightToErasure: return "right to erasure"
        case .rightToRestriction: return "right to restriction"
        case .rightToPortability: return "right to data portability"
        case .rightToObject: return "right to object"
        case .withdrawConsent: return "withdrawing consent"
        case .complaint: return "complaint to the supervisory authority"
        case .statutoryRequirement: return "whether providing data is required"
        case .automatedDecisions: return "automated decision-making"
        }
    }
}
