import Yams

extension YAMLDocument {
    /// Every schema problem of the document, not only the first decoding stops at: after each
    /// problem the offending value is replaced by a stand-in of the type decoding wanted (or left
    /// out), and decoding runs again. Problems inside a stand-in are consequences, not reported.
    /// Runs only when the document has a problem, so a good file costs nothing more.
    func allProblems<T: Codable>(decoding type: T.Type, first: DecodingError) -> [Diagnostic] {
        var patchedRoot = root
        var found: [Diagnostic] = []
        var patched: [[String]] = []
        var attempts: [[String]: Int] = [:]
        var missing: [(owner: [String], key: String)] = []
        var error = first
        for _ in 0..<100 {
            let path = Self.components(of: error)
            // Inside a stand-in, or a check of the list or mapping that lost an entry: a consequence.
            let isConsequence = patched.contains { path.starts(with: $0) }
                || (Self.isDataCorrupted(error) && patched.contains { $0.count > path.count && $0.starts(with: path) })
            if !isConsequence {
                found.append(diagnostic(for: error))
                if case let .keyNotFound(key, context) = error {
                    missing.append((Self.components(of: context.codingPath), key.stringValue))
                }
                patched.append(path)
            }
            attempts[path, default: 0] += 1
            guard attempts[path, default: 0] <= 4, let codingPath = Self.codingPath(of: error),
                  let next = Self.replacing(codingPath[...], in: patchedRoot, with: Self.standIn(for: error)) else { break }
            patchedRoot = next
            do {
                let value = try Self.rawDecode(T.self, from: patchedRoot)
                return found + unknownKeys(in: value, skipping: patched, missing: missing)
            } catch let next as DecodingError {
                error = next
            } catch {
                break
            }
        }
        return found
    }

    private static func isDataCorrupted(_ error: DecodingError) -> Bool {
        if case .dataCorrupted = error { return true }
        return false
    }

    /// The coding path a problem is at; for a missing key, the key's own path.
    private static func codingPath(of error: DecodingError) -> [CodingKey]? {
        switch error {
        case let .keyNotFound(key, context): return context.codingPath + [key]
        case let .typeMismatch(_, context), let .valueNotFound(_, context), let .dataCorrupted(context): return context.codingPath
        @unknown default: return nil
        }
    }

    /// A path as comparable names: keys by name, list positions as `[n]`.
    static func components(of path: [CodingKey]) -> [String] {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
    }

    private static func components(of error: DecodingError) -> [String] {
        components(of: codingPath(of: error) ?? [])
    }

    /// What to put where a problem is so decoding can go on: a value of the kind it wanted, the
    /// first allowed value of a closed set, or nothing (the entry is left out).
    private static func standIn(for error: DecodingError) -> Node? {
        switch error {
        case .keyNotFound:
            return Node("x")
        case let .typeMismatch(type, _), let .valueNotFound(type, _):
            return standIn(ofType: type)
        case let .dataCorrupted(context):
            if let range = context.debugDescription.range(of: "expected one of: ") {
                let first = context.debugDescription[range.upperBound...].prefix { $0 != "," && $0 != ";" }
                return Node(String(first))
            }
            // A flag written as text (a library's `default: "false"`): a boolean lets decoding
            // go on to the next declaration instead of meeting the same problem again.
            if context.debugDescription.hasSuffix("expected true or false, without quotes") { return Node("false") }
            return nil
        @unknown default:
            return nil
        }
    }

    private static func standIn(ofType type: Any.Type) -> Node {
        switch type {
        case is Node.Mapping.Type: return .mapping(.init([]))
        case is Node.Sequence.Type: return .sequence(.init([]))
        case is Bool.Type: return Node("false")
        case is Int.Type, is Double.Type: return Node("0")
        default:
            let name = String(describing: type)
            if name.hasPrefix("Array<") { return .sequence(.init([])) }
            if name.hasPrefix("Dictionary<") { return .mapping(.init([])) }
            return Node("x")
        }
    }

    /// `node` with the value at `path` replaced by `value`, inserted when the key is missing, or
    /// removed when `value` is nil; nil when the path does not lead anywhere.
    private static func replacing(_ path: ArraySlice<CodingKey>, in node: Node, with value: Node?) -> Node? {
        guard let key = path.first else { return value ?? Node("x") }
        let rest = path.dropFirst()
        switch node {
        case var .mapping(mapping):
            if rest.isEmpty {
                mapping[key.stringValue] = value
            } else {
                guard let child = mapping[key.stringValue], let replaced = replacing(rest, in: child, with: value) else { return nil }
                mapping[key.stringValue] = replaced
            }
            return .mapping(mapping)
        case var .sequence(sequence):
            guard let index = key.intValue, sequence.indices.contains(index) else { return nil }
            if rest.isEmpty {
                if let value { sequence[index] = value } else { sequence.remove(at: index) }
            } else {
                guard let replaced = replacing(rest, in: sequence[index], with: value) else { return nil }
                sequence[index] = replaced
            }
            return .sequence(sequence)
        default:
            return nil
        }
    }
}
