/// How one tenant's statement covers what GDPR Art. 13 requires a privacy statement to tell, item
/// by item. A plain value so a platform embedding SiteGenKit, the JSON output and the text table
/// all read the same facts; sitegen computes it from what clauses declare (`covers:`), never from
/// the wording, and never writes legal text to fill a gap.
public struct CoverageReport: Sendable, Hashable {
    /// Where an item stands for this tenant.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// A clause in the statement declares it covers the item.
        case covered
        /// Not covered, and the tenant's config says why that is right (`gdpr.acknowledged`).
        case acknowledged
        /// Not covered and not acknowledged: a warning, an error with `--strict`.
        case missing
        /// The item does not apply to this tenant (the DPO item without a DPO).
        case notApplicable = "not-applicable"
    }

    /// One Art. 13 item.
    public struct Item: Sendable, Hashable {
        /// The id used in `covers:` and `gdpr.acknowledged` (`automated-decisions`).
        public let id: String
        /// The article, paragraph and point ("13(2)(f)").
        public let article: String
        /// A short English name ("automated decision-making").
        public let label: String
        /// Covered, acknowledged, missing or not applicable.
        public let status: Status
        /// The clauses that cover it, in statement order; an included clause is named as
        /// `includer > included`.
        public let clauses: [String]
        /// The acknowledgement's reason, or why the item does not apply.
        public let reason: String?
    }

    /// The tenant the report is about.
    public let tenantID: String
    /// Every Art. 13 item, in the order of the regulation.
    public let items: [Item]

    /// The items that are neither covered, acknowledged nor inapplicable.
    public var missing: [Item] { items.filter { $0.status == .missing } }

    /// How many items have `status`.
    public func count(_ status: Status) -> Int { items.filter { $0.status == status }.count }
}
