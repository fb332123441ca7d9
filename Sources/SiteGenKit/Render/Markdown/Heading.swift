/// A heading of a rendered page: its anchor id and text feed the table of contents and links.
public struct Heading: Sendable, Hashable, Codable {
    public var level: Int
    public var text: String
    public var id: String
}

/// Markdown rendered to HTML, with what the page template and the checks need to know about it.
struct RenderedMarkdown: Sendable {
    var html: String
    var headings: [Heading]
    var diagnostics: [Diagnostic]
}
