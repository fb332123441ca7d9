import Foundation

/// One pass over a text's UTF-8 that copies unchanged bytes in runs and splices replacements in:
/// the shape of every fix-up sitegen makes to cmark's HTML (heading ids, table regions, changelog
/// headings and links). The tags involved are cmark's own ASCII, so bytes are enough.
struct ByteRewriter {
    /// The text being rewritten.
    let text: [UInt8]
    /// The position of the scan; `step` and replacements move it.
    private(set) var index = 0
    /// Whether the scan is inside a tag: after a `<`, before its `>`. Kept from every byte the
    /// scan consumes, replaced ones included, so callers need not track it.
    private(set) var inTag = false
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

    /// Outside a tag, moves the scan to the next `<` (or the end) at `memchr`'s speed: cmark
    /// escapes `<` and `"` in text, so what a rewriter changes is always in or at a tag.
    mutating func skipText() {
        guard !inTag else { return }
        let start = index
        index = text.withUnsafeBufferPointer { buffer in
            guard start < buffer.count, let base = buffer.baseAddress,
                  let found = memchr(base + start, Int32(UInt8(ascii: "<")), buffer.count - start) else { return buffer.count }
            return base.distance(to: found.assumingMemoryBound(to: UInt8.self))
        }
    }

    /// Consumes the byte at the scan position unchanged.
    mutating func step() {
        track(text[index])
        index += 1
    }

    private mutating func track(_ byte: UInt8) {
        if byte == UInt8(ascii: "<") { inTag = true } else if byte == UInt8(ascii: ">") { inTag = false }
    }

    /// Whether `literal` starts at `position`.
    func matches(_ literal: StaticString, at position: Int) -> Bool {
        text.hasLiteral(literal, at: position)
    }

    /// Copies what was scanned up to `position`, then `replacement`, and resumes at `resume`.
    mutating func replace(upTo position: Int, with replacement: some Sequence<UInt8>, resumingAt resume: Int) {
        result.append(contentsOf: text[runStart..<position])
        result.append(contentsOf: replacement)
        for consumed in position..<resume { track(text[consumed]) }
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
