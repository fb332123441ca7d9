/// Escaping for HTML and XML, shared by the Mustache templates (through `TemplateContentType`) and
/// the HTML built in Swift (notices, the changelog, the feed): the characters Mustache escapes, with
/// numeric references that both HTML and XML understand.
enum HTMLEscaping {
    /// Text safe in element content and in double-quoted attributes.
    ///
    /// Escapes bytes, not Characters: a `"` glued to a combining mark (`"` + U+0301) is one
    /// Character that compares unequal to `"`, and Character-wise escaping (swift-mustache's own)
    /// would leave it raw, letting a tenant value break out of an attribute.
    static func escape(_ text: String) -> String {
        var contiguous = text
        return contiguous.withUTF8 { bytes in
            guard let first = bytes.firstIndex(where: isSpecial) else { return text }
            var result: [UInt8] = []
            result.reserveCapacity(bytes.count + 16)
            result.append(contentsOf: bytes[..<first])
            for byte in bytes[first...] {
                switch byte {
                case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
                case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
                case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
                case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
                case UInt8(ascii: "'"): result.append(contentsOf: "&#39;".utf8)
                default: result.append(byte)
                }
            }
            return String(decoding: result, as: UTF8.self)
        }
    }

    /// `" & ' < >`, as one bit each in a mask over the bytes below 0x40.
    private static func isSpecial(_ byte: UInt8) -> Bool {
        byte < 0x40 && (0x5000_00C4_0000_0000 as UInt64) >> byte & 1 == 1
    }
}
