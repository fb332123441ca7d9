import Foundation

/// What a tenant's published `versions.json` says was released: a history that lost a version
/// the site already published (a deleted or truncated history/ folder) must not be built, or the
/// build would delete that version's archive, changelog entry and feed entry.
enum PublishedVersions {
    private struct Index: Decodable {
        struct Entry: Decodable {
            var number: Int
            var sha256: String?
        }
        var versions: [Entry]
    }

    /// Reports every version listed in `<outputRoot>/<id>/versions.json` that `history` lacks or
    /// holds with other words. No published index, or one that cannot be read, says nothing.
    static func audit(_ history: [Version], tenant id: String, outputRoot: URL, projectRoot: URL, diagnostics: inout Diagnostics) {
        let url = outputRoot.appendingPathComponent(id).appendingPathComponent("versions.json")
        guard let data = try? Data(contentsOf: url), let index = try? JSONDecoder().decode(Index.self, from: data) else { return }
        let shown = url.path.hasPrefix(projectRoot.path + "/") ? String(url.path.dropFirst(projectRoot.path.count + 1)) : url.path
        for entry in index.versions.sorted(by: { $0.number < $1.number }) {
            let file = "tenants/\(id)/history/\(Version.fileName(entry.number))"
            guard let version = history.first(where: { $0.number == entry.number }) else {
                diagnostics.report(.error("version \(entry.number) of tenant '\(id)' was published but is missing from its history",
                                          at: .init(file: file),
                                          notes: ["\(shown) lists it", "restore the file from git (git checkout -- tenants/\(id)/history/); the published site is left as it is"]))
                continue
            }
            if let published = entry.sha256, published != version.recordedHash {
                diagnostics.report(.error("version \(entry.number) of tenant '\(id)' is not the version that was published",
                                          at: .init(file: file, line: 1, column: 1),
                                          notes: ["\(shown) records sha256 \(published)", "the history records sha256 \(version.recordedHash)"]))
            }
        }
    }
}
