/// Facts about sitegen itself.
public enum SiteGen {
    /// The version named in generated pages; bump it when output changes for the same input.
    public static let version = "0.1.0"

    /// What `sitegen --version` prints: sitegen's version and the cmark-gfm it renders Markdown
    /// with, since the system library's version can change the HTML of a statement.
    public static var versionReport: String {
        "sitegen \(version)\ncmark-gfm \(MarkdownRenderer.libraryVersion)"
    }
}
