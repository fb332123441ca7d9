/// A clause library's `library.yaml`: defaults shared by every tenant, the supervisory authorities
/// and the service catalogue.
struct LibraryConfig: Codable, Sendable {
    var authorities: [String: Authority]?
    var vars: [String: VarDeclaration]?
    var services: [String: Service]?

    /// A supervisory authority as shown in statements.
    struct Authority: Codable, Sendable {
        var name: String
        var url: String
        var address: String?
        var phone: String?
        var website: String?
    }

    /// A `vars` name every tenant may set, with its type and default.
    struct VarDeclaration: Codable, Sendable {
        var type: VarType
        var `default`: VarValue
        var description: String?
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

    /// One register row; strings are Markdown templates in the placeholder language.
    struct Row: Codable, Sendable {
        var data: String
        var retention: String?
        var responsible: String
        var basis: String
        var optional: Bool?
    }
}
