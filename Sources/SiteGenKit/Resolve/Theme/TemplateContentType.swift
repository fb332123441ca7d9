import Mustache

/// The content type every template is compiled with: HTML escaping as swift-mustache does it, but
/// over bytes with a fast path for text that needs none. swift-mustache's own escaping looked up
/// every Character in a dictionary and was about a third of the cost of rendering a page.
struct TemplateContentType: MustacheContentType {
    /// The name the pragma selects.
    static let name = "SITEGEN_HTML"

    /// The line put in front of every template. It stands alone on its line, so Mustache drops the
    /// line whole and the template renders as it would without it; only its line numbers move, by
    /// `pragmaLines`. swift-mustache starts every partial in plain HTML again, so each template
    /// needs its own.
    static let pragma: String = {
        MustacheContentTypes.register(TemplateContentType(), named: name)
        return "{{% CONTENT_TYPE: \(name)}}\n"
    }()

    /// How many lines `pragma` adds before a template's first line.
    static let pragmaLines = 1

    /// Escapes a value for element content and double-quoted attributes.
    func escapeText(_ text: String) -> String {
        HTMLEscaping.escape(text)
    }
}
