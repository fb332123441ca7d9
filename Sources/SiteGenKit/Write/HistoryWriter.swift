import Foundation

/// Appends a version to `tenants/<id>/history/`. Never overwrites: the history is append-only.
struct HistoryWriter {
    let root: URL

    /// Writes version `number`'s file whole; refuses when it already exists. The text goes to a
    /// temporary file that is then linked to its name: `link(2)` fails when the name exists, so
    /// even a run that bypassed the release lock cannot replace a version.
    func append(_ text: String, version number: Int, tenant id: String) throws(DiagnosticError) {
        let folder = root.appendingPathComponent("tenants/\(id)/history")
        let file = folder.appendingPathComponent(Version.fileName(number))
        let display = "tenants/\(id)/history/\(Version.fileName(number))"
        let temporary = folder.appendingPathComponent(".\(Version.fileName(number)).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(text.utf8).write(to: temporary)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw DiagnosticError(.error("cannot write version: \(error.localizedDescription)", at: .init(file: display)))
        }
        defer { unlink(temporary.path) }
        guard link(temporary.path, file.path) == 0 else {
            let failure = errno
            if failure == EEXIST { throw DiagnosticError(.error("version file already exists", at: .init(file: display))) }
            throw DiagnosticError(.error("cannot write version: \(String(cString: strerror(failure)))", at: .init(file: display)))
        }
    }
}
