import CCmarkGFM
import Foundation

/// The one place that touches cmark-gfm's C pointers: parses GitHub-flavoured Markdown in safe
/// mode, cleans the tree (raw HTML, unsafe and placeholder links, remote images, heading ids) and
/// renders HTML. Everything it allocates is freed with `defer` before it returns.
enum MarkdownRenderer {
    /// cmark-gfm 0.29 keeps a global special-character table that table parsing changes, so
    /// parsers must not run at the same time; rendering a finished tree is safe in parallel.
    private static let parseLock = NSLock()

    private static let extensionNames = ["table", "strikethrough", "autolink", "tagfilter"]
    private static let options = CMARK_OPT_DEFAULT | CMARK_OPT_SAFE | CMARK_OPT_FOOTNOTES

    /// Registration is global and must happen once, before any parser looks an extension up.
    private static let registered: Void = cmark_gfm_core_extensions_ensure_registered()

    /// The version of the cmark-gfm library linked in (`0.29.0.gfm.13`), as the library reports it.
    static var libraryVersion: String {
        cmark_version_string().map { String(cString: $0) } ?? "unknown"
    }

    /// Renders `markdown`; `location` maps a line of it back to the file the author edits.
    static func render(_ markdown: String, location: @escaping (Int) -> Diagnostic.Location) -> RenderedMarkdown {
        parseLock.lock()
        guard let parser = newParser() else {
            parseLock.unlock()
            return RenderedMarkdown(html: "", headings: [], diagnostics: [.error("cmark-gfm could not create a parser")])
        }
        defer { cmark_parser_free(parser) }
        markdown.withCString { bytes in
            cmark_parser_feed(parser, bytes, markdown.utf8.count)
        }
        let document = cmark_parser_finish(parser)
        parseLock.unlock()
        guard let document else {
            return RenderedMarkdown(html: "", headings: [], diagnostics: [.error("cmark-gfm could not parse the statement")])
        }
        defer { cmark_node_free(document) }

        var cleaner = TreeCleaner(location: location)
        cleaner.clean(document)

        guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
            return RenderedMarkdown(html: "", headings: [], diagnostics: [.error("cmark-gfm could not render HTML")])
        }
        defer { free(rendered) }
        // cmark's bytes go to the post-processor as they are: a `String` in between was validated
        // and copied once more for nothing.
        let html = HTMLPostProcessor.finish(Array(UnsafeRawBufferPointer(start: rendered, count: strlen(rendered))),
                                            headings: cleaner.headings)
        return RenderedMarkdown(html: html, headings: cleaner.headings, diagnostics: cleaner.diagnostics)
    }

    /// A parser with the options and extensions every render uses; the caller frees it.
    private static func newParser() -> OpaquePointer? {
        _ = registered
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in extensionNames {
            if let syntaxExtension = cmark_find_syntax_extension(name) {
                cmark_parser_attach_syntax_extension(parser, syntaxExtension)
            }
        }
        return parser
    }

    /// The extensions `render`'s parser really has, read back from cmark-gfm. Safe mode and the
    /// tree cleaning already keep raw HTML off the page, so tagfilter (the last line of defence)
    /// changes no output; only this read-back shows that it is there — and that no name is misspelt,
    /// which `newParser` would skip silently.
    static func attachedExtensions() -> [String] {
        guard let parser = newParser() else { return [] }
        defer { cmark_parser_free(parser) }
        let known = ["table", "strikethrough", "autolink", "tagfilter", "tasklist"]
        var names: [String] = []
        var item = cmark_parser_get_syntax_extensions(parser)
        while let current = item {
            let pointer = UnsafeRawPointer(current.pointee.data)
            if let name = known.first(where: { cmark_find_syntax_extension($0).map { UnsafeRawPointer($0) } == pointer }) {
                names.append(name)
            }
            item = current.pointee.next
        }
        return names
    }
}

/// Walks a parsed tree and makes it fit for a page: what safe mode would silently blank out is
/// removed with a warning the author can act on, and headings get their anchors.
private struct TreeCleaner {
    let location: (Int) -> Diagnostic.Location
    var headings: [Heading] = []
    var diagnostics: [Diagnostic] = []
    private var ids = HeadingIDs()

    init(location: @escaping (Int) -> Diagnostic.Location) {
        self.location = location
    }

    mutating func clean(_ document: OpaquePointer) {
        var remove: [OpaquePointer] = []
        var unwrap: [OpaquePointer] = []
        var headingNodes: [OpaquePointer] = []
        var anchorLinks: [(fragment: String, line: Int)] = []
        guard let iterator = cmark_iter_new(document) else { return }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let line = Int(cmark_node_get_start_line(node))
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE:
                diagnostics.append(.warning("raw HTML is not allowed and was dropped", at: location(line),
                                            notes: ["write Markdown instead; sitegen never puts raw HTML on a page"]))
                remove.append(node)
            case CMARK_NODE_LINK:
                let url = string(cmark_node_get_url(node))
                if Self.isUnsafe(url) {
                    diagnostics.append(.warning("unsafe link '\(Self.visible(url))' was dropped; its text is kept", at: location(line),
                                                notes: ["a link goes to http:, https:, mailto: or tel:, or to a section (#id); never to scripts or data"]))
                    unwrap.append(node)
                } else if url.isEmpty || url == "#" {
                    unwrap.append(node)
                } else if url.hasPrefix("#") {
                    anchorLinks.append((String(url.dropFirst()), line))
                }
            case CMARK_NODE_IMAGE:
                let url = string(cmark_node_get_url(node))
                if Self.isUnsafe(url) {
                    diagnostics.append(.warning("unsafe image '\(Self.visible(url))' was dropped; its description is kept", at: location(line)))
                    unwrap.append(node)
                } else if url.contains(":") || url.hasPrefix("//") {
                    diagnostics.append(.warning("image '\(url)' from another host was dropped; its description is kept",
                                                at: location(line), notes: ["a page loads nothing from another host"]))
                    unwrap.append(node)
                }
            case CMARK_NODE_HEADING:
                headingNodes.append(node)
            default:
                break
            }
        }
        for node in headingNodes { addHeading(node) }
        reportUnresolved(anchorLinks)
        for node in unwrap {
            while let child = cmark_node_first_child(node) {
                cmark_node_insert_before(node, child)
            }
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        for node in remove {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
    }

    /// A link to `#id` must land on a heading of the same page: a renamed or removed section would
    /// otherwise leave a link that silently goes nowhere.
    private mutating func reportUnresolved(_ links: [(fragment: String, line: Int)]) {
        let known = Set(headings.map(\.id))
        for link in links where !known.contains(link.fragment) {
            let ids = headings.map(\.id)
            diagnostics.append(.error("link to '#\(link.fragment)' does not match any heading on the page", at: location(link.line),
                                      notes: ["heading ids on this page: " + (ids.isEmpty ? "none" : ids.prefix(12).joined(separator: ", ") + (ids.count > 12 ? ", …" : "")),
                                              "give the heading an explicit id with {#\(link.fragment)}, or link to an existing one"]))
        }
    }

    /// Records a heading; a trailing `{#id}` in its text sets the id and is removed from the text.
    private mutating func addHeading(_ node: OpaquePointer) {
        let line = Int(cmark_node_get_start_line(node))
        var explicitID: String?
        if let last = cmark_node_last_child(node), cmark_node_get_type(last) == CMARK_NODE_TEXT {
            let literal = string(cmark_node_get_literal(last))
            if let (id, textEnd) = Self.explicitID(in: literal) {
                explicitID = id
                cmark_node_set_literal(last, String(literal[..<textEnd]))
            }
        }
        let text = Self.trimmingSpaces(plainText(node))
        let id: String
        if let explicitID {
            if !ids.claim(explicitID) {
                diagnostics.append(.error("duplicate heading id '\(explicitID)'", at: location(line),
                                          notes: ["each {#id} must be unique on the page"]))
            }
            id = explicitID
        } else {
            id = ids.unique(for: text)
        }
        headings.append(Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: id))
    }

    /// The id of a trailing `{#id}` (letters, digits, `_`, `-`) and where the text before it (and
    /// its white space) ends. A scan, not a regular expression: every heading of every page passes here.
    static func explicitID(in literal: String) -> (id: String, textEnd: String.Index)? {
        let scalars = literal.unicodeScalars
        var end = scalars.endIndex
        while end > scalars.startIndex, scalars[scalars.index(before: end)].properties.isWhitespace { end = scalars.index(before: end) }
        guard end > scalars.startIndex, scalars[scalars.index(before: end)] == "}" else { return nil }
        let close = scalars.index(before: end)
        var start = close
        while start > scalars.startIndex, Self.isIDScalar(scalars[scalars.index(before: start)]) { start = scalars.index(before: start) }
        guard start < close, start > scalars.startIndex, scalars[scalars.index(before: start)] == "#" else { return nil }
        let hash = scalars.index(before: start)
        guard hash > scalars.startIndex, scalars[scalars.index(before: hash)] == "{" else { return nil }
        var textEnd = scalars.index(before: hash)
        while textEnd > scalars.startIndex, scalars[scalars.index(before: textEnd)].properties.isWhitespace { textEnd = scalars.index(before: textEnd) }
        return (String(scalars[start..<close]), textEnd)
    }

    private static func isIDScalar(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "A"..."Z", "a"..."z", "0"..."9", "_", "-": true
        default: false
        }
    }

    /// `text` without leading and trailing spaces and tabs (what `CharacterSet.whitespaces` holds),
    /// without Foundation's bridging.
    static func trimmingSpaces(_ text: String) -> String {
        let scalars = text.unicodeScalars
        func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar.properties.generalCategory == .spaceSeparator || scalar == "\t" }
        guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
        let last = scalars.lastIndex(where: { !isSpace($0) })!
        if first == scalars.startIndex && scalars.index(after: last) == scalars.endIndex { return text }
        return String(scalars[first...last])
    }

    /// The text of a heading. Walked with cmark's iterator rather than by recursion: emphasis can
    /// nest tens of thousands deep in one line, which overflowed the stack.
    private func plainText(_ node: OpaquePointer) -> String {
        var text = ""
        guard let iterator = cmark_iter_new(node) else { return text }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let current = cmark_iter_get_node(iterator), current != node else { continue }
            switch cmark_node_get_type(current) {
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text += string(cmark_node_get_literal(current))
            case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK: text += " "
            default: break
            }
        }
        return text
    }

    private func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }

    /// `url` with control characters spelled out, so a tab hidden in `java\tscript:` shows in the message.
    private static func visible(_ url: String) -> String {
        url.unicodeScalars.map { $0.value < 0x20 || $0.value == 0x7F ? "\\u{\(String($0.value, radix: 16))}" : String($0) }.joined()
    }

    /// Schemes that run code or smuggle content; checked without spaces or case, as browsers do.
    private static func isUnsafe(_ url: String) -> Bool {
        // Nearly every link starts like this; none of them can squash to a dangerous scheme.
        if url.hasPrefix("https://") || url.hasPrefix("http://") || url.hasPrefix("mailto:") || url.hasPrefix("#") { return false }
        let squashed = url.lowercased().filter { !$0.isWhitespace && !$0.isASCIIControl }
        return ["javascript:", "vbscript:", "data:", "file:"].contains { squashed.hasPrefix($0) }
    }
}

private extension Character {
    var isASCIIControl: Bool { asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false }
}
