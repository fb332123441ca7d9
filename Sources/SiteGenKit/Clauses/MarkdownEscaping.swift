/// Escapes values for the place they land in Markdown, so a `|`, `*` or `<` in a company name
/// stays literal text and cannot change the page's structure.
enum MarkdownEscaping {
    /// Characters that start inline syntax anywhere in a line.
    private static let inlineSpecials: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "|", "~", "&", "!"]
    /// Characters that start block syntax when they open a line.
    private static let blockStarters: Set<Character> = ["#", "-", "+", "=", ">"]

    /// Escapes plain text. `atLineStart` says whether only white space precedes it on its line;
    /// `inTableRow` turns line breaks into spaces (a GFM cell is one line), otherwise they become
    /// hard breaks indented like the line they appear in.
    static func escapeText(_ text: String, atLineStart: Bool, inTableRow: Bool, indentation: String) -> String {
        var result = ""
        var lineStart = atLineStart
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for (index, line) in lines.enumerated() {
            if index > 0 {
                result += inTableRow ? " " : "\\\n" + indentation
                lineStart = !inTableRow
            }
            result += escapeLine(line, atLineStart: lineStart)
        }
        return result
    }

    /// Makes a Markdown value safe inside a table row: unescaped pipes would split the cell and
    /// line breaks would end the row.
    static func fitMarkdownInTableRow(_ markdown: String) -> String {
        var result = ""
        var previous: Character?
        for character in markdown {
            if character == "|" && previous != "\\" {
                result += "\\|"
            } else if character == "\n" {
                result += " "
            } else {
                result.append(character)
            }
            previous = character
        }
        return result
    }

    private static func escapeLine(_ line: Substring, atLineStart: Bool) -> String {
        var result = ""
        for (offset, character) in line.enumerated() {
            if inlineSpecials.contains(character) {
                result += "\\"
            } else if offset == 0 && atLineStart && blockStarters.contains(character) {
                result += "\\"
            }
            result.append(character)
        }
        // "2018. " at a line start would open an ordered list.
        if atLineStart, let end = result.firstIndex(where: { !$0.isNumber }), end != result.startIndex,
           result[end] == "." || result[end] == ")" {
            result.insert("\\", at: end)
        }
        return result
    }
}
