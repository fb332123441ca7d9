/// A generator failure, with a message for the person running the benchmark.
public struct GeneratorError: Error, CustomStringConvertible, Sendable {
    /// What went wrong, for the person running the benchmark.
    public let description: String

    /// An error saying `message`.
    public init(_ message: String) { description = message }
}
