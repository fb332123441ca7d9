/// Escapes values for the place they land in Markdown, so a `|`, `*` or `<` in a company name
/// stays literal text and cannot change the page's structure. It works on bytes, as cmark-gfm
/// reads them: every character Markdown gives a meaning to is ASCII, and a `*` followed by a
/// combining accent is still a `*` to cmark, so it is escaped too.
enum MarkdownEscaping {
    /// Escapes plain text. `atLineStart` says whether only white space precedes it on its line;
    /// `inTableRow` turns line breaks into spaces (a GFM cell is one line), otherwise they become
    /// hard breaks indented like the line they appear in.
    static func escapeText(_ text: String, atLineStart: Bool, inTableRow: Bool, indentation: String) -> String {
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        var lineStart = atLineStart
        for (index, line) in text.lines.enumerated() {
            if index > 0 {
                result += inTableRow ? [UInt8(ascii: " ")] : [UInt8(ascii: "\\"), UInt8(ascii: "\n")] + Array(indentation.utf8)
                lineStart = !inTableRow
            }
            escapeLine(line, atLineStart: lineStart, into: &result)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Makes a Markdown value safe inside a table row: unescaped pipes would split the cell and
    /// line breaks would end the row.
    static func fitMarkdownInTableRow(_ markdown: String) -> String {
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

    /// Appends `line` to `result` with a backslash before every inline special, before a block
    /// starter that opens the line, and before the `.` or `)` of a number that would open an
    /// ordered list ("2018. ").
    private static func escapeLine(_ line: Substring, atLineStart: Bool, into result: inout [UInt8]) {
        let lineStart = result.count
        let bytes = Array(line.utf8)
        for (offset, byte) in bytes.enumerated() {
            if byte < 0x80 {
                let special = specialBytes[Int(byte)]
                if (special.inline && !isIntrawordUnderscore(at: offset, in: bytes)) || (offset == 0 && atLineStart && special.blockStart) {
                    result.append(UInt8(ascii: "\\"))
                }
            }
            result.append(byte)
        }
        guard atLineStart else { return }
        let digits = UInt8(ascii: "0")...UInt8(ascii: "9")
        if let end = result[lineStart...].firstIndex(where: { !digits.contains($0) }), end != lineStart,
           result[end] == UInt8(ascii: ".") || result[end] == UInt8(ascii: ")") {
            result.insert(UInt8(ascii: "\\"), at: end)
        }
    }

    /// An `_` between two ASCII letters or digits (`privacy_beleid`) can neither open nor close
    /// emphasis in CommonMark, so it stays unescaped: a backslash there would end up inside the
    /// link GFM makes of `www.example.nl/privacy_beleid` (as `%5C_`).
    private static func isIntrawordUnderscore(at offset: Int, in bytes: [UInt8]) -> Bool {
        guard bytes[offset] == UInt8(ascii: "_"), offset > 0, offset + 1 < bytes.count else { return false }
        func isAlphanumeric(_ byte: UInt8) -> Bool {
            (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte)
        }
        return isAlphanumeric(bytes[offset - 1]) && isAlphanumeric(bytes[offset + 1])
    }

    /// Characters that start inline syntax anywhere in a line, and those that start block syntax
    /// when they open a line, as a table by byte.
    private static let specialBytes: [(inline: Bool, blockStart: Bool)] = (0..<128).map { value in
        let byte = UInt8(value)
        return (Array(#"\`*_[]<>|~&!"#.utf8).contains(byte), Array("#-+=>".utf8).contains(byte))
    }
}
