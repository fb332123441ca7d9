import Mustache

/// A whole number as templates see it (a heading's level): rendered without `String(describing:)`
/// and its casts, with the transforms of an `Int` (`{{plusone(level)}}`).
struct TemplateNumber: MustacheCustomRenderable, MustacheParent, MustacheTransformable,
                       CustomStringConvertible, CustomDebugStringConvertible {
    /// The number itself.
    let value: Int

    /// Wraps `value`.
    init(_ value: Int) {
        self.value = value
    }

    /// The decimal digits, as for the plain `Int`.
    var renderText: String { String(value) }
    /// Never null: zero still opens `{{#x}}`, as the plain `Int` did.
    var isNull: Bool { false }

    /// A number has no children; answering here saves building a `Mirror` of it.
    func child(named: String) -> Any? { nil }

    /// The transforms of an `Int`.
    func transform(_ name: String) -> Any? { value.transform(name) }

    /// The decimal digits.
    var description: String { String(value) }
    /// The decimal digits, as inside a printed dictionary.
    var debugDescription: String { String(value) }
}
