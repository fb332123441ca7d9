import Foundation

/// A word-level diff of two Markdown texts for the terminal, so an editor sees exactly what a
/// release would record before writing its summary.
public enum WordDiff {
    /// One changed paragraph: its marked text and the lines of `new` it covers, so `diff` can name
    /// the clause files those lines come from.
    public struct Paragraph: Sendable, Equatable {
        /// The paragraph with removed words as `[-…-]` and added words as `{+…+}` (or in color).
        public let text: String
        /// The 1-based lines of `new` the paragraph spans (a removal alone: the line it was removed at).
        public let lines: ClosedRange<Int>
    }

    /// The paragraphs of `new` that changed, with removed words as `[-…-]` and added words as
    /// `{+…+}`, or in red and green when `color` is set.
    public static func render(from old: String, to new: String, color: Bool) -> String {
        paragraphs(from: old, to: new, color: color).map(\.text).joined(separator: "\n\n…\n\n")
    }

    /// The changed paragraphs of `new`, each marked as `render` shows it and with the lines of `new` it spans.
    public static func paragraphs(from old: String, to new: String, color: Bool) -> [Paragraph] {
        let oldTokens = tokens(old), newTokens = tokens(new)
        let difference = newTokens.difference(from: oldTokens)
        var removedBefore: [Int: [String]] = [:]
        var inserted = Set<Int>()
        var removed = Set<Int>()
        for change in difference {
            switch change {
            case let .insert(offset, _, _): inserted.insert(offset)
            case let .remove(offset, _, _): removed.insert(offset)
            }
        }
        var newIndex = 0
        for (oldIndex, token) in oldTokens.enumerated() {
            if removed.contains(oldIndex) { removedBefore[newIndex, default: []].append(token); continue }
            while inserted.contains(newIndex) { newIndex += 1 }
            newIndex += 1
        }
        let (delOpen, delClose, insOpen, insClose) = color
            ? ("\u{1B}[31m[-", "-]\u{1B}[0m", "\u{1B}[32m{+", "+}\u{1B}[0m") : ("[-", "-]", "{+", "+}")
        // Each paragraph of a change is marked on its own, so a change that spans paragraphs (added
        // paragraphs, a whole new statement) is whole in every paragraph shown.
        func marked(_ text: String, _ open: String, _ close: String) -> String {
            text.components(separatedBy: "\n\n").map { $0.isEmpty ? $0 : open + $0 + close }.joined(separator: "\n\n")
        }
        var merged = ""
        // The line of `new` each line of `merged` stands at: removed text adds lines to `merged` only.
        var newLineOfMerged = [1]
        var newLine = 1
        func append(_ text: String, inNew: Bool) {
            merged += text
            for scalar in text.unicodeScalars where scalar == "\n" {
                if inNew { newLine += 1 }
                newLineOfMerged.append(newLine)
            }
        }
        var insertion = ""
        for index in 0...newTokens.count {
            let gone = removedBefore[index]
            if (gone != nil || index == newTokens.count || !inserted.contains(index)) && !insertion.isEmpty {
                append(marked(insertion, insOpen, insClose), inNew: true)
                insertion = ""
            }
            if let gone { append(marked(gone.joined(), delOpen, delClose), inNew: false) }
            guard index < newTokens.count else { break }
            if inserted.contains(index) { insertion += newTokens[index] } else { append(newTokens[index], inNew: true) }
        }
        var result: [Paragraph] = []
        var mergedLine = 0
        for paragraph in merged.components(separatedBy: "\n\n") {
            let breaks = paragraph.unicodeScalars.reduce(0) { $0 + ($1 == "\n" ? 1 : 0) }
            if [delOpen, insOpen].contains(where: { paragraph.contains($0) }) {
                let first = newLineOfMerged[min(mergedLine, newLineOfMerged.count - 1)]
                // The statement's final line break ends the last paragraph; it starts no line of it.
                let trailing = paragraph.unicodeScalars.reversed().prefix { $0 == "\n" }.count
                let last = newLineOfMerged[min(mergedLine + breaks - trailing, newLineOfMerged.count - 1)]
                result.append(Paragraph(text: paragraph, lines: first...max(first, last)))
            }
            mergedLine += breaks + 2
        }
        return result
    }

    /// How many paragraphs of `new` differ from `old`, for `diff --stat`.
    public static func changedParagraphCount(from old: String, to new: String) -> Int {
        paragraphs(from: old, to: new, color: false).count
    }

    /// Words, each with the white space that follows it, so a changed phrase diffs as one run
    /// instead of alternating with the unchanged spaces between its words.
    static func tokens(_ text: String) -> [String] {
        var tokens: [String] = []
        var current = ""
        for character in text {
            // Line breaks stand alone, so paragraphs keep their boundaries in the output.
            if let last = current.last, (last.isWhitespace && !character.isWhitespace) || character.isNewline != last.isNewline {
                tokens.append(current)
                current = ""
            }
            current.append(character)
        }
        if !current.isEmpty { tokens.append(current) }
        return tokens
    }
}
