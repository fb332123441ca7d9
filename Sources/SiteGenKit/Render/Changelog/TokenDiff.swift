import Foundation

/// Which tokens of two versions' HTML were removed and which inserted: the standard library's
/// `CollectionDifference`, run line by line first and then word by word inside the changed lines.
/// A word-level diff of a whole statement costs time in proportion to its length times the number
/// of changes; most lines of a new version are unchanged, so the line pass leaves the word pass
/// only the few lines that did change.
struct TokenDiff {
    /// Per token of the new version: whether it is new.
    var inserted: [Bool]
    /// Per token of the old version: whether it is gone.
    var removed: [Bool]

    init(from old: HTMLTokens, to new: HTMLTokens) {
        inserted = [Bool](repeating: false, count: new.ranges.count)
        removed = [Bool](repeating: false, count: old.ranges.count)
        let oldLines = old.lines, newLines = new.lines
        old.bytes.withUnsafeBufferPointer { oldBytes in
            new.bytes.withUnsafeBufferPointer { newBytes in
                // Only called for ranges of two non-empty texts, so both base addresses exist.
                func same(_ oldRange: Range<Int>, _ newRange: Range<Int>) -> Bool {
                    oldRange.count == newRange.count
                        && memcmp(oldBytes.baseAddress! + oldRange.lowerBound, newBytes.baseAddress! + newRange.lowerBound, oldRange.count) == 0
                }
                func sameLine(_ oldLine: Range<Int>, _ newLine: Range<Int>) -> Bool {
                    same(old.byteRange(ofTokens: oldLine), new.byteRange(ofTokens: newLine))
                }
                let (removedLines, insertedLines) = Self.changes(from: oldLines[...], to: newLines[...], by: sameLine)
                // Between two matched lines lies a hunk: removed old lines and inserted new ones.
                var oldLine = 0, newLine = 0
                while oldLine < oldLines.count || newLine < newLines.count {
                    if oldLine < oldLines.count, newLine < newLines.count, !removedLines[oldLine], !insertedLines[newLine] {
                        oldLine += 1
                        newLine += 1
                        continue
                    }
                    let oldStart = oldLine, newStart = newLine
                    while oldLine < oldLines.count, removedLines[oldLine] { oldLine += 1 }
                    while newLine < newLines.count, insertedLines[newLine] { newLine += 1 }
                    let oldTokens = Self.tokens(in: oldLines[oldStart..<oldLine], after: oldStart > 0 ? oldLines[oldStart - 1].upperBound : 0)
                    let newTokens = Self.tokens(in: newLines[newStart..<newLine], after: newStart > 0 ? newLines[newStart - 1].upperBound : 0)
                    let (removedTokens, insertedTokens) = Self.changes(from: old.ranges[oldTokens], to: new.ranges[newTokens], by: same)
                    for (offset, isRemoved) in removedTokens.enumerated() where isRemoved { removed[oldTokens.lowerBound + offset] = true }
                    for (offset, isInserted) in insertedTokens.enumerated() where isInserted { inserted[newTokens.lowerBound + offset] = true }
                }
            }
        }
    }

    /// The tokens of a run of lines; an empty run is the empty range where it would start.
    private static func tokens(in lines: ArraySlice<Range<Int>>, after start: Int) -> Range<Int> {
        guard let first = lines.first, let last = lines.last else { return start..<start }
        return first.lowerBound..<last.upperBound
    }

    /// The removed elements of `old` and inserted elements of `new`. The equal start and end are
    /// matched directly; only the middle goes through the (generic, slower) diff.
    private static func changes<Element>(from old: ArraySlice<Element>, to new: ArraySlice<Element>,
                                         by same: (Element, Element) -> Bool) -> (removed: [Bool], inserted: [Bool]) {
        var removed = [Bool](repeating: false, count: old.count)
        var inserted = [Bool](repeating: false, count: new.count)
        var prefix = 0
        while prefix < old.count, prefix < new.count, same(old[old.startIndex + prefix], new[new.startIndex + prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < old.count - prefix, suffix < new.count - prefix,
              same(old[old.endIndex - 1 - suffix], new[new.endIndex - 1 - suffix]) { suffix += 1 }
        let oldMiddle = old[(old.startIndex + prefix)..<(old.endIndex - suffix)]
        let newMiddle = new[(new.startIndex + prefix)..<(new.endIndex - suffix)]
        for change in newMiddle.difference(from: oldMiddle, by: same) {
            switch change {
            case let .insert(offset, _, _): inserted[prefix + offset] = true
            case let .remove(offset, _, _): removed[prefix + offset] = true
            }
        }
        return (removed, inserted)
    }
}
