/// A GDPR Art. 13 fact that reached the page: printed by a tag, or tested by an `{{#if}}` whose
/// branch put words on the page. GDPR coverage counts these, not what clauses declare.
struct PrintedFact: Sendable, Hashable {
    /// The value's path from the root of the tenant's values, list indices included
    /// (`facts.purposes.2.basis`, `processing.4.interest`, `company.name`).
    let path: String
    /// The text printed; nil for a fact that was only tested.
    let value: String?
    /// The clause file of the tag (the included clause's own file for `{{> id}}`).
    let file: String
    /// The tag's line in that file.
    let line: Int
}
