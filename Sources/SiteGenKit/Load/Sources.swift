import Foundation

/// A clause library as loaded from `tenants/_<name>/`.
struct Library: Sendable {
    /// The folder name, e.g. `_shared`.
    let name: String
    let config: LibraryConfig
    /// The config's file, for diagnostics about catalogue strings.
    let configFile: String
    /// Catalogue services in the order the file lists them (a YAML mapping loses order when decoded).
    let serviceOrder: [String]
    /// Each service's rows in file order.
    let rowOrder: [String: [String]]
    /// Where the keys and values of library.yaml are, for diagnostics about catalogue rows and strings.
    let keyLocations: KeyLocations
    /// The library's clauses by id.
    let clauses: ClauseSet
    /// The hex SHA-256 of every file of the library folder as it was read, by path: what build
    /// manifests record of the library config and of the clauses a tenant uses.
    let fileHashes: [String: String]
}

/// A tenant as loaded from `tenants/<id>/`, before anything is merged or expanded.
struct TenantSource: Sendable {
    let id: String
    let config: TenantConfig
    let configFile: String
    /// Where keys of `tenant.yaml` are, by dotted path (`processing.general/traffic-data`).
    let keyLocations: KeyLocations
    /// The tenant's own clauses.
    let clauses: ClauseSet
    let templates: [String: TemplateSource]
    let assets: [Asset]
    /// Released versions, oldest first.
    let history: [Version]
}

/// A theme as loaded from `themes/<name>/`.
struct ThemeSource: Sendable {
    let name: String
    let config: ThemeConfig
    let configFile: String
    /// Where the keys and values of theme.yaml are, for diagnostics about a param's default.
    let keyLocations: KeyLocations
    let templates: [String: TemplateSource]
    let assets: [Asset]
}

/// A Mustache template file's text and where it came from.
struct TemplateSource: Sendable, Hashable {
    let name: String
    let text: String
    let file: String
}

/// A file copied into a tenant's site, such as a stylesheet or a logo.
public struct Asset: Sendable, Hashable {
    /// The file name in the source folder.
    public let name: String
    public let data: Data
    /// The hex SHA-256 of `data`, for the fingerprinted file name. Taken once when the file is
    /// read: a theme's assets are shared by every tenant that uses the theme.
    public let sha256: String

    /// An asset of `data`, hashed here.
    public init(name: String, data: Data) {
        self.init(name: name, data: data, sha256: ContentHash.sha256(data))
    }

    /// An asset whose bytes were hashed when they were read.
    init(name: String, data: Data, sha256: String) {
        self.name = name
        self.data = data
        self.sha256 = sha256
    }
}
