/// The problems collected across one run, so a single build reports every problem at once
/// instead of stopping at the first.
public struct Diagnostics: Sendable, Sequence {
    /// Everything reported so far, in the order it was found.
    public private(set) var all: [Diagnostic] = []

    /// An empty collection.
    public init() {}

    /// Records a problem.
    public mutating func report(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
    }

    /// Records several problems.
    public mutating func report<S: Sequence>(contentsOf diagnostics: S) where S.Element == Diagnostic {
        all.append(contentsOf: diagnostics)
    }

    /// Whether anything reported stops a build.
    public var hasErrors: Bool { all.contains { $0.severity == .error } }

    /// How many errors were reported.
    public var errorCount: Int { all.filter { $0.severity == .error }.count }

    /// The diagnostics sorted by file, then position, so output is stable and grouped per file;
    /// problems without a location come first.
    public var sorted: [Diagnostic] {
        all.enumerated().sorted { lhs, rhs in
            switch (lhs.element.location, rhs.element.location) {
            case let (l?, r?) where l != r: return l < r
            case (nil, _?): return true
            case (_?, nil): return false
            default: return lhs.offset < rhs.offset
            }
        }.map(\.element)
    }

    public func makeIterator() -> IndexingIterator<[Diagnostic]> { all.makeIterator() }
}

/// An error that carries diagnostics, for the few places that must stop a stage at once.
public struct DiagnosticError: Error, Sendable, CustomStringConvertible {
    /// What went wrong.
    public var diagnostics: [Diagnostic]

    /// Wraps one or more diagnostics.
    public init(_ diagnostics: Diagnostic...) { self.diagnostics = diagnostics }

    /// Wraps a list of diagnostics.
    public init(_ diagnostics: [Diagnostic]) { self.diagnostics = diagnostics }

    public var description: String { diagnostics.map(\.description).joined(separator: "\n") }
}
