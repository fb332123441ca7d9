/// The keys of `brand` or `assets`, which come from the theme (and the tenant), not from sitegen.
struct TemplateKeys: Sendable {
    /// The name the keys are under, `brand` or `assets`.
    let name: String
    /// The keys that exist, sorted.
    let keys: [String]
    /// What to say when a key is unknown: the message's subject (`theme parameter`) and notes.
    let subject: String
    let notes: [String]
}
