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
    /// `reservedIDs` are the ids the page's templates use (`TemplateIDs`), which no heading takes.
    static func render(_ markdown: String, reservedIDs: Set<String> = [],
                       location: @escaping (Int) -> Diagnostic.Location) -> RenderedMarkdown {
        let rendered = withDocument(markdown) { parser, document -> RenderedMarkdown in
            var cleaner = TreeCleaner(location: location, reservedIDs: reservedIDs)
            cleaner.clean(document)
            guard let rendered = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser)) else {
                return RenderedMarkdown(html: "", headings: [], diagnostics: [.error("cmark-gfm could not render HTML")])
            }
            defer { free(rendered) }
            // cmark's bytes go to the post-processor as they are: a `String` in between was validated
            // and copied once more for nothing.
            let html = HTMLPostProcessor.finish(Array(UnsafeRawBufferPointer(start: rendered, count: strlen(rendered))),
                                                headings: cleaner.headings)
            // An empty heading keeps its id on the page but has nothing to show in a contents list.
            return RenderedMarkdown(html: html, headings: cleaner.headings.filter { !$0.text.isEmpty }, diagnostics: cleaner.diagnostics)
        }
        return rendered ?? RenderedMarkdown(html: "", headings: [], diagnostics: [.error("cmark-gfm could not parse the statement")])
    }

    /// What the lint rules read of `markdown`, parsed as `render` parses it (but for autolinks): its
    /// text nodes, links and code with their places in the source. Nothing is cleaned or dropped.
    static func outline(_ markdown: String) -> MarkdownOutline {
        // Without the autolink extension: the nodes it splits off lose their places in the source,
        // and an address or `www.` link reads the same as text.
        withDocument(markdown, extensions: ["table", "strikethrough"]) { _, document in OutlineWalker.walk(document) } ?? MarkdownOutline()
    }

    /// Parses `markdown` with sitegen's options and extensions and hands the tree to `body`; both
    /// are freed when `body` returns. Nil when cmark cannot make a parser or a tree.
    private static func withDocument<T>(_ markdown: String, extensions: [String] = extensionNames,
                                        _ body: (_ parser: OpaquePointer, _ document: OpaquePointer) -> T) -> T? {
        parseLock.lock()
        guard let parser = newParser(extensions: extensions) else {
            parseLock.unlock()
            return nil
        }
        defer { cmark_parser_free(parser) }
        markdown.withCString { bytes in
            cmark_parser_feed(parser, bytes, markdown.utf8.count)
        }
        let document = cmark_parser_finish(parser)
        parseLock.unlock()
        guard let document else { return nil }
        defer { cmark_node_free(document) }
        return body(parser, document)
    }

    /// A parser with the options and `extensions` (by default those every render uses); the caller frees it.
    private static func newParser(extensions: [String] = extensionNames) -> OpaquePointer? {
        _ = registered
        guard let parser = cmark_parser_new(options) else { return nil }
        for name in extensions {
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

/// Reads a parsed tree for the lint rules: every text node with the line and column it starts
/// at, every link with its destination and span, and the spans of code and raw HTML.
private enum OutlineWalker {
    static func walk(_ document: OpaquePointer) -> MarkdownOutline {
        var outline = MarkdownOutline()
        guard let iterator = cmark_iter_new(document) else { return outline }
        defer { cmark_iter_free(iterator) }
        var linkDepth = 0
        var group = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard let node = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                if event == CMARK_EVENT_EXIT { linkDepth -= 1; continue }
                linkDepth += 1
                outline.links.append(.init(destination: string(cmark_node_get_url(node)), isImage: type == CMARK_NODE_IMAGE, span: span(node)))
                group += 1
                continue
            }
            guard event == CMARK_EVENT_ENTER else {
                group += 1
                continue
            }
            if type.rawValue & UInt32(CMARK_NODE_TYPE_MASK) == UInt32(CMARK_NODE_TYPE_BLOCK), type != CMARK_NODE_DOCUMENT {
                outline.blockLines.insert(Int(cmark_node_get_start_line(node)))
            }
            switch type {
            case CMARK_NODE_TEXT:
                let parent = cmark_node_parent(node)
                let opensItem = cmark_node_previous(node) == nil && parent.map { cmark_node_previous($0) == nil
                    && cmark_node_parent($0).map { cmark_node_get_type($0) == CMARK_NODE_ITEM } ?? false } ?? false
                outline.texts.append(.init(literal: string(cmark_node_get_literal(node)), line: Int(cmark_node_get_start_line(node)),
                                           column: Int(cmark_node_get_start_column(node)), group: group,
                                           opensListItem: opensItem, inLink: linkDepth > 0))
            case CMARK_NODE_CODE, CMARK_NODE_HTML_INLINE:
                outline.code.append(span(node))
            case CMARK_NODE_CODE_BLOCK, CMARK_NODE_HTML_BLOCK:
                outline.codeBlocks.append(span(node))
            default:
                break
            }
            if type != CMARK_NODE_TEXT { group += 1 }
        }
        return outline
    }

    private static func span(_ node: OpaquePointer) -> MarkdownOutline.Span {
        .init(startLine: Int(cmark_node_get_start_line(node)), startColumn: Int(cmark_node_get_start_column(node)),
              endLine: Int(cmark_node_get_end_line(node)), endColumn: Int(cmark_node_get_end_column(node)))
    }

    private static func string(_ pointer: UnsafePointer<CChar>?) -> String {
        pointer.map { String(cString: $0) } ?? ""
    }
}

/// Walks a parsed tree and makes it fit for a page: what safe mode would silently blank out is
/// removed with a warning the author can act on, and headings get their anchors.
private struct TreeCleaner {
    let location: (Int) -> Diagnostic.Location
    var headings: [Heading] = []
    var diagnostics: [Diagnostic] = []
    private var ids: HeadingIDs

    init(location: @escaping (Int) -> Diagnostic.Location, reservedIDs: Set<String>) {
        self.location = location
        ids = HeadingIDs(reserved: reservedIDs)
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
                if MarkdownSyntax.isUnsafe(url) {
                    diagnostics.append(.warning("unsafe link '\(MarkdownSyntax.visible(url))' was dropped; its text is kept", at: location(line),
                                                notes: ["a link goes to http:, https:, mailto: or tel:, or to a section (#id); never to scripts or data"]))
                    unwrap.append(node)
                } else if url.isEmpty || url == "#" {
                    unwrap.append(node)
                } else if url.hasPrefix("#") {
                    anchorLinks.append((String(url.dropFirst()), line))
                }
            case CMARK_NODE_IMAGE:
                let url = string(cmark_node_get_url(node))
                if MarkdownSyntax.isUnsafe(url) {
                    diagnostics.append(.warning("unsafe image '\(MarkdownSyntax.visible(url))' was dropped; its description is kept", at: location(line)))
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
        // The template's own ids (`#inhoud`, the main text) are on the page too.
        let known = Set(headings.map(\.id)).union(ids.reserved)
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
            if let (id, textEnd) = MarkdownSyntax.explicitID(in: literal) {
                explicitID = id
                cmark_node_set_literal(last, String(literal[..<textEnd]))
            }
        }
        let text = MarkdownSyntax.trimmingSpaces(plainText(node))
        let id: String
        if let explicitID {
            if ids.reserved.contains(explicitID) {
                diagnostics.append(.error("heading id '\(explicitID)' is used by the page's template", at: location(line),
                                          notes: ["the template's own ids on this page: " + ids.reserved.sorted().joined(separator: ", "),
                                                  "choose another {#id}"]))
            } else if !ids.claim(explicitID) {
                diagnostics.append(.error("duplicate heading id '\(explicitID)'", at: location(line),
                                          notes: ["each {#id} must be unique on the page"]))
            }
            id = explicitID
        } else {
            id = ids.unique(for: text)
        }
        headings.append(Heading(level: Int(cmark_node_get_heading_level(node)), text: text, id: id))
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
}
