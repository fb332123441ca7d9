import Foundation

/// Appends a version to `tenants/<id>/history/`. Never overwrites: the history is append-only.
struct HistoryWriter {
    let root: URL

    /// Writes version `number`'s file atomically; refuses when it already exists.
    func append(_ text: String, version number: Int, tenant id: String) throws(DiagnosticError) {
        let folder = root.appendingPathComponent("tenants/\(id)/history")
        let file = folder.appendingPathComponent(Version.fileName(number))
        let display = "tenants/\(id)/history/\(Version.fileName(number))"
        guard !FileManager.default.fileExists(atPath: file.path) else {
            throw DiagnosticError(.error("version file already exists", at: .init(file: display)))
        }
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file, options: .atomic)
        } catch {
            throw DiagnosticError(.error("cannot write version: \(error.localizedDescription)", at: .init(file: display)))
        }
    }
}
