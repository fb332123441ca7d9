/// The clauses of one folder (a library's or a tenant's own) by id, and the ids whose files exist
/// but could not be parsed: a statement that lists a broken clause must not also report it as
/// unknown, since its file's problem is already reported.
struct ClauseSet: Sendable {
    /// What an id names: a usable clause, a clause file with errors (already reported), or nothing.
    enum Lookup: Sendable {
        case found(Clause)
        case broken
        case unknown
    }

    private(set) var parsed: [String: Clause] = [:]
    private(set) var broken: Set<String> = []

    /// An empty set.
    init() {}

    /// Records clause `id`, parsed or (nil) broken.
    mutating func add(_ id: String, _ clause: Clause?) {
        if let clause { parsed[id] = clause } else { broken.insert(id) }
    }

    /// Every id with a clause file, usable or broken.
    var ids: Set<String> { broken.union(parsed.keys) }

    /// What `id` names in this set.
    subscript(id: String) -> Lookup {
        if let clause = parsed[id] { return .found(clause) }
        return broken.contains(id) ? .broken : .unknown
    }
}
