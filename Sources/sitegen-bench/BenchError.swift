/// A benchmark failure with a message for the person running it.
struct BenchError: Error, CustomStringConvertible {
    let description: String

    init(_ message: String) { description = message }
}
