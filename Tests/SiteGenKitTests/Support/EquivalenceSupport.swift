import Foundation
@testable import SiteGenKit

/// Random input for the tests that hold new, faster code to the code it replaced: seeded, so a
/// failure is reproducible, and built from pieces where bytes and Characters part ways.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}

/// Inputs and comparisons shared by the equivalence tests.
enum EquivalenceSupport {
    /// Text pieces: line breaks alone and as `\r\n` (one Character), combining and joining marks
    /// that glue onto the ASCII before them, a prepended mark that glues onto what follows,
    /// regional indicators, non-ASCII letters, Markdown specials and placeholder tags.
    static let pieces: [String] = [
        "a", "b", "Z", "0", "1", "2.", "9)", " ", "  ", "\t", "\n", "\n", "\r", "\r\n", "\u{301}", "é", "e\u{301}", "’", "ß",
        "\u{200D}", "\u{FE0F}", "\u{600}", "\u{1F1F3}", "\u{1F1F1}", "\u{FEFF}", "\u{A0}", "\u{2003}", "\u{85}", "\u{2028}",
        "{", "}", "{{", "}}", "{{{", "}}}", "|", "\\", ".", "#", "-", "+", "=", ">", "*", "_", "<", "!", "&", "~", "`", "[", "]", ")",
        "\"", "{{company.name}}", "{{ company.name }}", "{{#if vars.x}}", "{{/if}}", "{{ / if }}", "{{else}}", "{{#unless vars.x}}",
        "{{/unless}}", "{{#each rows}}", "{{/each}}", "{{> c}}", "{{>c }}", "{{! note }}", "{{{vars.md}}}", "{{{ vars.md }}}",
        "{{ a b }}", "{{}}", "{{#if a == \"x\"}}", "{{#if a != \"y\"}}", "{{#if a== \"é\"}}", "{{#if a == x}}", "{{#bogus x}}",
        "{{#if}}", "{{this}}", "{{this.label}}", "{{a..b}}", "{{é.x}}", "{\u{301}{", "{{\u{301}", "}}\u{301}", "|\u{301}", "\n\u{301}",
    ]

    /// `count` texts of up to `maxPieces` pieces each.
    static func texts(count: Int, maxPieces: Int, seed: UInt64, pieces: [String] = pieces) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            let length = Int.random(in: 0...maxPieces, using: &generator)
            return (0..<length).map { _ in pieces.randomElement(using: &generator)! }.joined()
        }
    }

    /// A placeholder tree as text, to compare two parses.
    static func describe(_ nodes: [PlaceholderTemplate.Node]) -> String {
        nodes.map { node in
            switch node {
            case let .text(text):
                return "text(\(Array(text.unicodeScalars)))"
            case let .value(path, asMarkdown, position):
                return "value(\(path),\(asMarkdown),\(position))"
            case let .conditional(condition, negated, then, otherwise, position):
                return "if(\(condition),\(negated),[\(describe(then))],[\(describe(otherwise))],\(position))"
            case let .each(path, body, position):
                return "each(\(path),[\(describe(body))],\(position))"
            case let .include(id, position):
                return "include(\(id),\(position))"
            }
        }.joined(separator: ";")
    }
}
