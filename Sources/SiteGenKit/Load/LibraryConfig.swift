/// A clause library's `library.yaml`: defaults shared by every tenant, the supervisory authorities
/// and the service catalogue.
struct LibraryConfig: Codable, Sendable {
    var authorities: [String: Authority]?
    var vars: [String: VarDeclaration]?
    var services: [String: Service]?
    /// Whether every release of a tenant using this library must name who approved it.
    var requireApproval: Bool?
    /// How many days a release should announce a change before it takes effect (default 30).
    var noticeDays: Int?
    /// The words a statement prints for each legal basis ("Uitvoering overeenkomst").
    var legalBases: Labels<LegalBasis>?
    /// The words a statement prints for each transfer mechanism ("standaardcontractbepalingen").
    var transferMechanisms: Labels<TransferMechanism>?

    enum CodingKeys: String, CodingKey {
        case authorities, vars, services
        case legalBases = "legal_bases"
        case transferMechanisms = "transfer_mechanisms"
        case requireApproval = "require_approval"
        case noticeDays = "notice_days"
    }

    /// A supervisory authority as shown in statements. Its addresses are checked when the library
    /// is read: they are printed and linked in every statement of the jurisdiction.
    struct Authority: Codable, Sendable {
        var name: String
        var url: String
        var address: String?
        var phone: String?
        var website: String?

        enum CodingKeys: String, CodingKey {
            case name, url, address, phone, website
        }

        /// Decodes an authority, refusing an empty name and a `url` or `website` that is not a web address.
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            name = try container.decode(String.self, forKey: .name)
            url = try container.decode(String.self, forKey: .url)
            address = try container.decodeIfPresent(String.self, forKey: .address)
            phone = try container.decodeIfPresent(String.self, forKey: .phone)
            website = try container.decodeIfPresent(String.self, forKey: .website)
            var problems: [(CodingKeys, ValueProblem)] = []
            if let problem = ValueProblem.blank(name) { problems.append((.name, problem)) }
            if case let .failure(problem) = WebAddress.parse(url) { problems.append((.url, problem)) }
            if let website, case let .failure(problem) = WebsiteAddress.url(for: website) { problems.append((.website, problem)) }
            if let (key, problem) = problems.first {
                throw DecodingError.dataCorruptedError(forKey: key, in: container, debugDescription: problem.sentence(for: key.stringValue))
            }
        }
    }

    /// A `vars` name every tenant may set, with its type and default. A flag's default must be
    /// `true` or `false` (a quoted "false" would read as set), a text's default text. A text or
    /// Markdown var may have no default: words only the company can give (what it offers) must not
    /// flow silently into a tenant they are untrue for, so a tenant whose statement uses one sets it.
    struct VarDeclaration: Codable, Sendable {
        var type: VarType
        /// Nil for a text or Markdown var every tenant that uses it must set.
        var `default`: VarValue?
        var description: String?

        enum CodingKeys: String, CodingKey {
            case type, `default`, description
        }

        /// Decodes a declaration whose default matches its type.
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            type = try container.decode(VarType.self, forKey: .type)
            self.default = try container.decodeIfPresent(VarValue.self, forKey: .default)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            switch (type, self.default) {
            case (.flag, .flag), (.text, .string), (.markdown, .string), (.text, nil), (.markdown, nil):
                break
            case (.flag, nil):
                throw DecodingError.keyNotFound(CodingKeys.default, .init(
                    codingPath: container.codingPath,
                    debugDescription: "a flag var needs a default: true or false (only text and markdown vars may leave it out)"))
            case let (.flag, .string(text)):
                throw DecodingError.dataCorruptedError(
                    forKey: .default, in: container,
                    debugDescription: "the default of a flag var is the text '\(text)', which would always read as set; expected true or false, without quotes")
            case let (_, .flag(flag)):
                throw DecodingError.dataCorruptedError(
                    forKey: .default, in: container,
                    debugDescription: "the default of a \(type.rawValue) var is \(flag), not text; expected text, in quotes if it reads like a flag (\"\(flag)\")")
            }
        }

        /// A declaration made in code (tests).
        init(type: VarType, default value: VarValue?, description: String? = nil) {
            self.type = type
            self.default = value
            self.description = description
        }
    }

    /// Whether a var is a flag for `{{#if}}`, plain text, or Markdown inserted as Markdown.
    enum VarType: String, ConfigEnum, Sendable {
        case flag, text, markdown
    }

    /// A service in the catalogue and the register rows it brings.
    struct Service: Codable, Sendable {
        var label: String
        var rows: [String: Row]
    }

    /// One register row; strings are Markdown templates in the placeholder language. A row is a
    /// purpose of the facts model: `basis` is typed, with `interest` for legitimate-interest and
    /// `law` for legal-obligation (`ProcessingRegister` checks they are there).
    struct Row: Codable, Sendable {
        var data: String
        var retention: Fact<String>?
        var responsible: String
        /// Optional while decoding so a missing basis is reported naming the row (`ProcessingRegister`).
        var basis: Fact<LegalBasis>?
        var interest: Fact<String>?
        var law: Fact<String>?
        var optional: Bool?
    }
}
