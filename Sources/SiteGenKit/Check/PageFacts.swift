/// The facts a statement printed, by path, for looking up one fact or every fact below a name.
struct PageFacts {
    private let byPath: [String: [PrintedFact]]
    private let order: [PrintedFact: Int]

    /// Indexes `printed`, which is in statement order.
    init(_ printed: [PrintedFact]) {
        byPath = Dictionary(grouping: printed, by: \.path)
        var order: [PrintedFact: Int] = [:]
        for (index, fact) in printed.enumerated() where order[fact] == nil { order[fact] = index }
        self.order = order
    }

    /// `facts` in the order the statement printed them, each record once (a tag inside a clause
    /// that is included twice prints the same fact at the same line twice).
    func inStatementOrder(_ facts: [PrintedFact]) -> [PrintedFact] {
        var seen = Set<PrintedFact>()
        return facts.sorted { (order[$0] ?? Int.max) < (order[$1] ?? Int.max) }.filter { seen.insert($0).inserted }
    }

    /// The records of `path` exactly.
    func at(_ path: String) -> [PrintedFact] { byPath[path] ?? [] }

    /// The records of `path` and of every path below it (`facts.recipients` → `facts.recipients.categories.0`).
    func below(_ path: String) -> [PrintedFact] {
        inStatementOrder(byPath.filter { $0.key == path || $0.key.hasPrefix(path + ".") }.values.flatMap { $0 })
    }
}
