import Crypto
import Foundation

/// One response body the server can send: bytes, their type and an entity tag.
struct ServedFile: Sendable {
    let body: Data
    let contentType: String
    /// A strong entity tag, quotes included.
    let etag: String

    /// A file whose tag is the SHA-256 of `body`, cut to 20 hex digits: unique enough for one
    /// person's browser cache, and the same bytes get the same tag across server restarts.
    init(body: Data, contentType: String) {
        self.body = body
        self.contentType = contentType
        etag = "\"" + Self.digest(body) + "\""
    }

    /// The first 20 hex digits of the SHA-256 of `data`.
    static func digest(_ data: Data) -> String {
        SHA256.hash(data: data).prefix(10).map { byte in
            let hex = String(byte, radix: 16)
            return byte < 16 ? "0" + hex : hex
        }.joined()
    }
}
