import Crypto
import Foundation

/// One of `count` parts of a platform's tenants (`--shard 2/3`), so N machines of a CI matrix can
/// build a large platform in parallel. A tenant's part depends on its id alone — the first 8 bytes
/// of SHA-256(id) as a big-endian number, mod `count` — so every machine, run and sitegen build
/// agrees on it, and each tenant falls in exactly one part. (Swift's `Hasher` is seeded per
/// process, so it could put a tenant in two parts, or none, across machines.)
public struct Shard: Sendable, Hashable, CustomStringConvertible {
    /// Which part, counting from 1.
    public let index: Int
    /// How many parts there are.
    public let count: Int

    /// The part `index` of `count`; nil unless 1 ≤ index ≤ count.
    public init?(index: Int, count: Int) {
        guard count >= 1, (1...count).contains(index) else { return nil }
        self.index = index
        self.count = count
    }

    /// Parses `I/N` as written on the command line (`2/3`); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              let index = Int(parts[0]), let count = Int(parts[1]) else { return nil }
        self.init(index: index, count: count)
    }

    /// What a command-line user is told when `I/N` does not parse.
    public static let usage = "--shard takes I/N, two whole numbers with 1 <= I <= N (e.g. 2/3 for the second of three machines)"

    /// Whether the tenant `id` falls in this part.
    public func contains(_ id: String) -> Bool {
        Self.part(of: id, count: count) == index
    }

    /// The part, counting from 1, that the tenant `id` falls in when there are `count` parts.
    public static func part(of id: String, count: Int) -> Int {
        let digest = SHA256.hash(data: Data(id.utf8))
        let number = digest.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) }
        return Int(number % UInt64(count)) + 1
    }

    /// `2/3`.
    public var description: String { "\(index)/\(count)" }
}
