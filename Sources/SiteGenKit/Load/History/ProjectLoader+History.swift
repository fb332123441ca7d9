import Foundation

extension ProjectLoader {
    /// Reads `tenants/<id>/history/NNNN.md` in order. Gaps, wrong numbers and edited files are
    /// errors: the history is append-only evidence of what was published when.
    func loadHistory(of id: String, diagnostics: inout Diagnostics) -> [Version] {
        let folder = tenantsFolder.appendingPathComponent(id).appendingPathComponent("history")
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        var versions: [Version] = []
        for name in names.filter({ $0.hasSuffix(".md") }).sorted() {
            let file = "tenants/\(id)/history/\(name)"
            guard let number = Int(name.dropLast(3)), Version.fileName(number) == name else {
                diagnostics.report(.error("unexpected file in history", at: .init(file: file),
                                          notes: ["versions are stored as 0001.md, 0002.md, …"]))
                continue
            }
            do {
                let source = try read(folder.appendingPathComponent(name), displayPath: file)
                let version = try VersionFile.parse(source, expectedNumber: number)
                if version.recordedHash != version.actualHash {
                    diagnostics.report(.error("version \(number) was changed after it was released",
                                              at: .init(file: file, line: 1, column: 1),
                                              notes: ["recorded sha256 \(version.recordedHash)", "actual sha256 \(version.actualHash)",
                                                      "released versions are never edited; release a new version instead"]))
                }
                if let previous = versions.last {
                    if number != previous.number + 1 {
                        diagnostics.report(.error("version \(number) follows version \(previous.number)", at: .init(file: file),
                                                  notes: ["version numbers have no gaps"]))
                    }
                    if version.date < previous.date {
                        diagnostics.report(.error("version \(number) is dated \(version.date), before version \(previous.number) (\(previous.date))",
                                                  at: .init(file: file, line: 3)))
                    }
                } else if number != 1 {
                    diagnostics.report(.error("the first version is \(number), not 1", at: .init(file: file)))
                }
                versions.append(version)
            } catch {
                diagnostics.report(contentsOf: error.diagnostics)
            }
        }
        return versions
    }
}
