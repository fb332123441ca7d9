/// A theme's `theme.yaml`: what it is and which brand parameters a tenant may set.
struct ThemeConfig: Codable, Sendable {
    var name: String
    var description: String?
    var params: [String: Param]?

    /// A brand parameter and the value used when a tenant does not set it.
    struct Param: Codable, Sendable {
        var `default`: String
        var description: String?
    }
}
