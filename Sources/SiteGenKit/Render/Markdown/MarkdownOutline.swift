/// A statement's Markdown as cmark reads it, for the lint rules: the text nodes with the line
/// and column each starts at, the links with their destinations, and the code and raw HTML that
/// are not prose — so a rule never has to recognise Markdown syntax with a regular expression.
/// Lines and columns count from 1; columns are in bytes, as cmark counts them.
struct MarkdownOutline: Sendable {
    /// A stretch of the source, its end inclusive.
    struct Span: Sendable, Hashable {
        var startLine: Int
        var startColumn: Int
        var endLine: Int
        var endColumn: Int
    }

    /// A text node.
    struct Text: Sendable {
        /// The text, escapes and entities resolved.
        var literal: String
        var line: Int
        var column: Int
        /// Text nodes with the same group follow each other with nothing in between (cmark may
        /// split one run of text into several nodes).
        var group: Int
        /// Whether it is the first thing in a list item (where a task box `[ ]` would stand).
        var opensListItem: Bool
        /// Whether it is (part of) a link's or image's text.
        var inLink: Bool
    }

    /// A link or an image.
    struct Link: Sendable {
        var destination: String
        var isImage: Bool
        var span: Span
    }

    var texts: [Text] = []
    var links: [Link] = []
    /// Code spans and inline raw HTML.
    var code: [Span] = []
    /// The lines on which a block starts: a paragraph, heading, list item, quote, table row, ….
    var blockLines: Set<Int> = []
    /// Code blocks and raw HTML blocks, whole lines.
    var codeBlocks: [Span] = []
}
