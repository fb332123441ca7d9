/// An HTML element name, lowercased, held in two words instead of a `String`: the redline tracks
/// the open elements at every tag of every version, and a `String` per tag was most of that cost.
/// Names are compared on their first 16 bytes and their length; HTML's element names, and all
/// cmark writes, are far shorter.
struct TagName: Hashable, ExpressibleByStringLiteral {
    private let head: UInt64
    private let tail: UInt64
    private let count: Int

    /// The name spelled by `bytes` (ASCII), lowercased.
    init<Bytes: Collection<UInt8>>(_ bytes: Bytes) {
        var head: UInt64 = 0, tail: UInt64 = 0
        for (offset, byte) in bytes.prefix(16).enumerated() {
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            if offset < 8 { head |= UInt64(lower) << (8 * offset) } else { tail |= UInt64(lower) << (8 * (offset - 8)) }
        }
        self.head = head
        self.tail = tail
        count = bytes.count
    }

    init(stringLiteral name: StaticString) {
        self.init(UnsafeBufferPointer(start: name.utf8Start, count: name.utf8CodeUnitCount))
    }
}
