import Foundation

/// A word-level diff of two Markdown texts for the terminal, so an editor sees exactly what a
/// release would record before writing its summary.
public enum WordDiff {
    /// The paragraphs of `new` that changed, with removed words as `[-…-]` and added words as
    /// `{+…+}`, or in red and green when `color` is set.
    public static func render(from old: String, to new: String, color: Bool) -> String {
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
        var insertion = ""
        for index in 0...newTokens.count {
            let gone = removedBefore[index]
            if (gone != nil || index == newTokens.count || !inserted.contains(index)) && !insertion.isEmpty {
                merged += marked(insertion, insOpen, insClose)
                insertion = ""
            }
            if let gone { merged += marked(gone.joined(), delOpen, delClose) }
            guard index < newTokens.count else { break }
            if inserted.contains(index) { insertion += newTokens[index] } else { merged += newTokens[index] }
        }
        return changedParagraphs(merged, markers: [delOpen, insOpen]).joined(separator: "\n\n…\n\n")
    }

    /// How many paragraphs of `new` differ from `old`, for `diff --stat`.
    public static func changedParagraphCount(from old: String, to new: String) -> Int {
        changedParagraphs(render(from: old, to: new, color: false), markers: ["[-", "{+"]).count
    }

    private static func changedParagraphs(_ text: String, markers: [String]) -> [String] {
        text.components(separatedBy: "\n\n").filter { paragraph in markers.contains { paragraph.contains($0) } }
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
