extension PlaceholderTemplate {
    /// The clause ids this template includes with `{{> id}}`, in every branch, taken or not.
    /// An incremental build uses it to know which clause files a tenant's output depends on; a
    /// branch not taken today may be taken after a config change, which changes a hashed input anyway.
    var includedIDs: Set<String> {
        var ids: Set<String> = []
        func walk(_ nodes: [Node]) {
            for node in nodes {
                switch node {
                case .text, .value:
                    break
                case let .conditional(_, _, then, otherwise, _):
                    walk(then)
                    walk(otherwise)
                case let .each(_, body, _):
                    walk(body)
                case let .include(id, _):
                    ids.insert(id)
                }
            }
        }
        walk(nodes)
        return ids
    }
}
