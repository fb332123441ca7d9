import Yams

/// Where the keys, values and items of a YAML document are, by dotted path
/// (`processing.general/traffic-data`, `statement[3]`, `params.text.default`): the one way later
/// stages find a source location for their messages. Looked up when a message needs one: most
/// builds report nothing, and listing every key of every tenant up front cost ~0.26 M
/// instructions a tenant.
struct KeyLocations: @unchecked Sendable {
    // Unchecked: Yams' nodes are not marked Sendable, but a composed document is never changed.
    private let document: YAMLDocument

    /// The locations in `document`.
    init(_ document: YAMLDocument) {
        self.document = document
    }

    /// The location of the key (or sequence item) at `path`; nil when there is none.
    subscript(path: String) -> Diagnostic.Location? {
        Self.entry(at: path[...], in: document.root).map { document.location(of: $0.key) }
    }

    /// The location of the value at `path` (or sequence item) — where a value on the next line or
    /// after its key starts; nil when there is none.
    func value(at path: String) -> Diagnostic.Location? {
        Self.entry(at: path[...], in: document.root).map { document.location(of: $0.value) }
    }

    /// The key node and value node at `path` below `node`; for a sequence item, the item twice.
    /// A key may itself hold dots, so each key is tried as a prefix of the path; a later match wins.
    private static func entry(at path: Substring, in node: Node) -> (key: Node, value: Node)? {
        switch node {
        case let .mapping(mapping):
            var found: (key: Node, value: Node)?
            for (key, value) in mapping {
                guard let name = key.string, path.hasPrefix(name) else { continue }
                let rest = path.dropFirst(name.count)
                if rest.isEmpty {
                    found = (key, value)
                } else if let match = child(at: rest, in: value) {
                    found = match
                }
            }
            return found
        case let .sequence(sequence):
            guard path.first == "[", let close = path.firstIndex(of: "]"),
                  let index = Int(path[path.index(after: path.startIndex)..<close]), sequence.indices.contains(index) else { return nil }
            let rest = path[path.index(after: close)...]
            return rest.isEmpty ? (sequence[index], sequence[index]) : child(at: rest, in: sequence[index])
        default:
            return nil
        }
    }

    /// Follows what is left of a path after a key or item: `.name…` into a mapping, `[n]…` into a
    /// sequence.
    private static func child(at rest: Substring, in value: Node) -> (key: Node, value: Node)? {
        switch rest.first {
        case ".": return entry(at: rest.dropFirst(), in: value)
        case "[": return entry(at: rest, in: value)
        default: return nil
        }
    }
}
