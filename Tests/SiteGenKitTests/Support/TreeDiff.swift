import Foundation

/// A readable line diff of two texts for golden-test failures, made with the standard library's
/// `CollectionDifference` so a mismatch shows what changed instead of "files differ".
enum TreeDiff {
    /// `-`/`+` lines for what `expected` → `actual` removes and inserts, at most `limit` lines.
    static func lines(expected: String, actual: String, limit: Int = 40) -> String {
        let old = expected.split(separator: "\n", omittingEmptySubsequences: false)
        let new = actual.split(separator: "\n", omittingEmptySubsequences: false)
        var output: [String] = []
        for change in new.difference(from: old) {
            switch change {
            case let .remove(offset, line, _): output.append("-\(offset + 1): \(line)")
            case let .insert(offset, line, _): output.append("+\(offset + 1): \(line)")
            }
        }
        let shown = output.prefix(limit).joined(separator: "\n")
        return output.count > limit ? shown + "\n… \(output.count - limit) more changed lines" : shown
    }

    /// Compares two file trees; returns one message per difference.
    static func compare(expected: [String: Data], actual: [String: Data]) -> [String] {
        var problems: [String] = []
        for path in Set(expected.keys).union(actual.keys).sorted() {
            switch (expected[path], actual[path]) {
            case (nil, _?): problems.append("unexpected file \(path)")
            case (_?, nil): problems.append("missing file \(path)")
            case let (want?, got?) where want != got:
                let diff = lines(expected: String(decoding: want, as: UTF8.self), actual: String(decoding: got, as: UTF8.self))
                problems.append("\(path) differs:\n\(diff)")
            default: break
            }
        }
        return problems
    }
}
