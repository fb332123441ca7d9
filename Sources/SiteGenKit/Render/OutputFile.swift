import Foundation

/// A file of a rendered site: its path inside the tenant's folder and its bytes.
public struct OutputFile: Sendable, Hashable {
    /// A relative path with `/` separators, e.g. `assets/style.1a2b3c4d5e.css`.
    public let path: String
    public let contents: Data
}

/// A tenant's whole rendered site, ready to be written.
public struct RenderedSite: Sendable {
    public let tenantID: String
    /// The files, sorted by path.
    public let files: [OutputFile]
    /// How many HTML pages are among the files.
    public var pageCount: Int { files.filter { $0.path.hasSuffix(".html") }.count }
}
