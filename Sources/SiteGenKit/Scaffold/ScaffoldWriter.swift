import Foundation

/// Writes a scaffold's files into a folder that must not exist yet. The folder is made with one
/// `mkdir`, which fails when anything has that name — so `sitegen new` never overwrites, not even
/// when two runs race — and is removed again if a later write fails, leaving nothing half made.
struct ScaffoldWriter {
    /// The project folder; paths in `files` are relative to it.
    let root: URL

    /// Makes `folder` (relative to the root; its parent must exist) and writes `files` (paths
    /// relative to the root, inside `folder`). Throws a diagnostic at the folder when it exists.
    func create(folder: String, files: [(path: String, contents: Data)]) throws(DiagnosticError) {
        let folderURL = root.appendingPathComponent(folder)
        guard mkdir(folderURL.path, 0o755) == 0 else {
            let reason = errno == EEXIST ? "already exists" : String(cString: strerror(errno))
            throw DiagnosticError(.error("cannot create '\(folder)': \(reason)", at: .init(file: folder),
                                         notes: errno == EEXIST ? ["sitegen new never overwrites; choose another name or remove the folder first"] : []))
        }
        do {
            for file in files {
                let url = root.appendingPathComponent(file.path)
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try file.contents.write(to: url, options: .withoutOverwriting)
            }
        } catch {
            try? FileManager.default.removeItem(at: folderURL)
            throw DiagnosticError(.error("cannot write into '\(folder)': \(error.localizedDescription)", at: .init(file: folder),
                                         notes: ["nothing was created"]))
        }
    }
}
