/// A request target's path taken apart safely. The raw, still percent-encoded path is split on
/// `/` first and each segment decoded after, so an encoded slash never makes a new segment; a
/// segment that decodes to `.` or `..`, or holds a slash, backslash or NUL, is refused instead of
/// being resolved. The server answers from memory, never from the disk, so nothing could escape
/// anyway — but a trick is answered with 400, not quietly mapped to some page.
struct RequestPath: Equatable, Sendable {
    /// The decoded segments; a trailing empty segment means the path ended in `/`.
    let segments: [String]

    /// Parses a raw path such as `/js-ict/changelog/`; nil when it is malformed or a path trick.
    init?(raw: String) {
        guard raw.hasPrefix("/"), raw.utf8.count <= 2048 else { return nil }
        let parts = raw.dropFirst().split(separator: "/", omittingEmptySubsequences: false)
        var segments: [String] = []
        for (index, part) in parts.enumerated() {
            if part.isEmpty {
                // Only the last segment may be empty (`/id/` means its index page).
                guard index == parts.count - 1 else { return nil }
                segments.append("")
                continue
            }
            guard let decoded = Self.percentDecoded(part), !decoded.isEmpty, decoded != ".", decoded != "..",
                  !decoded.contains(where: { $0 == "/" || $0 == "\\" || $0 == "\0" }) else { return nil }
            segments.append(decoded)
        }
        self.segments = segments
    }

    /// Strict percent-decoding: a `%` must be followed by two hex digits and the result must be UTF-8.
    static func percentDecoded(_ text: Substring) -> String? {
        var bytes: [UInt8] = []
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            guard byte == UInt8(ascii: "%") else {
                bytes.append(byte)
                continue
            }
            guard let high = iterator.next().flatMap(hexValue), let low = iterator.next().flatMap(hexValue) else { return nil }
            bytes.append(high << 4 | low)
        }
        return String(validating: bytes, as: UTF8.self)
    }

    private static func hexValue(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
