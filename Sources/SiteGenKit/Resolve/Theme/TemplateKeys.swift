/// The keys of `brand` or `assets`, which come from the theme (and the tenant), not from sitegen.
struct TemplateKeys: Sendable {
    /// The name the keys are under, `brand` or `assets`.
    let name: String
    /// The keys that exist, sorted, `optional` ones included.
    let keys: [String]
    /// What to say when a key is unknown: the message's subject (`theme parameter`) and notes.
    let subject: String
    let notes: [String]
    /// Keys that may be absent (a tenant's logo): a template tests them with `{{#assets.logo_svg}}`
    /// before it writes them.
    var optional: Set<String> = []
}
