import Crypto
import Foundation

/// SHA-256 in lowercase hex: what build manifests and version files record, and what asset names
/// are fingerprinted with. Hashes, not modification times, because manifests are committed with
/// output/ and must read the same on every clone.
enum ContentHash {
    private static let digits = Array("0123456789abcdef".utf8)

    /// The hex SHA-256 of `data`.
    static func sha256(_ data: Data) -> String {
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: data) {
            hex.append(digits[Int(byte >> 4)])
            hex.append(digits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }
}
