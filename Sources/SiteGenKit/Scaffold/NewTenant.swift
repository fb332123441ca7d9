/// What `sitegen new tenant` is asked to make: the facts the command line gives. Everything else
/// in the new tenant.yaml is a marked placeholder or a library default marked for checking.
public struct NewTenant: Sendable, Equatable {
    /// The tenant id, also its folder name (`netbrug`).
    public var id: String
    /// The company's name as the statement uses it (`NetBrug B.V.`).
    public var name: String
    /// `NL` or `BE`: chooses the supervisory authority and the language variant.
    public var jurisdiction: String
    /// A folder in `themes/`; nil picks `classic`, or the first theme when there is none of that name.
    public var theme: String?
    /// Service ids from the catalogue, as given; `general` is added in front when the catalogue
    /// has it, since every customer relationship has its processing.
    public var services: [String]

    /// A request; the values are validated by `Scaffolder.newTenant(_:)`, not here.
    public init(id: String, name: String, jurisdiction: String = "NL", theme: String? = nil, services: [String] = []) {
        self.id = id
        self.name = name
        self.jurisdiction = jurisdiction
        self.theme = theme
        self.services = services
    }
}
