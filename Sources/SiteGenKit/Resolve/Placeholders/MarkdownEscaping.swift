/// Escapes values for the place they land in Markdown, so a `|`, `*` or `<` in a company name
/// stays literal text and cannot change the page's structure. It works on bytes, as cmark-gfm
/// reads them: every character Markdown gives a meaning to is ASCII, and a `*` followed by a
/// combining accent is still a `*` to cmark, so it is escaped too.
enum MarkdownEscaping {
    /// Where in the clause's Markdown a value lands, as the placeholder parser sees the text before
    /// the tag on its line (`PlaceholderTemplate.valueContexts`).
    enum Context: Sendable, Equatable {
        /// Running text, where GFM links web and e-mail addresses by itself.
        case text
        /// Inside a link's text, `[… {{x}} …](…)`: escaped, never linked again.
        case linkText
        /// Inside a link's destination, `[…]({{x}})`: escaped, brackets and spaces too.
        case linkDestination
        /// Inside an angle-bracket link, `<{{x}}>`: Markdown removes no backslashes there.
        case angleLink
    }

    /// Escapes plain text. `atLineStart` says whether only white space precedes it on its line;
    /// `inTableRow` turns line breaks into spaces (a GFM cell is one line), otherwise they become
    /// hard breaks indented like the line they appear in. In running text a web or e-mail address
    /// that escaping would break becomes an explicit link (`MarkdownEscaping+Addresses`).
    static func escapeText(_ text: String, atLineStart: Bool, inTableRow: Bool, indentation: String,
                           context: Context = .text) -> String {
        switch context {
        case .angleLink:
            if let raw = angleLinkText(text) { return raw }
        case .linkDestination:
            return escapeDestination(text)
        case .text, .linkText:
            break
        }
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count + 8)
        var lineStart = atLineStart
        let wholeEmail = context == .text && isEmailGFMLinksInPart(text)
        for (index, line) in text.lines.enumerated() {
            if index > 0 {
                result += inTableRow ? [UInt8(ascii: " ")] : [UInt8(ascii: "\\"), UInt8(ascii: "\n")] + Array(indentation.utf8)
                lineStart = !inTableRow
            }
            let bytes = Array(line.utf8)
            let links = context == .text ? addressLinks(in: bytes, wholeEmail: wholeEmail) : []
            var offset = 0
            for link in links {
                escapeLine(bytes, offset..<link.range.lowerBound, atLineStart: lineStart, into: &result)
                appendLink(bytes, link, into: &result)
                offset = link.range.upperBound
            }
            escapeLine(bytes, offset..<bytes.count, atLineStart: lineStart && offset == 0, into: &result)
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Whether `escapeText` puts a backslash before the byte at `offset` of a line (not at its start).
    static func escapes(_ bytes: [UInt8], at offset: Int) -> Bool {
        bytes[offset] < 0x80 && specialBytes[Int(bytes[offset])].inline && !isIntrawordUnderscore(at: offset, in: bytes)
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

    /// Appends `range` of the line `bytes` to `result` with a backslash before every inline special,
    /// before a block starter that opens the line, and before the `.` or `)` of a number that would
    /// open an ordered list ("2018. ").
    static func escapeLine(_ bytes: [UInt8], _ range: Range<Int>, atLineStart: Bool, into result: inout [UInt8]) {
        let lineStart = result.count
        for offset in range {
            let byte = bytes[offset]
            if byte < 0x80 {
                let special = specialBytes[Int(byte)]
                if (special.inline && !isIntrawordUnderscore(at: offset, in: bytes)) || (offset == 0 && atLineStart && special.blockStart) {
                    result.append(UInt8(ascii: "\\"))
                }
            }
            result.append(byte)
        }
        guard atLineStart, range.lowerBound == 0, !range.isEmpty else { return }
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
    static let specialBytes: [(inline: Bool, blockStart: Bool)] = (0..<128).map { value in
        let byte = UInt8(value)
        return (Array(#"\`*_[]<>|~&!"#.utf8).contains(byte), Array("#-+=>".utf8).contains(byte))
    }
}
