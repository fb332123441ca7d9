/// Facts about sitegen itself.
public enum SiteGen {
    /// The version named in generated pages; bump it when output changes for the same input.
    public static let version = "0.1.0"
}
