import Foundation
import Yams

extension YAMLDocument {
    /// Yams hashes every mapping key while composing, and an alias as (part of) a key is hashed
    /// with its anchor's content expanded: `? *bomb` hangs before the node-count limit is checked.
    /// So a document that may have aliases is first composed with every `*` made harmless text,
    /// and any key holding such text is reported. Anchors alone cost nothing.
    static func aliasUsedAsKey(in text: String) -> (line: Int, column: Int)? {
        // The byte checks rule out almost every document without Foundation's slower search.
        guard text.utf8.contains(UInt8(ascii: "*")), text.utf8.contains(UInt8(ascii: "&")),
              text.contains("*"), text.contains("&") else { return nil }
        let defused = defusingAliases(in: text)
        // When the defused text does not parse, the real one usually reports its own syntax error;
        // but text that only the defusing broke must not let an alias key through, so a `*name:`
        // anywhere is then refused.
        guard let root = try? Yams.compose(yaml: defused, resolver, constructor, .utf8) else {
            return aliasFollowedByColon(in: text)
        }
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
            case let .scalar(scalar) where inKey && scalar.string.first == aliasMarker:
                return node.mark.map { ($0.line, $0.column) } ?? (1, 1)
            default:
                break
            }
        }
        return nil
    }

    /// What an alias becomes in the defused text: a private-use character no config holds.
    private static let aliasMarker: Character = "\u{E000}"

    /// `text` with every `*name` turned into text starting with `aliasMarker`. An alias ends
    /// where its name ends, so `*a:` is an alias used as a key, even in a flow sequence
    /// (`[*a:, x]`), where a plain `\u{E000}a:` would be a syntax error: such an alias becomes
    /// the quoted `"\u{E000}a":`, which is a key wherever the alias is one.
    static func defusingAliases(in text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count + 16)
        var characters = text[...]
        while let star = characters.firstIndex(of: "*") {
            result += characters[..<star]
            let afterStar = characters.index(after: star)
            let nameEnd = characters[afterStar...].firstIndex { !isAnchorCharacter($0) } ?? characters.endIndex
            let name = characters[afterStar..<nameEnd]
            let rest = characters[nameEnd...].drop { $0 == " " }
            if !name.isEmpty && rest.first == ":" {
                result += "\"\(aliasMarker)\(name)\""
            } else {
                result.append(aliasMarker)
                result += name
            }
            characters = characters[nameEnd...]
        }
        result += characters
        return result
    }

    /// The position of the first `*name:` (an alias followed by a colon) in `text`, or nil.
    static func aliasFollowedByColon(in text: String) -> (line: Int, column: Int)? {
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var rest = line[...]
            while let star = rest.firstIndex(of: "*") {
                let afterStar = rest.index(after: star)
                let nameEnd = rest[afterStar...].firstIndex { !isAnchorCharacter($0) } ?? rest.endIndex
                if nameEnd > afterStar, rest[nameEnd...].drop(while: { $0 == " " }).first == ":" {
                    return (number + 1, line.distance(from: line.startIndex, to: star) + 1)
                }
                rest = rest[afterStar...]
            }
        }
        return nil
    }

    /// The characters libyaml allows in an anchor or alias name.
    private static func isAnchorCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "-" || character == "_")
    }
}
