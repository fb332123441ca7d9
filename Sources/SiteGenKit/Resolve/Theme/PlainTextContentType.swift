import Mustache

/// The content type of the text templates (`BuiltinTemplates.textTemplates`): a title or heading
/// is text, escaped once by the page that shows it, so its own values are not escaped.
struct PlainTextContentType: MustacheContentType {
    /// The name the pragma selects.
    static let name = "SITEGEN_TEXT"

    /// The line put in front of every text template; see `TemplateContentType.pragma`.
    static let pragma: String = {
        MustacheContentTypes.register(PlainTextContentType(), named: name)
        return "{{% CONTENT_TYPE: \(name)}}\n"
    }()

    /// The text as it is.
    func escapeText(_ text: String) -> String {
        text
    }
}
