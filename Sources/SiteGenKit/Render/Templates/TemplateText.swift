import Mustache

/// A text value as templates see it. swift-mustache renders a plain `String` through a chain of
/// dynamic casts and `String(describing:)`; as a `MustacheCustomRenderable` it takes one cast. It
/// behaves as the `String` did: rendered and escaped the same, true in sections even when empty,
/// without children, and with the same transforms (`{{uppercased(x)}}`).
struct TemplateText: MustacheCustomRenderable, MustacheParent, MustacheTransformable,
                     CustomStringConvertible, CustomDebugStringConvertible {
    /// The text itself, unescaped.
    let text: String

    /// Wraps `text`.
    init(_ text: String) {
        self.text = text
    }

    /// What `{{x}}` escapes and `{{{x}}}` inserts.
    var renderText: String { text }
    /// Never null, as a `String` never is: an empty text still opens `{{#x}}`.
    var isNull: Bool { false }

    /// A string has no children; answering here saves building a `Mirror` of it.
    func child(named: String) -> Any? { nil }

    /// The transforms of a `String`.
    func transform(_ name: String) -> Any? { text.transform(name) }

    /// The text, as `String(describing:)` gave for the plain `String`.
    var description: String { text }
    /// The quoted text, as inside a printed dictionary.
    var debugDescription: String { text.debugDescription }
}
