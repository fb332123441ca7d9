/// How one tenant's statement covers what GDPR Art. 13 requires a privacy statement to tell, item
/// by item. A plain value so a platform embedding SiteGenKit, the JSON output and the text table
/// all read the same facts. sitegen computes it from the facts that reached the rendered page
/// (`GDPRCoverage`), never from what clauses declare, and never writes legal text to fill a gap.
public struct CoverageReport: Sendable, Hashable {
    /// Where an item stands for this tenant.
    public enum Status: String, Sendable, Hashable, CaseIterable {
        /// Every fact the item needs is on the page.
        case covered
        /// The facts on the page are known, but one or more is an open question (`{ unknown: … }`):
        /// a warning until the company answers or the tenant acknowledges it.
        case openQuestion = "open-question"
        /// Not covered, and the tenant's config says why that is right (`gdpr.acknowledged`).
        case acknowledged
        /// A fact the item needs is not stated or not on the page: a warning, an error with
        /// `--strict`, and `release` refuses the statement.
        case missing
        /// The item does not apply to this tenant (no DPO, no purpose on consent or legitimate interest).
        case notApplicable = "not-applicable"
    }

    /// A fact on the page, with the clause tag that put it there.
    public struct Fact: Sendable, Hashable {
        /// The value's path (`facts.purposes.2.basis`, `processing.4.basis`, `company.name`).
        public let path: String
        /// The text printed; nil when the fact was only tested (`{{#if facts.transfers.none}}`)
        /// and its branch put words on the page, or for a right found in the text.
        public let value: String?
        /// The clause file and line of the tag (`tenants/_shared/clauses/processing.md:17`).
        public let clause: String
    }

    /// A fact the tenant marked `{ unknown: "…" }`.
    public struct Question: Sendable, Hashable {
        /// The fact's path (`facts.requirement`, `processing.general/traffic-data.law`).
        public let path: String
        /// The question, as the legal editor wrote it.
        public let question: String
        /// Where it is written (`tenants/js-ict/tenant.yaml:40:3`); nil when not known.
        public let location: String?
    }

    /// One Art. 13 item.
    public struct Item: Sendable, Hashable {
        /// The id used in `gdpr.acknowledged` (`automated-decisions`).
        public let id: String
        /// The article, paragraph and point ("13(2)(f)").
        public let article: String
        /// A short English name ("automated decision-making").
        public let label: String
        /// Covered, open question, acknowledged, missing or not applicable.
        public let status: Status
        /// The facts of the item on the page, in statement order.
        public let facts: [Fact]
        /// The item's open questions.
        public let questions: [Question]
        /// What the item needs that is not on the page, one sentence each; empty unless missing.
        public let missing: [String]
        /// The acknowledgement's reason, or why the item does not apply.
        public let reason: String?

        /// The clause files and lines that put the facts on the page, each once, in order.
        public var clauses: [String] {
            var seen = Set<String>()
            return facts.map(\.clause).filter { seen.insert($0).inserted }
        }
    }

    /// The tenant the report is about.
    public let tenantID: String
    /// Every Art. 13 item, in the order of the regulation.
    public let items: [Item]

    /// The items that are missing.
    public var missing: [Item] { items.filter { $0.status == .missing } }

    /// How many items have `status`.
    public func count(_ status: Status) -> Int { items.filter { $0.status == status }.count }
}
