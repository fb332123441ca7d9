import Foundation
import SiteGenKit

/// Adds the preview's own parts to a rendered HTML page after rendering — never through a
/// template, so built sites stay free of JavaScript: the live-reload script before `</body>`,
/// and on a working copy that differs from what is released, a banner after `<body …>`.
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

    /// `page` with the reload script and, when `banner` is set, the banner added.
    func inject(into page: Data, tenant: String?, revision: Int, banner: String?) -> Data {
        var bytes = [UInt8](page)
        let script = Array(reloadScript(tenant: tenant, revision: revision).utf8)
        if let end = Self.lastRange(of: Array("</body>".utf8), in: bytes) {
            bytes.insert(contentsOf: script, at: end)
        } else {
            bytes.append(contentsOf: script)
        }
        if let banner, let bodyStart = Self.range(of: Array("<body".utf8), in: bytes),
           let close = bytes[bodyStart...].firstIndex(of: UInt8(ascii: ">")) {
            bytes.insert(contentsOf: Array(banner.utf8), at: close + 1)
        }
        return Data(bytes)
    }

    /// The banner of a working copy that is not released, in the words of versions.md.
    static func draftBanner(_ versions: PreviewVersions) -> String? {
        guard versions.hasUnreleasedChanges != false else { return nil }
        let detail = versions.inForce.map { "wijkt af van versie \($0.number), die nu geldt" } ?? "nog nooit vrijgegeven"
        return """
        <div role="note" lang="nl" style="background:#7a2e00;color:#fff;padding:.5rem 1rem;font:600 1rem/1.4 system-ui,sans-serif;text-align:center">\
        Concept – niet gepubliceerd <span style="font-weight:400">(werkversie in sitegen serve; \(detail))</span></div>
        """
    }

    private static func range(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }

    private static func lastRange(of needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for start in stride(from: haystack.count - needle.count, through: 0, by: -1) where haystack[start] == needle[0] {
            if haystack[start..<(start + needle.count)].elementsEqual(needle) { return start }
        }
        return nil
    }
}
