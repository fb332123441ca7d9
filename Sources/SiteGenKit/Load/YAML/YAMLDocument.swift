import Foundation
import Yams

/// A parsed YAML file that decodes into typed values and maps every decoding problem back to a
/// line and column. Yams' `DecodingError` only carries a coding path; the composed node tree
/// keeps the marks, so the path is walked to find the position.
struct YAMLDocument {
    let file: String
    let root: Node
    /// Lines before the YAML text in its file (a clause's front matter starts on line 2).
    let lineOffset: Int

    /// Parses `source`; syntax errors become one diagnostic at the offending position.
    init(_ source: SourceFile, lineOffset: Int = 0) throws(DiagnosticError) {
        file = source.displayPath
        self.lineOffset = lineOffset
        do {
            if let mark = Self.aliasUsedAsKey(in: source.text) {
                throw DiagnosticError(.error("an alias (*name) cannot be used as a mapping key",
                                             at: .init(file: file, line: mark.line + lineOffset, column: mark.column),
                                             notes: ["use aliases only as values; as keys they can expand exponentially"]))
            }
            // Naming the encoding matters for speed: Yams' default reads the whole process
            // environment on every call, about 8 % of a tenant's build.
            guard let node = try Yams.compose(yaml: source.text, Self.resolver, Self.constructor, .utf8) else {
                throw DiagnosticError(.error("file is empty", at: .init(file: file, line: 1, column: 1),
                                             notes: ["expected a YAML mapping"]))
            }
            root = node
        } catch let error as DiagnosticError {
            throw error
        } catch let error as YamlError {
            throw DiagnosticError(Self.diagnostic(for: error, file: source.displayPath, lineOffset: lineOffset, text: source.text))
        } catch {
            throw DiagnosticError(.error("cannot parse YAML: \(error)", at: .init(file: file)))
        }
        let nodes = root.nodeCount(limit: Self.maximumNodes)
        if nodes > Self.maximumNodes {
            throw DiagnosticError(.error(
                "YAML expands to more than \(Self.maximumNodes) values", at: location(of: root),
                notes: ["anchors and aliases (&name, *name) that repeat each other grow exponentially"]))
        }
    }

    /// Yams builds a new `Constructor` for every document when none is passed; it is read-only.
    nonisolated(unsafe) static let constructor = Constructor.default

    /// Yams' default resolver with one rule in front that gives the same answer sooner. Composing
    /// resolves the tag of every mapping key, trying the default rules' seven regular expressions
    /// in turn; for a name like `legal_name` none matches and the tag is `str`. The front rule
    /// matches exactly such names — a letter or `_`, then letters, digits, `_`, `-`, `.` or `/`, but
    /// not one of the words the `bool` and `null` rules match — which no default rule matches (the
    /// others need a digit, sign, dot, `~`, `<<` or `=` first), so one expression settles most keys
    /// and every tag stays what `.default` resolves. Its `$` is the default rules' `$`, which also
    /// matches before a final line break.
    static let resolver: Resolver = {
        let words = "yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF|null|Null|NULL"
        guard let names = try? Resolver.Rule(.str, "^(?!(?:\(words))$)[A-Za-z_][A-Za-z0-9_./-]*$") else { return .default }
        return Resolver.default.rules.reduce(Resolver.basic.appending(names)) { $0.appending($1) }
    }()

    /// One decoder for every document: creating a `YAMLDecoder` reads the whole process
    /// environment twice (for `YAMS_DEFAULT_ENCODING`), which cost more than decoding a clause's
    /// front matter. Decoding only reads its options, so sharing it across threads is safe.
    nonisolated(unsafe) private static let decoder = YAMLDecoder(encoding: .utf8)

    /// Bounds the work an alias bomb (`&a [*b, *b, …]`) can cause; real configs have a few hundred.
    static let maximumNodes = 100_000

    /// Decodes the whole document as `T`, reporting type errors, missing keys and unknown keys.
    func decode<T: Codable>(_ type: T.Type) throws(DiagnosticError) -> T {
        let value: T
        do {
            value = try Self.rawDecode(T.self, from: root)
        } catch let error as DecodingError {
            throw DiagnosticError(allProblems(decoding: T.self, first: error))
        } catch {
            throw DiagnosticError(.error("\(error)", at: location(of: root)))
        }
        let unknown = unknownKeys(in: value)
        if !unknown.isEmpty { throw DiagnosticError(unknown) }
        return value
    }

    /// `T` from `node`, by the faster decoder where it gives the same result.
    static func rawDecode<T: Codable>(_ type: T.Type, from node: Node) throws -> T {
        NodeDecoder.canDecode(node) ? try NodeDecoder.decode(T.self, from: node) : try decoder.decode(T.self, from: node)
    }

    /// The position of a node, or of the file when the node has none.
    func location(of node: Node?) -> Diagnostic.Location {
        guard let mark = node?.mark else { return .init(file: file) }
        return .init(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// The node at a coding path, or the deepest node that exists along it.
    func node(at path: [CodingKey]) -> Node {
        var current = root
        for key in path {
            if let index = key.intValue, case let .sequence(sequence) = current, index < sequence.count {
                current = sequence[index]
            } else if case let .mapping(mapping) = current, let child = mapping[key.stringValue] {
                current = child
            } else {
                break
            }
        }
        return current
    }

    /// The key node of a mapping entry, whose mark points at the key rather than its value.
    func keyNode(at path: [CodingKey]) -> Node? {
        guard let last = path.last, last.intValue == nil,
              case let .mapping(mapping) = node(at: Array(path.dropLast())) else { return nil }
        return mapping.keys.first { $0.string == last.stringValue }
    }

    /// Keys in the document that `T` did not read: found by encoding the decoded value again and
    /// comparing the two key trees, so no type has to list its keys twice.
    /// Paths in `skipping` had a problem of their own and are not reported again; a key missing
    /// in the same mapping as an unknown one is offered as "did you mean" (`telefoon` → `phone`).
    func unknownKeys<T: Encodable>(in value: T, skipping: [[String]] = [], missing: [(owner: [String], key: String)] = []) -> [Diagnostic] {
        guard let known = KeyTree.of(value) else { return [] }
        var found: [Diagnostic] = []
        var path: [String] = []
        collectUnknownKeys(node: root, known: known, path: &path, into: &found, skipping: skipping, missing: missing)
        return found
    }

    /// Walks `node` and `known` together; `path` is the walk's position, restored on return.
    private func collectUnknownKeys(node: Node, known: KeyTree, path: inout [String], into found: inout [Diagnostic],
                                    skipping: [[String]], missing: [(owner: [String], key: String)]) {
        switch node {
        case let .mapping(mapping):
            guard case let .mapping(children) = known else { return }
            for index in mapping.indices {
                let (keyNode, valueNode) = mapping[index]
                let key = keyNode.string ?? ""
                if let child = children[key] {
                    path.append(key)
                    collectUnknownKeys(node: valueNode, known: child, path: &path, into: &found, skipping: skipping, missing: missing)
                    path.removeLast()
                } else if !valueNode.isNull && !skipping.contains(Self.components(ofWalked: path + [key])) {
                    let owner = path.isEmpty ? "" : " in '\(path.joined(separator: "."))'"
                    var notes = ["docs/authoring.md lists the keys this file accepts"]
                    let missingHere = missing.filter { $0.owner == Self.components(ofWalked: path) }.map(\.key)
                    if let guess = missingHere.count == 1 ? missingHere.first : Suggestion.closest(to: key, in: missingHere) {
                        notes.insert("did you mean '\(guess)'? it is missing", at: 0)
                    } else if let guess = Suggestion.closest(to: key, in: children.keys.sorted().filter { name in
                        !mapping.keys.contains { $0.string == name }
                    }) {
                        // Types that write every key they know (the facts) offer the nearest unwritten one.
                        notes.insert("did you mean '\(guess)'?", at: 0)
                    }
                    found.append(.error("unknown key '\(key)'\(owner)", at: location(of: keyNode), notes: notes))
                }
            }
        case let .sequence(sequence):
            guard case let .list(items) = known else { return }
            for (index, child) in sequence.enumerated() where index < items.count {
                path.append("\(index)")
                collectUnknownKeys(node: child, known: items[index], path: &path, into: &found, skipping: skipping, missing: missing)
                path.removeLast()
            }
        default:
            return
        }
    }

    func diagnostic(for error: DecodingError) -> Diagnostic {
        switch error {
        case let .typeMismatch(type, context):
            let found = node(at: context.codingPath)
            return .error("expected \(Self.describe(type)) for '\(Self.dotted(context.codingPath))', found \(Self.describe(found))",
                          at: location(of: found))
        case let .valueNotFound(type, context):
            return .error("missing value for '\(Self.dotted(context.codingPath))'",
                          at: location(of: node(at: context.codingPath)),
                          notes: ["expected \(Self.describe(type))"])
        case let .keyNotFound(key, context):
            let owner = context.codingPath.isEmpty ? "" : " in '\(Self.dotted(context.codingPath))'"
            return .error("missing required key '\(key.stringValue)'\(owner)",
                          at: location(of: node(at: context.codingPath)))
        case let .dataCorrupted(context):
            let target = keyNode(at: context.codingPath).map { _ in node(at: context.codingPath) } ?? node(at: context.codingPath)
            var message = context.debugDescription
            var notes: [String] = []
            if let split = message.range(of: "; expected ") {
                notes = ["expected " + message[split.upperBound...]]
                message = String(message[..<split.lowerBound])
            }
            return .error(message, at: location(of: target), notes: notes)
        @unknown default:
            return .error("\(error)", at: location(of: root))
        }
    }

    /// The unknown-key walk's path (list positions as plain numbers) as `components(of:)` writes it.
    private static func components(ofWalked path: [String]) -> [String] {
        path.map { $0.allSatisfy(\.isNumber) && !$0.isEmpty ? "[\($0)]" : $0 }
    }

    private static func dotted(_ path: [CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }
            .joined(separator: ".").replacingOccurrences(of: ".[", with: "[")
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is String.Type, is Node.Scalar.Type: return "text"
        case is Bool.Type: return "true or false"
        case is Int.Type, is Double.Type: return "a number"
        case is Node.Sequence.Type: return "a list"
        default:
            var name = String(describing: type)
            if name.hasPrefix("Optional<") { name = String(name.dropFirst("Optional<".count)) }
            if name.hasPrefix("Array<") { return "a list" }
            return "a mapping"
        }
    }

    private static func describe(_ node: Node) -> String {
        switch node {
        case .mapping: return "a mapping"
        case .sequence: return "a list"
        case let .scalar(scalar): return "'\(scalar.string)'"
        case .alias: return "an alias"
        }
    }

    private static func diagnostic(for error: YamlError, file: String, lineOffset: Int, text: String) -> Diagnostic {
        switch error {
        case let .parser(_, problem, mark, _) where problem.hasPrefix("Maximum nesting level reached"):
            // libyaml's own limit (1000 levels); its wording names a C function the author cannot call.
            return .error("YAML is nested more than 1000 levels deep", at: .init(file: file, line: mark.line + lineOffset, column: mark.column),
                          notes: ["a config needs a few levels; look for runs of '[' or '{' or ever deeper indentation"])
        case let .scanner(context?, problem, mark, _) where problem == "found unexpected end of stream":
            let what = context.text.replacingOccurrences(of: "while scanning a ", with: "")
                .replacingOccurrences(of: "quoted scalar", with: "quoted text")
            return .error("invalid YAML: the file ends inside \(what) that starts at line \(context.mark.line + lineOffset), column \(context.mark.column)",
                          at: .init(file: file, line: mark.line + lineOffset, column: mark.column),
                          notes: ["close it, or check whether the file was cut off"])
        case let .duplicatedKeysInMapping(duplicates, context):
            let first = context.mark.line + lineOffset
            let second = duplicates.first.flatMap { secondLine(of: $0, after: context.mark, in: text) }.map { $0 + lineOffset }
            let lines = second.map { $0 == first ? " (twice on line \(first))" : " (lines \(first) and \($0))" } ?? ""
            return .error("duplicate key '\(duplicates.joined(separator: "', '"))'\(lines)",
                          at: .init(file: file, line: first, column: context.mark.column),
                          notes: [second.map { "each key may appear once in a mapping; this is the first, \($0 == first ? "the same line" : "line \($0)") repeats it; keep one of them" }
                                  ?? "each key may appear once in a mapping; this is the first, keep one of them"])
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error("invalid YAML: \(problem)", at: .init(file: file, line: mark.line + lineOffset, column: mark.column),
                          notes: commentedColourNote(near: mark.line, in: text).map { [$0] } ?? [])
        case let .reader(problem, _, _, _):
            return .error("invalid YAML: \(problem)", at: .init(file: file))
        default:
            return .error("invalid YAML: \(error)", at: .init(file: file))
        }
    }
}

extension Node {
    /// Counts nodes as a tree (aliases expanded), stopping early past `limit`.
    func nodeCount(limit: Int) -> Int {
        var count = 0
        var stack: [Node] = [self]
        while let node = stack.popLast() {
            count += 1
            if count > limit { return count }
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping { stack.append(key); stack.append(value) }
            case let .sequence(sequence):
                stack.append(contentsOf: sequence)
            default:
                break
            }
        }
        return count
    }

    /// Whether this is YAML's null (`~`, `null` or nothing), which counts as "not set".
    var isNull: Bool {
        if case .scalar = self { return self.null != nil }
        return false
    }

    /// The keys of a mapping in document order; empty for anything else.
    var orderedKeys: [String] {
        guard case let .mapping(mapping) = self else { return [] }
        return mapping.keys.compactMap(\.string)
    }
}
