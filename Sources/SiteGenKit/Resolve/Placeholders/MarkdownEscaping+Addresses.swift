/// Web and e-mail addresses in values. GFM links `www.…`, `https://…` and `name@domain` in running
/// text by itself, but it reads the raw text: a backslash escaping put inside an address ends up in
/// the link (`privacy\_beleid` → `…%5C_beleid`), and an e-mail address with a character GFM does
/// not expect is linked only in part. Such an address becomes an explicit link,
/// `[escaped text](<address>)`, whose text is escaped like any value and whose destination is
/// percent-encoded, so it still cannot carry markup; an address escaping leaves alone is left to
/// GFM, as before, so statements that were right stay byte for byte the same.
extension MarkdownEscaping {
    /// An address to write as an explicit link: the bytes of the line it covers and where it goes.
    struct AddressLink: Equatable {
        var range: Range<Int>
        var destination: String
    }

    /// The addresses in one line of a value that escaping would break. `wholeEmail`: the value is
    /// an e-mail address (`EmailAddress`), linked whole even where GFM would link only a part.
    static func addressLinks(in bytes: [UInt8], wholeEmail: Bool) -> [AddressLink] {
        if wholeEmail {
            // GFM reads the text after escapes are removed, so only a name part with characters it
            // does not take (`o'brien@…`, `x&y@…`) needs help.
            let gfmLocal = bytes.prefix { $0 != at }.allSatisfy { isAlphanumeric($0) || gfmNameExtras.contains($0) }
            guard !gfmLocal else { return [] }
            return [AddressLink(range: 0..<bytes.count, destination: "mailto:" + percentEncoded(bytes[...], mailto: true))]
        }
        var links: [AddressLink] = []
        var index = 0
        while index < bytes.count {
            guard let prefix = addressPrefix(bytes, at: index) else {
                index += 1
                continue
            }
            // GFM's link runs to white space or '<'; ours also stops at '>' (`<https://…>` in a value).
            var gfmEnd = index
            while gfmEnd < bytes.count && !isSpace(bytes[gfmEnd]) && bytes[gfmEnd] != UInt8(ascii: "<") { gfmEnd += 1 }
            let end = trimmedEnd(bytes, from: index, to: bytes[index..<gfmEnd].firstIndex(of: UInt8(ascii: ">")) ?? gfmEnd)
            let host = bytes[(index + prefix.hostOffset)..<end].prefix { !Array("/?#".utf8).contains($0) }
            if end > index + prefix.hostOffset, WebAddress.looksLikeHost(String(decoding: host, as: UTF8.self)),
               (index..<gfmEnd).contains(where: { escapes(bytes, at: $0) }) {
                links.append(AddressLink(range: index..<end, destination: prefix.scheme + percentEncoded(bytes[index..<end], mailto: false)))
            }
            index = max(gfmEnd, index + 1)
        }
        return links
    }

    /// Whether `text` is one e-mail address (`EmailAddress`) whose name part has a character GFM's
    /// link does not take (`o'brien@…`): checked by bytes first, so the usual address
    /// (`info@jsict.nl`) never reaches the regular expression.
    static func isEmailGFMLinksInPart(_ text: String) -> Bool {
        guard let atIndex = text.utf8.firstIndex(of: at),
              !text.utf8[..<atIndex].allSatisfy({ isAlphanumeric($0) || gfmNameExtras.contains($0) }) else { return false }
        return EmailAddress.problem(with: text) == nil
    }

    /// Appends `[text](<destination>)`, the text escaped as a value inside a link's text.
    static func appendLink(_ bytes: [UInt8], _ link: AddressLink, into result: inout [UInt8]) {
        result.append(UInt8(ascii: "["))
        escapeLine(bytes, link.range, atLineStart: false, into: &result)
        result += Array("](<".utf8) + Array(link.destination.utf8) + Array(">)".utf8)
    }

    /// A value inside `<…>`, where Markdown removes no backslashes: as written when it is an
    /// address (a scheme, or an `@`), with white space and angle brackets percent-encoded so it
    /// cannot end the link; nil for anything else, which is escaped as text.
    static func angleLinkText(_ text: String) -> String? {
        let bytes = Array(text.utf8)
        let scheme = bytes.prefix { isAlphanumeric($0) || Array("+.-".utf8).contains($0) }
        guard scheme.count < bytes.count, (bytes[scheme.count] == UInt8(ascii: ":") && !scheme.isEmpty) || bytes.contains(at) else { return nil }
        var result: [UInt8] = []
        for byte in bytes {
            if byte <= 0x20 || byte == 0x7F || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") {
                result += percent(byte)
            } else {
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// A value inside a link's destination, `[…]({{x}})`: Markdown removes backslashes there, so
    /// every special is escaped — brackets too, which would end the destination — and white space,
    /// which would end it as well, is percent-encoded.
    static func escapeDestination(_ text: String) -> String {
        var result: [UInt8] = []
        for byte in text.utf8 {
            if byte <= 0x20 || byte == 0x7F {
                result += percent(byte)
            } else {
                if byte < 0x80 && (specialBytes[Int(byte)].inline || byte == UInt8(ascii: "(") || byte == UInt8(ascii: ")")) {
                    result.append(UInt8(ascii: "\\"))
                }
                result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Where an address starts at `index`: `https://`, `http://` (not after a letter, as GFM reads
    /// them) or `www.` (after white space, `(`, `*`, `_`, `~` or the start, as GFM; or a quote or `<`).
    private static func addressPrefix(_ bytes: [UInt8], at index: Int) -> (scheme: String, hostOffset: Int)? {
        // Every value's every byte passes here: most are neither an 'h' nor a 'w'.
        let first = bytes[index] | 0x20
        guard first == UInt8(ascii: "h") || first == UInt8(ascii: "w") else { return nil }
        let before = index > 0 ? bytes[index - 1] : UInt8(ascii: " ")
        for scheme in schemes where startsWith(bytes, scheme, at: index) {
            return isLetter(before) ? nil : ("", scheme.count)
        }
        if startsWith(bytes, www, at: index), isSpace(before) || wwwFollows.contains(before) {
            return ("http://", 0)
        }
        return nil
    }

    /// What GFM takes in an e-mail address's name besides letters and digits.
    private static let gfmNameExtras = Array(".+_-".utf8)
    /// What GFM never ends a link with.
    private static let trailingPunctuation = Array("?!.,:*_~'\"".utf8)
    private static let schemes = [Array("https://".utf8), Array("http://".utf8)]
    private static let www = Array("www.".utf8)
    /// What may stand before `www.`: GFM's `(`, `*`, `_`, `~`, and a quote or `<` around an address.
    private static let wwwFollows = Array("(*_~<\"'".utf8)

    /// The end of an address as GFM trims it: no trailing `?!.,:*_~'"`, no `&entity;`, and no
    /// closing bracket that has no opening one in the address.
    private static func trimmedEnd(_ bytes: [UInt8], from start: Int, to end: Int) -> Int {
        var end = end
        // Counted once: trimming takes off no '(' and one ')' at a time, so a run of closing
        // brackets stays linear.
        let opening = bytes[start..<end].reduce(0) { $0 + ($1 == UInt8(ascii: "(") ? 1 : 0) }
        var closing = bytes[start..<end].reduce(0) { $0 + ($1 == UInt8(ascii: ")") ? 1 : 0) }
        while end > start {
            let last = bytes[end - 1]
            if trailingPunctuation.contains(last) {
                end -= 1
            } else if last == UInt8(ascii: ";") {
                var word = end - 2
                while word > start && isLetter(bytes[word]) { word -= 1 }
                end = word < end - 2 && bytes[word] == UInt8(ascii: "&") ? word : end - 1
            } else if last == UInt8(ascii: ")") {
                guard closing > opening else { break }
                closing -= 1
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    /// `bytes` as a link destination inside `<…>`: everything that is not plainly part of a URL is
    /// percent-encoded, so neither Markdown (a backslash, a backtick, `<`, `>`) nor HTML sees more than
    /// an address. In a `mailto:` address `?`, `#` and `%` are encoded too.
    private static func percentEncoded(_ bytes: ArraySlice<UInt8>, mailto: Bool) -> String {
        var result: [UInt8] = []
        for byte in bytes {
            let plain = byte >= 0x80 || isAlphanumeric(byte) || Array("-._~:/?#[]@!$&'()*+,;=%".utf8).contains(byte)
            if plain && !(mailto && Array("?#%".utf8).contains(byte)) {
                result.append(byte)
            } else {
                result += percent(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    private static func percent(_ byte: UInt8) -> [UInt8] {
        let digits = Array("0123456789ABCDEF".utf8)
        return [UInt8(ascii: "%"), digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]]
    }

    private static func startsWith(_ bytes: [UInt8], _ prefix: [UInt8], at index: Int) -> Bool {
        guard index + prefix.count <= bytes.count else { return false }
        return zip(bytes[index..<index + prefix.count], prefix).allSatisfy { ($0 | 0x20) == $1 || $0 == $1 }
    }

    private static func isLetter(_ byte: UInt8) -> Bool { (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte | 0x20) }
    private static func isAlphanumeric(_ byte: UInt8) -> Bool { isLetter(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) }
    private static func isSpace(_ byte: UInt8) -> Bool { byte == UInt8(ascii: " ") || byte == UInt8(ascii: "\t") || byte == UInt8(ascii: "\r") }
    private static let at = UInt8(ascii: "@")
}
