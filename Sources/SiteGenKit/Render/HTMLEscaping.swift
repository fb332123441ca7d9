/// Escaping for HTML and XML, shared by the Mustache templates (through `TemplateContentType`) and
/// the HTML built in Swift (notices, the changelog, the feed): the characters Mustache escapes, with
/// numeric references that both HTML and XML understand.
enum HTMLEscaping {
    /// Text safe in element content and in double-quoted attributes.
    ///
    /// The result is byte for byte what swift-mustache's own escaping gives, which works on
    /// Characters: a special character glued to a combining mark (`"` + U+0301) is one Character
    /// there and is left alone. Such clusters only form next to non-ASCII bytes, so the bytes are
    /// escaped directly unless a special character has a non-ASCII neighbour.
    static func escape(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: isSpecial) else { return text }
            return escape(bytes, from: first) ?? escapeCharacters(text)
        }
    }

    /// Escapes `bytes`, whose first special character is at `first`; nil when a special character
    /// may be part of a longer Character, where only the Character-wise escaping is exact.
    private static func escape(_ bytes: UnsafeBufferPointer<UInt8>, from first: Int) -> String? {
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count + 16)
        result.append(contentsOf: bytes[..<first])
        for index in first..<bytes.count {
            let byte = bytes[index]
            guard isSpecial(byte) else {
                result.append(byte)
                continue
            }
            if index > 0, bytes[index - 1] >= 0x80 { return nil }
            if index + 1 < bytes.count, bytes[index + 1] >= 0x80 { return nil }
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            default: result.append(contentsOf: "&#39;".utf8)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// The reference behaviour: Character by Character, as swift-mustache escapes.
    static func escapeCharacters(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }

    /// `" & ' < >`, as one bit each in a mask over the bytes below 0x40.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x40 && (0x5000_00C4_0000_0000 as UInt64) >> byte & 1 == 1
    }
}
