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
        for (index, line) in text.lines.enumerated() {
            if index > 0 {
                result += inTableRow ? " " : "\\\n" + indentation
                lineStart = !inTableRow
            }
            result += line.isSingleByteCharacters ? escapeSingleByteLine(line, atLineStart: lineStart) : escapeLine(line, atLineStart: lineStart)
        }
        return result
    }

    /// Makes a Markdown value safe inside a table row: unescaped pipes would split the cell and
    /// line breaks would end the row.
    static func fitMarkdownInTableRow(_ markdown: String) -> String {
        if markdown[...].isSingleByteCharacters { return fitSingleByteMarkdownInTableRow(markdown) }
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

    /// `fitMarkdownInTableRow` for text whose Characters are single ASCII bytes, by bytes.
    private static func fitSingleByteMarkdownInTableRow(_ markdown: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(markdown.utf8.count + 8)
        var previous: UInt8 = 0
        for byte in markdown.utf8 {
            if byte == UInt8(ascii: "|") && previous != UInt8(ascii: "\\") {
                result += [UInt8(ascii: "\\"), byte]
            } else if byte == UInt8(ascii: "\n") {
                result.append(UInt8(ascii: " "))
            } else {
                result.append(byte)
            }
            previous = byte
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `escapeLine` for a line whose Characters are single ASCII bytes, by bytes.
    private static func escapeSingleByteLine(_ line: Substring, atLineStart: Bool) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(line.utf8.count + 8)
        for (offset, byte) in line.utf8.enumerated() {
            let special = specialBytes[Int(byte)]
            if special.inline || (offset == 0 && atLineStart && special.blockStart) {
                result.append(UInt8(ascii: "\\"))
            }
            result.append(byte)
        }
        if atLineStart, let end = result.firstIndex(where: { !(UInt8(ascii: "0")...UInt8(ascii: "9")).contains($0) }), end != 0,
           result[end] == UInt8(ascii: ".") || result[end] == UInt8(ascii: ")") {
            result.insert(UInt8(ascii: "\\"), at: end)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// `inlineSpecials` and `blockStarters` as a table by byte, for the byte paths.
    private static let specialBytes: [(inline: Bool, blockStart: Bool)] = (0..<128).map { value in
        let character = Character(Unicode.Scalar(UInt8(value)))
        return (inlineSpecials.contains(character), blockStarters.contains(character))
    }
}
