import Mustache

/// A context object of fixed shape that templates used to get as a dictionary. A record answers a
/// name with a `switch` instead of hashing it; the rest of what the dictionary offered — its
/// transforms (`{{count(x)}}`, `{{#sorted(x)}}`) and its printed form — comes from `fields`.
protocol TemplateRecord: MustacheParent, MustacheTransformable, CustomStringConvertible {
    /// The record as the dictionary templates used to get.
    var fields: [String: Any] { get }
}

extension TemplateRecord {
    /// The transforms of the dictionary.
    func transform(_ name: String) -> Any? { fields.transform(name) }

    /// The printed dictionary.
    var description: String { String(describing: fields) }
}
