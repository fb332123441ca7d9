/// Everything the generator decides about one synthetic tenant; `TenantYAML` turns it into
/// `tenant.yaml`. Lists of pairs instead of dictionaries keep the written file in a fixed order,
/// so a seed always gives the same bytes.
public struct TenantSpec: Sendable, Equatable {
    /// Which real tenant family the statement imitates.
    public enum Style: String, Sendable, Equatable {
        /// The shared clause library with a processing register (JS-ICT, M-ICT, Webcircuit).
        case sharedTemplate = "shared"
        /// Own clauses copied from JUICT: informal "je", no register.
        case ownTextInformal = "own-je"
        /// Own clauses copied from JSM: Belgian, formal "u", no register.
        case ownTextFormal = "own-u"
    }

    /// A company's postal address.
    public struct Address: Sendable, Equatable {
        public var street: String
        public var postalCode: String
        public var city: String
        public var country: String
    }

    /// The company facts under `company:`.
    public struct Company: Sendable, Equatable {
        public var name: String
        public var legalName: String?
        public var legalForm: String?
        public var registration: (kind: String, number: String)?
        public var address: Address
        public var phone: String
        public var hours: (days: String, open: String, close: String)?
        public var privacyEmail: String
        public var generalEmail: String
        public var website: String?

        public static func == (lhs: Company, rhs: Company) -> Bool {
            lhs.name == rhs.name && lhs.legalName == rhs.legalName && lhs.legalForm == rhs.legalForm
                && lhs.registration?.kind == rhs.registration?.kind && lhs.registration?.number == rhs.registration?.number
                && lhs.address == rhs.address && lhs.phone == rhs.phone && lhs.hours?.days == rhs.hours?.days
                && lhs.hours?.open == rhs.hours?.open && lhs.hours?.close == rhs.hours?.close
                && lhs.privacyEmail == rhs.privacyEmail && lhs.generalEmail == rhs.generalEmail && lhs.website == rhs.website
        }
    }

    /// One entry under `processing:`: a service (`label`) or a row (`include`, `retention`).
    public struct ProcessingOverride: Sendable, Equatable {
        public var key: String
        public var label: String?
        public var include: Bool?
        public var retention: String?
    }

    /// One entry under `cookies:`.
    public struct Cookie: Sendable, Equatable {
        public var group: String
        public var name: String
        public var placedBy: String
        public var purpose: String
    }

    /// A `vars:` value: flags stay YAML booleans, text is quoted.
    public enum VarValue: Sendable, Equatable {
        case flag(Bool)
        case text(String)
    }

    public var id: String
    public var style: Style
    public var title: String
    public var language: String
    public var register: String
    public var jurisdiction: String
    public var theme: String
    public var brand: [(key: String, value: String)]
    public var baseURL: String
    public var company: Company
    public var dpo: (name: String, title: String)?
    public var services: [String]
    public var processing: [ProcessingOverride]
    public var cookies: [Cookie]
    public var vars: [(key: String, value: VarValue)]
    public var statement: [String]
    /// Whether the tenant brings `assets/logo.svg` (the corporate theme shows it).
    public var hasLogo: Bool

    public static func == (lhs: TenantSpec, rhs: TenantSpec) -> Bool {
        TenantYAML.render(lhs) == TenantYAML.render(rhs) && lhs.style == rhs.style && lhs.hasLogo == rhs.hasLogo
    }

    /// Sets (or adds) the retention of a processing row.
    mutating func setRetention(_ retention: String, forRow key: String) {
        if let index = processing.firstIndex(where: { $0.key == key }) {
            processing[index].retention = retention
        } else {
            processing.append(ProcessingOverride(key: key, retention: retention))
        }
    }
}
