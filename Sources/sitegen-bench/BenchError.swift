/// A benchmark failure with a message for the person running it.
struct BenchError: Error, CustomStringConvertible {
    /// What went wrong.
    let description: String

    /// An error saying `message`.
    init(_ message: String) { description = message }
}
