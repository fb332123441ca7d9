import Foundation

/// A tenant's `tenant.yaml`, decoded as written. Company facts are display strings: they are shown
/// exactly as the company writes them ("08.00" or "09:00").
struct TenantConfig: Codable, Sendable {
    var title: String
    var language: Language
    var register: Register
    var jurisdiction: Jurisdiction
    var theme: String
    /// The public address of the tenant's site, for canonical links and feed ids.
    var baseURL: String
    var company: Company
    var dpo: DataProtectionOfficer?
    /// Overrides of the library's supervisory authority for this tenant's jurisdiction.
    var authority: AuthorityOverride?
    /// Service ids from the library's catalogue that the tenant sells, in any order.
    var services: [String]?
    /// Per-service (`general`) and per-row (`general/traffic-data`) changes to the catalogue.
    var processing: [String: ProcessingOverride]?
    var cookies: [Cookie]?
    /// Values for the library's declared `vars`.
    var vars: [String: VarValue]?
    /// Theme parameters: tenant values over the theme's defaults.
    var brand: [String: String]?
    /// The statement: clause ids in order.
    var statement: [String]
    /// GDPR Art. 13 gaps the tenant has weighed and accepts, so `sitegen check` stops warning.
    var gdpr: GDPR?
    /// Content-lint findings the tenant has weighed and keeps, with the reason (`TenantConfig+Lint`).
    var lint: Lint?
    /// The GDPR Art. 13 information as data (purposes, bases, recipients, transfers, …).
    var facts: TenantFacts?
    /// Overrides the library's `require_approval` for this tenant.
    var requireApproval: Bool?
    /// Overrides the library's `notice_days` for this tenant.
    var noticeDays: Int?
    /// Released versions that gave less notice than `notice_days` without a recorded reason, each
    /// with the reason a legal editor gives now: the version's file is frozen (its chain hash covers
    /// the front matter), so the reason cannot be added there. Keys are version numbers.
    var noticeAcknowledged: [Int: String]?

    enum CodingKeys: String, CodingKey {
        case title, language, register, jurisdiction, theme, company, dpo, authority, services
        case processing, cookies, vars, brand, statement, gdpr, lint, facts
        case requireApproval = "require_approval"
        case noticeDays = "notice_days"
        case noticeAcknowledged = "notice_acknowledged"
        case baseURL = "base_url"
    }

    /// The company behind the brand.
    struct Company: Codable, Sendable {
        var name: String
        var legalName: String?
        var legalForm: String?
        var registration: Registration?
        var address: Address
        var phone: String
        var hours: OpeningHours?
        var email: Email
        var website: String?

        enum CodingKeys: String, CodingKey {
            case name, registration, address, phone, hours, email, website
            case legalName = "legal_name"
            case legalForm = "legal_form"
        }
    }

    /// A trade-register entry: KvK-nummer in the Netherlands, ondernemingsnummer in Belgium.
    struct Registration: Codable, Sendable {
        var kind: String
        var number: String
    }

    /// A postal address, as display strings.
    struct Address: Codable, Sendable {
        var street: String
        var postalCode: String
        var city: String
        var country: String?

        enum CodingKeys: String, CodingKey {
            case street, city, country
            case postalCode = "postal_code"
        }
    }

    /// When the company answers the phone, as the company writes it.
    struct OpeningHours: Codable, Sendable {
        var days: String
        var open: String
        var close: String
    }

    /// Where visitors write to.
    struct Email: Codable, Sendable {
        var privacy: String
        var general: String
    }

    /// The data protection officer, where one is appointed.
    struct DataProtectionOfficer: Codable, Sendable {
        var name: String
        var title: String?
        var email: String?
        var phone: String?
    }

    /// Fields of the supervisory authority a tenant may replace.
    struct AuthorityOverride: Codable, Sendable {
        var name: String?
        var url: String?
        var address: String?
        var phone: String?
        var website: String?
    }

    /// A change to one service or one row of the catalogue. A row whose `basis` is changed takes
    /// its `interest` and `law` from the override only: the catalogue's belong to its own basis.
    struct ProcessingOverride: Codable, Sendable {
        var label: String?
        var include: Bool?
        var data: String?
        var retention: Fact<String>?
        var responsible: String?
        var basis: Fact<LegalBasis>?
        var interest: Fact<String>?
        var law: Fact<String>?
    }

    /// One cookie the tenant's sites place.
    struct Cookie: Codable, Sendable {
        var group: CookieGroup
        var name: String
        var placedBy: String
        var purpose: String
        var lifetime: String?

        enum CodingKeys: String, CodingKey {
            case group, name, purpose, lifetime
            case placedBy = "placed_by"
        }
    }

    /// The cookie groups a statement lists separately.
    enum CookieGroup: String, ConfigEnum, Sendable {
        case necessary, functional, analytics, targeting
    }

    /// The `gdpr:` block. Only acknowledgements for now; a block of its own so later GDPR settings
    /// (a representative in the EU, say) have a home that does not crowd the top level.
    struct GDPR: Codable, Sendable {
        /// Items the statement leaves out on purpose, with the reason.
        var acknowledged: Acknowledgements<GDPRItem>?
    }
}

/// A `vars` value: a flag or a string (text or Markdown, as the library declares).
enum VarValue: Codable, Sendable, Equatable {
    case flag(Bool)
    case string(String)

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let flag = try? container.decode(Bool.self) {
            self = .flag(flag)
        } else {
            self = .string(try container.decode(String.self))
        }
    }

    func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case let .flag(flag): try container.encode(flag)
        case let .string(string): try container.encode(string)
        }
    }
}
