/// Where a clause's source has code — fenced code blocks and code spans — so the placeholder
/// parser can leave `{{…}}` there as text: code is code, shown as written (docs/authoring.md).
/// A scan of the source as CommonMark reads it, by bytes, linear in the source: fences by line;
/// code spans within a run of lines no blank line, heading, list item, quote or table row
/// interrupts, an opening backtick run closed by the next run of the same length. Indented code
/// blocks are not recognised (a list's continuation lines look the same without the whole tree).
enum MarkdownCode {
    /// The byte ranges of `bytes` that are code: a fenced block from its opening fence line to the
    /// end of its closing one (or of the source, if it is never closed), a code span from its
    /// first backtick to its last. Sorted, not overlapping.
    static func ranges(in bytes: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
        // Nearly every clause has neither a backtick nor a tilde: nothing to scan.
        guard bytes.contains(where: { $0 == backtick || $0 == tilde }) else { return [] }
        var ranges: [Range<Int>] = []
        var fence: (byte: UInt8, length: Int, start: Int)?
        var group: Range<Int>?
        func flush() {
            if let current = group { spans(in: bytes, current, into: &ranges) }
            group = nil
        }
        var lineStart = 0
        while lineStart <= bytes.count {
            var lineEnd = lineStart
            while lineEnd < bytes.count && bytes[lineEnd] != newline { lineEnd += 1 }
            let line = lineStart..<lineEnd
            var first = lineStart
            while first < lineEnd && (bytes[first] == space || bytes[first] == tab) { first += 1 }
            if let open = fence {
                if run(of: open.byte, in: bytes, at: first, lineEnd: lineEnd).map({ $0 >= open.length && onlySpaces(bytes, from: first + $0, to: lineEnd) }) == true {
                    ranges.append(open.start..<lineEnd)
                    fence = nil
                }
            } else if let opener = fenceOpener(bytes, at: first, lineEnd: lineEnd) {
                flush()
                fence = (opener.byte, opener.length, lineStart)
            } else if first == lineEnd {
                flush()
            } else if startsBlock(bytes, at: first, lineEnd: lineEnd) {
                flush()
                group = line
                if bytes[first] == UInt8(ascii: "#") || bytes[first] == UInt8(ascii: "|") { flush() }
            } else {
                group = group.map { $0.lowerBound..<lineEnd } ?? line
            }
            lineStart = lineEnd + 1
        }
        if let open = fence { ranges.append(open.start..<bytes.count) }
        flush()
        return ranges.sorted { $0.lowerBound < $1.lowerBound }
    }

    /// Adds the code spans of one run of lines: a backtick run opens a span that the next run of
    /// exactly its length closes; without one, the run is literal. A backslash before a run keeps
    /// it from opening one (inside a span, a backslash is text and does not stop the close).
    private static func spans(in bytes: UnsafeBufferPointer<UInt8>, _ group: Range<Int>, into ranges: inout [Range<Int>]) {
        var runs: [(start: Int, length: Int, escaped: Bool)] = []
        var index = group.lowerBound
        while index < group.upperBound {
            if bytes[index] == backtick {
                var end = index
                while end < group.upperBound && bytes[end] == backtick { end += 1 }
                var backslashes = 0
                while index - backslashes - 1 >= group.lowerBound && bytes[index - backslashes - 1] == UInt8(ascii: "\\") { backslashes += 1 }
                runs.append((index, end - index, backslashes % 2 == 1))
                index = end
            } else {
                index += 1
            }
        }
        guard runs.count > 1 else { return }
        // For each length, the positions (in `runs`) of the runs of that length, in order, so the
        // closer of an opener is found by a binary search rather than a scan.
        var byLength: [Int: [Int]] = [:]
        for (position, run) in runs.enumerated() { byLength[run.length, default: []].append(position) }
        var position = 0
        while position < runs.count {
            let opener = runs[position]
            guard !opener.escaped, let candidates = byLength[opener.length] else {
                position += 1
                continue
            }
            var low = 0, high = candidates.count
            while low < high {
                let middle = (low + high) / 2
                if candidates[middle] <= position { low = middle + 1 } else { high = middle }
            }
            guard low < candidates.count else {
                position += 1
                continue
            }
            let closer = runs[candidates[low]]
            ranges.append(opener.start..<closer.start + closer.length)
            position = candidates[low] + 1
        }
    }

    /// The length of the run of `byte` at `index`, or nil when there is none there.
    private static func run(of byte: UInt8, in bytes: UnsafeBufferPointer<UInt8>, at index: Int, lineEnd: Int) -> Int? {
        var end = index
        while end < lineEnd && bytes[end] == byte { end += 1 }
        return end > index ? end - index : nil
    }

    /// A fence that opens a code block: three or more backticks or tildes; a backtick fence's info
    /// string has no backtick (else it is a code span).
    private static func fenceOpener(_ bytes: UnsafeBufferPointer<UInt8>, at first: Int, lineEnd: Int) -> (byte: UInt8, length: Int)? {
        guard first < lineEnd, bytes[first] == backtick || bytes[first] == tilde,
              let length = run(of: bytes[first], in: bytes, at: first, lineEnd: lineEnd), length >= 3 else { return nil }
        if bytes[first] == backtick && bytes[(first + length)..<lineEnd].contains(backtick) { return nil }
        return (bytes[first], length)
    }

    /// Whether the line starting (after its indentation) at `first` begins a block that ends the
    /// paragraph before it: a heading, a list item, a quote or a table row.
    static func startsBlock(_ bytes: UnsafeBufferPointer<UInt8>, at first: Int, lineEnd: Int) -> Bool {
        let byte = bytes[first]
        let next = first + 1 < lineEnd ? bytes[first + 1] : space
        switch byte {
        case UInt8(ascii: "#"): return next == space || next == UInt8(ascii: "#") || first + 1 == lineEnd
        case UInt8(ascii: ">"), UInt8(ascii: "|"): return true
        case UInt8(ascii: "-"), UInt8(ascii: "*"), UInt8(ascii: "+"): return next == space || next == tab
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            var end = first
            while end < lineEnd && (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(bytes[end]) { end += 1 }
            return end < lineEnd && (bytes[end] == UInt8(ascii: ".") || bytes[end] == UInt8(ascii: ")"))
                && (end + 1 == lineEnd || bytes[end + 1] == space)
        default: return false
        }
    }

    private static func onlySpaces(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        bytes[start..<end].allSatisfy { $0 == space || $0 == tab || $0 == UInt8(ascii: "\r") }
    }

    private static let backtick = UInt8(ascii: "`")
    private static let tilde = UInt8(ascii: "~")
    private static let newline = UInt8(ascii: "\n")
    private static let space = UInt8(ascii: " ")
    private static let tab = UInt8(ascii: "\t")
}
