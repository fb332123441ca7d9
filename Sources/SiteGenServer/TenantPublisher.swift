import Crypto
import Foundation
import SiteGenKit

/// Turns a render into what the server sends: pages with the reload script, or the error page; and a digest of what a visitor would see, so a
/// render that changed nothing wakes no open page.
struct TenantPublisher: Sendable {
    let injector: PageInjector
    let pages: ServerPages

    /// A digest of everything in `result` that shows on a page or the index.
    func digest(of result: PreviewResult) -> String {
        var hasher = SHA256()
        func add(_ text: String) {
            hasher.update(data: Data(text.utf8))
            hasher.update(data: Data([0]))
        }
        if let site = result.site {
            for file in site.files {
                add(file.path)
                add(String(file.contents.count))
                hasher.update(data: file.contents)
            }
        } else {
            add("failed")
        }
        for diagnostic in result.diagnostics.sorted { add(diagnostic.description) }
        let versions = result.versions
        add("\(versions.inForce?.number ?? 0) \(versions.inForce?.date?.description ?? "") \(versions.announced?.number ?? 0) \(String(describing: versions.hasUnreleasedChanges))")
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    /// The served form of `result` at `revision`.
    func served(_ result: PreviewResult, digest: String, revision: Int) -> ServedTenant {
        var files: [String: ServedFile] = [:]
        var errorPage: ServedFile?
        if let site = result.site {
            for file in site.files {
                let type = ContentType.of(file.path)
                guard type.hasPrefix("text/html") else {
                    files[file.path] = ServedFile(body: file.contents, contentType: type)
                    continue
                }
                let body = injector.inject(into: file.contents, tenant: result.tenantID, revision: revision)
                files[file.path] = ServedFile(body: body, contentType: type)
            }
        } else {
            let page = Data(pages.error(tenant: result.tenantID, diagnostics: result.diagnostics).utf8)
            errorPage = ServedFile(body: injector.inject(into: page, tenant: result.tenantID, revision: revision),
                                   contentType: "text/html; charset=utf-8")
        }
        return ServedTenant(id: result.tenantID, files: files, errorPage: errorPage, diagnostics: result.diagnostics,
                            revision: revision, theme: result.theme, clauseFiles: Set(result.clauseFiles),
                            versions: result.versions, contentDigest: digest)
    }
}
