import Foundation

/// The minimal Hugo site the benchmark compares with: goldmark with raw HTML off (as sitegen's
/// safe mode), GFM tables, strikethrough and autolinks on, one bare layout, and nothing Hugo
/// would make that sitegen does not (no taxonomies, RSS, sitemap, robots.txt or 404 page).
enum HugoSite {
    /// `config.toml`: goldmark as close to sitegen's cmark-gfm options as Hugo allows.
    static let config = """
    baseURL = "https://privacy.example.org/"
    languageCode = "nl"
    title = "sitegen-bench"
    disableKinds = ["taxonomy", "term", "RSS", "sitemap", "robotsTXT", "404"]

    [markup.goldmark.renderer]
    unsafe = false

    [markup.goldmark.extensions]
    table = true
    strikethrough = true
    linkify = true
    footnote = true
    typographer = false

    """

    /// The one page layout (also used for section pages): title and content, nothing else.
    static let single = """
    <!DOCTYPE html>
    <html lang="nl">
    <head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title></head>
    <body><main><h1>{{ .Title }}</h1>
    {{ .Content }}
    </main></body>
    </html>

    """

    /// The home page Hugo always renders; empty, sitegen has none.
    static let home = """
    <!DOCTYPE html>
    <html lang="nl"><head><meta charset="utf-8"><title>{{ .Site.Title }}</title></head><body></body></html>

    """

    /// `config.toml` and the layouts.
    static func writeSkeleton(into folder: URL) throws {
        let layouts = folder.appendingPathComponent("layouts/_default")
        try FileManager.default.createDirectory(at: layouts, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("content"), withIntermediateDirectories: true)
        try Data(config.utf8).write(to: folder.appendingPathComponent("config.toml"))
        try Data(single.utf8).write(to: layouts.appendingPathComponent("single.html"))
        try Data(single.utf8).write(to: layouts.appendingPathComponent("list.html"))
        try Data(home.utf8).write(to: folder.appendingPathComponent("layouts/index.html"))
    }

    /// One content page with a YAML front matter holding its title.
    static func writePage(_ path: String, title: String, markdown: String, into folder: URL) throws {
        let url = folder.appendingPathComponent("content/\(path)")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("---\ntitle: \(TenantYAML.quoted(title))\n---\n\(markdown)".utf8).write(to: url)
    }
}
