import Foundation

/// Measures how much of a seed (a privacy statement's text extracted from its PDF) a rendered
/// page still says. Used by `SeedFidelityTests`; small pure functions so they can be tested on
/// inline strings.
enum SeedText {
    /// One allowed wording change from `docs/unifications.md`: in the seeds of `tenants`,
    /// `seed` is read as `shared` before matching.
    struct Unification: Sendable {
        let tenants: Set<String>
        let seed: String
        let shared: String
    }

    /// The result of matching a seed's units against a page.
    struct Match: Sendable {
        let total: Int
        /// The units not found, in seed order, as written in the seed (after cleaning).
        let missing: [String]
        var share: Double { total == 0 ? 1 : Double(total - missing.count) / Double(total) }

        /// What an author needs to fix content: the share and every missing unit.
        func report(tenant: String) -> String {
            let percent = String(format: "%.1f", share * 100)
            let list = missing.map { "- \($0)" }.joined(separator: "\n")
            return "\(tenant): \(percent) % of \(total) seed units found; missing:\n\(list)"
        }
    }

    // MARK: Page side

    /// The words a reader sees in the page's `<main>`: the TOC, header and footer are theme
    /// chrome, not statement content. Footnote markers (`<sup>`) and back-links are dropped, as
    /// the seed's "¹" is; inline tags vanish so "**x**." stays "x."; every other tag separates words.
    static func visibleText(ofHTML html: String) -> String {
        guard let start = html.range(of: "<main"),
              let end = html.range(of: "</main>", range: start.upperBound..<html.endIndex)
        else { return "" }
        var text = String(html[start.lowerBound..<end.upperBound])
        text = text.replacing(/<sup[^>]*>.*?<\/sup>/.dotMatchesNewlines(), with: "")
        text = text.replacing(/<a [^>]*footnote-backref[^>]*>.*?<\/a>/.dotMatchesNewlines(), with: "")
        text = text.replacing(/<\/?(?:a|em|strong|i|b|u|code|span|abbr|small|mark|s|del|ins|sub)(?:\s[^>]*)?>/, with: "")
        text = text.replacing(/<[^>]*>/, with: " ")
        return collapseWhitespace(decodeEntities(text))
    }

    /// HTML escapes back to characters, so page and seed compare as text.
    static func decodeEntities(_ text: String) -> String {
        var text = text.replacing(/&#[xX]([0-9a-fA-F]+);/) { match in
            UInt32(match.1, radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
        }
        text = text.replacing(/&#([0-9]+);/) { match in
            UInt32(match.1).flatMap(Unicode.Scalar.init).map { String(Character($0)) } ?? ""
        }
        for (entity, character) in [("&quot;", "\""), ("&lt;", "<"), ("&gt;", ">"), ("&nbsp;", " "), ("&amp;", "&")] {
            text = text.replacingOccurrences(of: entity, with: character)
        }
        return text
    }

    // MARK: Seed side

    /// A seed's units, each counted once. Artefacts are dropped or repaired first (lone
    /// `artefactLines`, footnote lines lifted out of the flow, page-break splits joined, repeated
    /// table headers), then each table cell is a unit and prose lines are split into sentences.
    static func units(of seed: String, artefactLines: Set<String>, unifications: [Unification]) -> [String] {
        var units: [String] = []
        for block in blocks(of: seed, artefactLines: artefactLines) {
            switch block {
            case let .row(cells):
                units += cells.map { unify(clean($0), unifications) }
            case let .prose(line):
                units += sentences(unify(clean(line), unifications))
            }
        }
        var seen = Set<String>()
        return units.filter { !normalise($0).isEmpty && seen.insert(normalise($0)).inserted }
    }

    /// A seed line after artefact handling: a table row's cells or one line of prose.
    enum Block: Equatable {
        case row([String])
        case prose(String)
    }

    /// The seed's lines with the PDF's page-break artefacts handled; see `units(of:)`.
    static func blocks(of seed: String, artefactLines: Set<String>) -> [Block] {
        var blocks: [Block] = []
        var footnotes: [Block] = []
        var header: [String]?
        for rawLine in seed.components(separatedBy: "\n") {
            let line = rawLine.trimmingCharacters(in: .whitespacesAndNewlines)
            // Blank lines carry no text; a tenant's lone logo or page-header lines are not content.
            if line.isEmpty || artefactLines.contains(line) { continue }
            // A footnote sits where the PDF page ended, possibly mid-paragraph: count it once, apart.
            if line.hasPrefix("¹") {
                if !footnotes.contains(.prose(line)) { footnotes.append(.prose(line)) }
                continue
            }
            if rawLine.contains("\t") {
                let cells = rawLine.components(separatedBy: "\t").map { $0.trimmingCharacters(in: .whitespaces) }
                let filled = cells.indices.filter { !cells[$0].isEmpty }
                guard case let .row(previous)? = blocks.last else {
                    header = cells                      // a table starts with its header row
                    blocks.append(.row(cells))
                    continue
                }
                if cells == header { continue }         // the header repeated after a page break
                if filled.count == 1, filled[0] > 0, filled[0] < previous.count {
                    // Half a row carried over a page break: it continues the previous row's cell.
                    var joined = previous
                    joined[filled[0]] += " " + cells[filled[0]]
                    blocks[blocks.count - 1] = .row(joined)
                    continue
                }
                blocks.append(.row(cells))
                continue
            }
            // A paragraph cut by a page break: the first half stops mid-sentence, the rest
            // continues in lower case (and is no list item or table row).
            if case let .prose(previous)? = blocks.last,
               let last = previous.last, last.isLetter || last == ",",
               let first = line.first, first.isLowercase {
                blocks[blocks.count - 1] = .prose(previous + " " + line)
                continue
            }
            blocks.append(.prose(line))
        }
        return blocks + footnotes
    }

    /// Seed markup removed: `<u>`/`<i>` from the PDF extraction, Markdown emphasis `*`/`**`,
    /// links `[text](…)` → text, autolinks `<https://…>` → the URL, the footnote mark "¹", and
    /// list markers. "- " and a leading "N. " go (the page renders them as list markers, not
    /// text — where it keeps "N." as heading text the rest still matches); "(1)" and "a)" stay,
    /// they are written out in the statements.
    static func clean(_ text: String) -> String {
        var text = text.replacing(/<\/?[ui]>/, with: "")
        text = text.replacing(/\[([^\]]*)\]\([^)]*\)/) { String($0.1) }
        text = text.replacing(/<(https?:[^>\s]+)>/) { String($0.1) }
        text = text.replacingOccurrences(of: "*", with: "").replacingOccurrences(of: "¹", with: "")
        text = text.trimmingCharacters(in: .whitespaces)
        text = text.replacing(/^-\s+/, with: "")
        text = text.replacing(/^\d+\.\s+/, with: "")
        return collapseWhitespace(text)
    }

    /// Applies the documented unifications. The doc's shared wordings carry a final full stop;
    /// a seed that already had one must not end up with two.
    static func unify(_ text: String, _ unifications: [Unification]) -> String {
        unifications.reduce(text) { text, unification in
            var result = text.replacingOccurrences(of: unification.seed, with: unification.shared)
            if unification.shared.hasSuffix(".") {
                result = result.replacingOccurrences(of: unification.shared + ".", with: unification.shared)
            }
            return result
        }
    }

    /// Prose split into sentences after ". ", "? " and "! " (the mark stays with its sentence);
    /// a colon does not end a sentence. Abbreviations ("o.a. ", "art. ") split too, harmlessly:
    /// both halves must still be in the page.
    static func sentences(_ text: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var previous: Character?
        for character in text {
            if character == " ", let mark = previous, ".?!".contains(mark) {
                sentences.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        sentences.append(current)
        return sentences.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    // MARK: Matching

    /// Text in a form where only wording counts: lower case, typographic quotes, dashes and
    /// ellipses folded to ASCII, no footnote mark, single spaces.
    static func normalise(_ text: String) -> String {
        var folded = ""
        for character in text.lowercased() {
            switch character {
            case "‘", "’", "‚", "‛", "′": folded.append("'")
            case "“", "”", "„", "‟", "″": folded.append("\"")
            case "–", "—", "‒", "―", "‑", "−": folded.append("-")
            case "…": folded.append("...")
            case "\u{00A0}", "\u{202F}": folded.append(" ")
            case "¹", "\u{00AD}": break
            default: folded.append(character)
            }
        }
        return collapseWhitespace(folded)
    }

    /// A unit counts as present when its normalised text occurs anywhere in the normalised page.
    static func match(_ units: [String], in pageText: String) -> Match {
        let page = normalise(pageText)
        let missing = units.filter { !page.contains(normalise($0)) }
        return Match(total: units.count, missing: missing)
    }

    /// Runs of whitespace (line breaks from tags, tabs) become one space.
    static func collapseWhitespace(_ text: String) -> String {
        text.split(whereSeparator: { $0.isWhitespace }).joined(separator: " ")
    }
}
