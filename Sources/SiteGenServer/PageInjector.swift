import Foundation

/// Adds the preview's live-reload script to a rendered HTML page, before `</body>`, after
/// rendering — never through a template, so built sites stay free of JavaScript. (The draft
/// banner, robots noindex and the comparison page come from SiteGenKit's drafts rendering.)
struct PageInjector: Sendable {
    /// Identifies this server process: a page from an earlier run reloads when the server restarts.
    let instance: String

    /// The reload script for a page of `tenant` (nil: the index page) at `revision`. It asks the
    /// server to answer when that revision is replaced (a long poll), then reloads the page.
    func reloadScript(tenant: String?, revision: Int) -> String {
        let query = "tenant=\(tenant ?? "")&revision=\(revision)&instance=\(instance)"
        return """
        <script>/* added by sitegen serve for live reload; not part of the built site */
        (function(){var u="/_sitegen/wait?\(query)";function w(){fetch(u,{cache:"no-store"}).then(function(r){\
        if(r.status===200){location.reload()}else if(r.status===204){w()}else{setTimeout(w,1000)}},\
        function(){setTimeout(w,1000)})}w()})();</script>

        """
    }

    /// `page` with the reload script added.
    func inject(into page: Data, tenant: String?, revision: Int) -> Data {
        var bytes = [UInt8](page)
        let script = Array(reloadScript(tenant: tenant, revision: revision).utf8)
        if let end = Self.lastRange(of: Array("</body>".utf8), in: bytes) {
            bytes.insert(contentsOf: script, at: end)
        } else {
            bytes.append(contentsOf: script)
        }
        return Data(bytes)
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in stride(from: haystack.count - needle.count, through: 0, by: -1) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
