/// The `id` attributes a page's templates write themselves (`<main id="inhoud">`, the skip link's
/// target; `id="toc-title"`), read from the template sources so a theme or a tenant override that
/// adds one is covered too. A heading whose text gives the same id would make the id repeat and
/// send the skip link to the wrong place, so `HeadingIDs` reserves them.
enum TemplateIDs {
    /// Every literal id in `sources` (template texts); ids built from a tag (`id="{{anchor}}"`) are
    /// left out, since they are not known before rendering. A byte scan: it runs for every tenant.
    static func literal(in sources: [String]) -> Set<String> {
        var ids: Set<String> = []
        for var source in sources {
            source.withUTF8 { scan($0, into: &ids) }
        }
        return ids
    }

    private static func scan(_ bytes: UnsafeBufferPointer<UInt8>, into ids: inout Set<String>) {
        let pattern: [UInt8] = Array(" id=".utf8)
        var index = 0
        while index + pattern.count < bytes.count {
            // Most bytes are not a space: one comparison, no slice.
            guard bytes[index] == pattern[0], bytes[index + 1] == pattern[1], bytes[index + 2] == pattern[2], bytes[index + 3] == pattern[3] else {
                index += 1
                continue
            }
            let quote = bytes[index + pattern.count]
            index += pattern.count + 1
            guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
            guard let end = bytes[index...].firstIndex(of: quote) else { return }
            let id = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
            if !id.isEmpty, !id.contains("{{") { ids.insert(id) }
            index = end + 1
        }
    }
}
