extension Substring {
    /// The lines of the text, exactly as `split(separator: "\n", omittingEmptySubsequences: false)`
    /// gives them, found by scanning bytes rather than Characters. A line break is a `\n` byte
    /// that does not follow `\r`: `"\r\n"` is one Character, which is not equal to `"\n"`.
    var lines: [Substring] {
        let breaks: [Int] = utf8.withContiguousStorageIfAvailable(Self.lineBreakOffsets) ?? Self.lineBreakOffsets(Array(utf8))
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = startIndex
        for offset in breaks {
            let end = utf8.index(utf8.startIndex, offsetBy: offset)
            lines.append(self[start..<end])
            start = utf8.index(after: end)
        }
        lines.append(self[start...])
        return lines
    }

    private static func lineBreakOffsets<Bytes: RandomAccessCollection<UInt8>>(_ bytes: Bytes) -> [Int] where Bytes.Index == Int {
        var offsets: [Int] = []
        var previous: UInt8 = 0
        for index in bytes.indices {
            let byte = bytes[index]
            if byte == UInt8(ascii: "\n") && previous != UInt8(ascii: "\r") { offsets.append(index - bytes.startIndex) }
            previous = byte
        }
        return offsets
    }
}

extension String {
    /// The lines of the text, as `Substring.lines` gives them.
    var lines: [Substring] { self[...].lines }
}
