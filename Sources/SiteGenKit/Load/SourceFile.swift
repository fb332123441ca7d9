import Foundation

/// A text file read from the project, with the path shown in diagnostics. Reading is the only
/// place that checks size and encoding, so no later stage sees binary or giant input.
struct SourceFile: Sendable {
    /// Files larger than this are refused: no legitimate statement or config comes close.
    static let maximumSize = 4 * 1024 * 1024

    /// The path relative to the project root, as shown to the user.
    let displayPath: String
    let text: String

    /// Reads `url`, refusing missing, oversized, binary and non-UTF-8 files with a diagnostic.
    static func read(_ url: URL, displayPath: String) throws(DiagnosticError) -> SourceFile {
        try read(url, resolved: url.resolvingSymlinksInPath(), displayPath: displayPath)
    }

    /// `read(_:displayPath:)` for a caller that already resolved the links of `url`.
    static func read(_ url: URL, resolved: URL, displayPath: String) throws(DiagnosticError) -> SourceFile {
        try decode(try readData(url, resolved: resolved, displayPath: displayPath), displayPath: displayPath)
    }

    /// The bytes of `url`, refusing missing, oversized and non-regular files unread.
    static func readData(_ url: URL, resolved: URL, displayPath: String) throws(DiagnosticError) -> Data {
        let location = Diagnostic.Location(file: displayPath)
        do {
            // The link's target is what is read, so its type and size are what count.
            let (isRegular, size) = try typeAndSize(atPath: resolved.path)
            var isFolder: ObjCBool = false
            if !isRegular, FileManager.default.fileExists(atPath: resolved.path, isDirectory: &isFolder), isFolder.boolValue {
                throw DiagnosticError(.error("is a folder, expected a file", at: location,
                                             notes: ["sitegen reads this path as a text file; move the folder's content into a file of this name"]))
            }
            // A pipe or device would block the read or never end.
            if !isRegular {
                throw DiagnosticError(.error("not a regular file", at: location,
                                             notes: ["sitegen reads only plain files; replace this with a text file"]))
            }
            if let size, size > maximumSize { throw DiagnosticError(tooLarge(size, at: location)) }
            // Never more than the limit, even if the file grew since it was measured.
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            let data = try handle.read(upToCount: maximumSize + 1) ?? Data()
            if data.count > maximumSize {
                throw DiagnosticError(.error("file is too large: more than the \(maximumSize / 1024 / 1024) MB sitegen reads", at: location))
            }
            return data
        } catch let error as DiagnosticError {
            throw error
        } catch {
            let missing = !FileManager.default.fileExists(atPath: url.path)
            throw DiagnosticError(.error(missing ? "file not found" : "cannot read file", at: location,
                                         notes: missing ? [] : ["check that the file can be read: \(error.localizedDescription)"]))
        }
    }

    /// Text from bytes already read, refusing oversized, binary and non-UTF-8 input with a
    /// diagnostic: the one place every text input is checked, however it was read.
    static func decode(_ data: Data, displayPath: String) throws(DiagnosticError) -> SourceFile {
        let location = Diagnostic.Location(file: displayPath)
        if data.count > maximumSize { throw DiagnosticError(tooLarge(data.count, at: location)) }
        // Scanned as raw bytes: `Data`'s own iterator costs a call per byte, on every file of every tenant.
        if data.withUnsafeBytes({ $0.baseAddress.map { memchr($0, 0, data.count) != nil } ?? false }) {
            throw DiagnosticError(.error("file is binary, expected UTF-8 text", at: location,
                                         notes: ["it contains NUL bytes, which no text file has; is this the right file?"]))
        }
        // What `String(data:encoding: .utf8)` does — drop one leading byte-order mark, refuse invalid
        // UTF-8 — without its trip through Foundation's encoding machinery.
        let bom: [UInt8] = [0xEF, 0xBB, 0xBF]
        guard let text = String(validating: data.starts(with: bom) ? data.dropFirst(bom.count) : data, as: UTF8.self) else {
            throw DiagnosticError(.error("file is not valid UTF-8 text", at: location))
        }
        // A byte-order mark is invisible to the author but would break front matter detection.
        let withoutBOM = text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text
        // Windows line ends: Swift reads "\r\n" as one character, so no "\n" would end a line and
        // no "---" would be found. Every later stage sees "\n" only.
        let hasCarriageReturn = data.withUnsafeBytes { $0.baseAddress.map { memchr($0, 0x0D, data.count) != nil } ?? false }
        return SourceFile(displayPath: displayPath, text: hasCarriageReturn ? withoutBOM.replacingOccurrences(of: "\r\n", with: "\n") : withoutBOM)
    }

    /// The error for a file over `maximumSize`.
    static func tooLarge(_ size: Int, at location: Diagnostic.Location) -> Diagnostic {
        .error("file is too large: \(size) bytes, more than the \(maximumSize / 1024 / 1024) MB sitegen reads", at: location,
               notes: ["configs and clauses are a few kilobytes; is this the right file?"])
    }

    /// Whether the file at `path` is a regular file, and its size: what `attributesOfItem` tells,
    /// from `lstat` as it does, without the owner and group names it also looks up for every file.
    /// When `lstat` fails, `attributesOfItem` is asked after all, for its error.
    private static func typeAndSize(atPath path: String) throws -> (isRegular: Bool, size: Int?) {
        var status = stat()
        if lstat(path, &status) == 0 {
            return ((status.st_mode & S_IFMT) == S_IFREG, Int(status.st_size))
        }
        let attributes = try FileManager.default.attributesOfItem(atPath: path)
        return (attributes[.type] as? FileAttributeType == .typeRegular, attributes[.size] as? Int)
    }

    /// Whether `url` (links followed) is a plain file, not a folder, pipe or device.
    static func isRegularFile(_ url: URL) -> Bool {
        (try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path)[.type] as? FileAttributeType) == .typeRegular
    }
}
