import Foundation

extension ProjectLoader {
    /// Parses `history/NNNN.md` of a tenant's folder, in order. Gaps, wrong numbers, dates out of order and
    /// edited, inserted or reordered files are errors: the history is append-only evidence of what
    /// was published when.
    func loadHistory(in folder: FolderFiles, diagnostics: inout Diagnostics) -> [Version] {
        var versions: [Version] = []
        for name in folder.names(in: "history/", withExtension: "md") {
            let file = folder.folder + "history/" + name
            guard let number = Int(name.dropLast(3)), Version.fileName(number) == name else {
                diagnostics.report(.error("unexpected file in history", at: .init(file: file),
                                          notes: ["versions are stored as 0001.md, 0002.md, …"]))
                continue
            }
            do {
                guard let input = folder.file("history/" + name) else { continue }
                let source = try input.text()
                let version = try VersionFile.parse(source, expectedNumber: number, previousChain: versions.last?.recordedChain ?? "")
                Self.audit(version, after: versions.last, diagnostics: &diagnostics)
                versions.append(version)
            } catch {
                diagnostics.report(contentsOf: error.diagnostics)
            }
        }
        return versions
    }

    /// Reports what makes `version` untrustworthy as the successor of `previous`.
    private static func audit(_ version: Version, after previous: Version?, diagnostics: inout Diagnostics) {
        let number = version.number, file = version.file
        let never = "released versions are never edited; release a new version instead"
        // The chain hash covers the whole file, body and `sha256:` line included, so a chain that
        // holds proves the body hash too: the body is hashed again only to word a failure.
        let chainHolds = version.recordedChain == version.actualChain
        if !chainHolds, version.recordedHash != version.actualHash {
            diagnostics.report(.error("version \(number) was changed after it was released", at: .init(file: file, line: 1, column: 1),
                                      notes: ["recorded sha256 \(version.recordedHash)", "actual sha256 \(version.actualHash)", never]))
        } else if let chain = version.recordedChain {
            if !chainHolds {
                diagnostics.report(.error("version \(number) was edited, inserted or moved after it was released",
                                          at: .init(file: file, line: 1, column: 1),
                                          notes: ["its chain hash covers the whole file and the chain hash of the version before it",
                                                  "recorded chain \(chain)", "actual chain \(version.actualChain)", never]))
            }
        } else {
            diagnostics.report(.error("version \(number) has no chain hash", at: .init(file: file, line: 1, column: 1),
                                      notes: ["every version file records 'chain:'; it is written by 'sitegen release'"]))
        }
        if let published = version.published, let effective = version.effective, effective < published {
            diagnostics.report(.error("version \(number) takes effect on \(effective), before it was published (\(published))",
                                      at: .init(file: file)))
        }
        if let previous {
            if number != previous.number + 1 {
                diagnostics.report(.error("version \(number) follows version \(previous.number)", at: .init(file: file),
                                          notes: ["version numbers have no gaps"]))
            }
            if let date = version.published, let before = previous.published, date < before {
                diagnostics.report(.error("version \(number) is published \(date), before version \(previous.number) (\(before))",
                                          at: .init(file: file)))
            }
            if let date = version.effective, let before = previous.effective, date < before {
                diagnostics.report(.error("version \(number) takes effect on \(date), before version \(previous.number) (\(before))",
                                          at: .init(file: file)))
            }
        } else if number != 1 {
            diagnostics.report(.error("the first version is \(number), not 1", at: .init(file: file)))
        }
    }
}
