/// The `id` attributes a page's templates write themselves (`<main id="inhoud">`, the skip link's
/// target; `id="toc-title"`), read from the template sources so a theme or a tenant override that
/// adds one is covered too. A heading whose text gives the same id would make the id repeat and
/// send the skip link to the wrong place, so `HeadingIDs` reserves them.
enum TemplateIDs {
    /// Every literal id in `sources` (template texts); ids built from a tag (`id="{{anchor}}"`) are
    /// left out, since they are not known before rendering. A byte scan: it runs for every tenant.
    static func literal(in sources: [String]) -> Set<String> {
        var ids: Set<String> = []
        let pattern = Array(" id=".utf8)
        for source in sources {
            let bytes = Array(source.utf8)
            var index = 0
            while index + pattern.count < bytes.count {
                guard bytes[index..<index + pattern.count].elementsEqual(pattern) else {
                    index += 1
                    continue
                }
                let quote = bytes[index + pattern.count]
                index += pattern.count + 1
                guard quote == UInt8(ascii: "\"") || quote == UInt8(ascii: "'") else { continue }
                guard let end = bytes[index...].firstIndex(of: quote) else { break }
                let id = String(decoding: bytes[index..<end], as: UTF8.self)
                if !id.isEmpty, !id.contains("{{") { ids.insert(id) }
                index = end + 1
            }
        }
        return ids
    }
}
