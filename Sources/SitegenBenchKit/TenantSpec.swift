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
        /// Street and number.
        public var street: String
        /// Postcode as written in the country.
        public var postalCode: String
        /// Town.
        public var city: String
        /// Country name in Dutch.
        public var country: String
    }

    /// The company facts under `company:`.
    public struct Company: Sendable, Equatable {
        /// The name the text uses.
        public var name: String
        /// The registered name (own-text tenants).
        public var legalName: String?
        /// B.V., BV, …
        public var legalForm: String?
        /// Chamber of commerce or enterprise number.
        public var registration: (kind: String, number: String)?
        /// Postal address.
        public var address: Address
        /// Phone number as written.
        public var phone: String
        /// Opening hours; the shared contact clause needs them.
        public var hours: (days: String, open: String, close: String)?
        /// Address for privacy questions.
        public var privacyEmail: String
        /// Address for other questions.
        public var generalEmail: String
        /// Website without scheme (own-text tenants).
        public var website: String?

        /// Field by field: tuples are not Equatable.
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
        /// `service` or `service/row`.
        public var key: String
        /// A new service label.
        public var label: String?
        /// Switches an optional row on or off.
        public var include: Bool?
        /// A new retention.
        public var retention: String?
    }

    /// One entry under `cookies:`.
    public struct Cookie: Sendable, Equatable {
        /// necessary, functional, analytics or targeting.
        public var group: String
        /// The cookie's name.
        public var name: String
        /// Who places the cookie.
        public var placedBy: String
        /// Why.
        public var purpose: String
    }

    /// A `vars:` value: flags stay YAML booleans, text is quoted.
    public enum VarValue: Sendable, Equatable {
        case flag(Bool)
        case text(String)
    }

    /// The tenant id (folder name).
    public var id: String
    /// Which real family the statement imitates.
    public var style: Style
    /// The page title.
    public var title: String
    /// `nl` or `nl-BE`.
    public var language: String
    /// `u` or `je`.
    public var register: String
    /// `NL` or `BE`.
    public var jurisdiction: String
    /// classic, corporate or legal.
    public var theme: String
    /// Theme colours that pass the theme's contrast checks.
    public var brand: [(key: String, value: String)]
    /// Where the site is published.
    public var baseURL: String
    /// Company facts.
    public var company: Company
    /// Data protection officer, for about a third of shared-template tenants.
    public var dpo: (name: String, title: String)?
    /// Services sold, in catalogue order.
    public var services: [String]
    /// `processing:` overrides, in order.
    public var processing: [ProcessingOverride]
    /// `cookies:` entries.
    public var cookies: [Cookie]
    /// `vars:` values, in order.
    public var vars: [(key: String, value: VarValue)]
    /// Clause ids, in order.
    public var statement: [String]
    /// Whether the tenant brings `assets/logo.svg` (the corporate theme shows it).
    public var hasLogo: Bool
    /// YAML written verbatim at the end of tenant.yaml: an own-text tenant's model's `facts:`,
    /// `gdpr:` and `lint:` blocks (`SourceCorpus.OwnText.copiedBlocks`).
    public var copiedBlocks = ""

    /// Two specs are equal when they write the same files.
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
