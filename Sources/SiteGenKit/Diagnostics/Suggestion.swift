/// "Did you mean …" for a misspelt name: the closest known name by edit distance, when it is close
/// enough that the suggestion is likely right.
enum Suggestion {
    /// The candidate nearest to `name` (the first of equals, so pass candidates in a stable order); nil when none is within a third of its length (at least 2 edits).
    static func closest<S: Sequence>(to name: String, in candidates: S) -> String? where S.Element == String {
        let scored = candidates.map { ($0, distance($0, name)) }.min { $0.1 < $1.1 }
        guard let (best, distance) = scored, distance <= max(2, name.count / 3) else { return nil }
        return best
    }

    /// Levenshtein distance: insertions, deletions and substitutions of characters.
    static func distance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
