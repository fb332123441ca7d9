import Foundation
import Yams

extension YAMLDocument {
    /// Yams hashes every mapping key while composing, and an alias as (part of) a key is hashed
    /// with its anchor's content expanded: `? *bomb` hangs before the node-count limit is checked.
    /// So a document that may have aliases is first composed with every `*` made harmless text,
    /// and any key holding such text is reported. Anchors alone cost nothing.
    static func aliasUsedAsKey(in text: String) -> Mark? {
        // The byte checks rule out almost every document without Foundation's slower search.
        guard text.utf8.contains(UInt8(ascii: "*")), text.utf8.contains(UInt8(ascii: "&")),
              text.contains("*"), text.contains("&") else { return nil }
        let marker: Character = "\u{E000}"
        let defused = String(text.map { $0 == "*" ? marker : $0 })
        // When the defused text does not parse, the real one will report its own syntax error.
        guard let root = try? Yams.compose(yaml: defused, resolver, constructor, .utf8) else { return nil }
        var stack: [(node: Node, inKey: Bool)] = [(root, false)]
        while let (node, inKey) = stack.popLast() {
            switch node {
            case let .mapping(mapping):
                for (key, value) in mapping {
                    stack.append((key, true))
                    stack.append((value, inKey))
                }
            case let .sequence(sequence):
                stack.append(contentsOf: sequence.map { ($0, inKey) })
            case let .scalar(scalar) where inKey && scalar.style == .plain && scalar.string.first == marker:
                return node.mark
            default:
                break
            }
        }
        return nil
    }
}
