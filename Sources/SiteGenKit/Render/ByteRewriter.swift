import Foundation

/// One pass over a text's UTF-8 that copies unchanged bytes in runs and splices replacements in:
/// the shape of every fix-up sitegen makes to cmark's HTML (heading ids, table regions, changelog
/// headings and links). The tags involved are cmark's own ASCII, so bytes are enough.
struct ByteRewriter {
    /// The text being rewritten.
    let text: [UInt8]
    /// The position of the scan; a replacement moves it past what it replaced.
    var index = 0
    private var result: [UInt8] = []
    private var runStart = 0

    /// A rewriter at the start of `string`, with room for `extraCapacity` bytes of growth.
    init(_ string: String, extraCapacity: Int = 64) {
        self.init(Array(string.utf8), extraCapacity: extraCapacity)
    }

    /// A rewriter at the start of `utf8`, with room for `extraCapacity` bytes of growth.
    init(_ utf8: [UInt8], extraCapacity: Int = 64) {
        text = utf8
        result.reserveCapacity(text.count + extraCapacity)
    }

    /// Whether the scan is not at the end yet.
    var isScanning: Bool { index < text.count }

    /// The byte at `position`, or nil past the end.
    subscript(_ position: Int) -> UInt8? {
        position < text.count ? text[position] : nil
    }

    /// Moves the scan to the next `byte` at or after it, or to the end: how a rewriter crosses
    /// the text between tags at `memchr`'s speed rather than a byte per step.
    mutating func advance(to byte: UInt8) {
        let start = index
        index = text.withUnsafeBufferPointer { buffer in
            guard start < buffer.count, let base = buffer.baseAddress,
                  let found = memchr(base + start, Int32(byte), buffer.count - start) else { return buffer.count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Whether `literal` starts at `position`.
    func matches(_ literal: StaticString, at position: Int) -> Bool {
        text.hasLiteral(literal, at: position)
    }

    /// Copies what was scanned up to `position`, then `replacement`, and resumes at `resume`.
    mutating func replace(upTo position: Int, with replacement: some Sequence<UInt8>, resumingAt resume: Int) {
        result.append(contentsOf: text[runStart..<position])
        result.append(contentsOf: replacement)
        runStart = resume
        index = resume
    }

    /// The rewritten text.
    mutating func finish() -> String {
        result.append(contentsOf: text[runStart...])
        return String(decoding: result, as: UTF8.self)
    }
}

extension Array where Element == UInt8 {
    /// Whether `literal`'s bytes start at `position`.
    func hasLiteral(_ literal: StaticString, at position: Int) -> Bool {
        let count = literal.utf8CodeUnitCount
        guard position >= 0, position + count <= self.count else { return false }
        return withUnsafeBufferPointer { memcmp($0.baseAddress! + position, literal.utf8Start, count) == 0 }
    }
}
