import Foundation

/// One file of the project as the load stage read it — its bytes and their SHA-256 — or why it
/// was not read. Every input is read once: the build manifest records these hashes and the
/// parsers work from these bytes.
struct InputFile: Sendable {
    /// Why a file was not read.
    enum Refusal: Sendable, Equatable {
        /// It is, or lies in a folder that is, a link to outside the project (to the resolved path).
        case outsideProject(String)
        /// A pipe, device or socket: reading it could block or never end.
        case notRegular
        /// Larger than `SourceFile.maximumSize` bytes: no input of a statement site comes close.
        case tooLarge(Int)
        /// A folder where a file is expected (`clauses/intro.md/`).
        case folder
        /// The read failed.
        case unreadable(String)
    }

    /// What was found at the path.
    enum Content: Sendable {
        case bytes(Data, sha256: String)
        case refused(Refusal)
    }

    /// The path relative to the project root, as diagnostics show it.
    let path: String
    let content: Content

    /// A file read whole, hashed here.
    init(path: String, data: Data) {
        self.path = path
        content = .bytes(data, sha256: ContentHash.sha256(data))
    }

    /// A file that was not read.
    init(path: String, refused: Refusal) {
        self.path = path
        content = .refused(refused)
    }

    /// The bytes, or the error that says why they are missing.
    func data() throws(DiagnosticError) -> Data {
        switch content {
        case let .bytes(data, _): return data
        case let .refused(refusal): throw DiagnosticError(Self.problem(refusal, at: path))
        }
    }

    /// The file as UTF-8 text, checked as every text input is (`SourceFile.decode`).
    func text() throws(DiagnosticError) -> SourceFile {
        try SourceFile.decode(try data(), displayPath: path)
    }

    /// The diagnostic for a file that was not read.
    static func problem(_ refusal: Refusal, at path: String) -> Diagnostic {
        let location = Diagnostic.Location(file: path)
        switch refusal {
        case let .outsideProject(resolved):
            return .error("file is a link to outside the project", at: location,
                          notes: ["it points to '\(resolved)'",
                                  "sitegen only reads files inside the project; copy the file in instead of linking to it"])
        case .notRegular:
            return .error("not a regular file", at: location, notes: ["sitegen reads only plain files; replace this with a text file"])
        case let .tooLarge(size):
            return SourceFile.tooLarge(size, at: location)
        case .folder:
            return .error("is a folder, expected a file", at: location,
                          notes: ["sitegen reads this path as a text file; move the folder's content into a file of this name"])
        case let .unreadable(reason):
            return .error("cannot read file", at: location, notes: ["check that the file can be read: \(reason)"])
        }
    }
}
