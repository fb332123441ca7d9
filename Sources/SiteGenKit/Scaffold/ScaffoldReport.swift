/// What `sitegen new` did: the files it wrote, the problems that stopped it, and what the author
/// does next.
public struct ScaffoldReport: Sendable {
    /// Why nothing was written, when something stopped it.
    public enum Failure: Sendable, Equatable {
        /// The request itself is wrong (an invalid id, an unknown theme, a folder that exists):
        /// the command was used wrongly, exit status 64.
        case usage
        /// The project could not be read or written: exit status 1.
        case content
    }

    /// The files written, relative to the project root, in the order written.
    public var created: [String] = []
    /// Every problem found; when it holds an error, nothing was written.
    public var diagnostics = Diagnostics()
    /// What kind of problem stopped the run; nil when it succeeded.
    public var failure: Failure?
    /// The commands and edits that come next, one per line, for the command to print.
    public var nextSteps: [String] = []

    /// Records an error and what kind of failure it is; a usage error outranks a content error,
    /// since fixing the command line comes first.
    mutating func fail(_ diagnostic: Diagnostic, as kind: Failure) {
        diagnostics.report(diagnostic)
        if failure != .usage { failure = kind }
    }
}
