/// A piece of legal text — a section, part of one, or a sentence — written once and reused by
/// every tenant whose statement lists its id.
struct Clause: Sendable {
    let id: String
    /// A human name for reports and the changelog.
    let title: String
    /// The GDPR Art. 13 items this clause informs about.
    let covers: [GDPRItem]
    /// The body in the placeholder language.
    let template: PlaceholderTemplate
    /// The file it came from, relative to the project root.
    let file: String
}

/// What GDPR Art. 13 requires a privacy statement to tell; clauses declare which they cover.
enum GDPRItem: String, ConfigEnum, Sendable {
    case controllerIdentity = "controller-identity"
    case controllerContact = "controller-contact"
    case dpoContact = "dpo-contact"
    case purposes
    case legalBasis = "legal-basis"
    case legitimateInterests = "legitimate-interests"
    case recipients
    case transfers
    case retention
    case rightOfAccess = "right-of-access"
    case rightToRectification = "right-to-rectification"
    case rightToErasure = "right-to-erasure"
    case rightToRestriction = "right-to-restriction"
    case rightToPortability = "right-to-portability"
    case rightToObject = "right-to-object"
    case withdrawConsent = "withdraw-consent"
    case complaint
    case statutoryRequirement = "statutory-requirement"
    case automatedDecisions = "automated-decisions"
}
