import Foundation

/// A word-level redline between two versions' HTML, built in the HTML layer because cmark's safe
/// mode strips raw HTML from Markdown. The diff is the standard library's `CollectionDifference`
/// over tokens (tags and words); the result keeps the new version's tag structure, with removed
/// words in `<del>` and added words in `<ins>`, grouped by `h2` section.
enum Redline {
    /// One `h2` section of the redline.
    struct Section: Sendable {
        /// The section's heading text, or nil for what precedes the first heading.
        var title: String?
        var html: String
        var changed: Bool
    }

    /// The redline from `old` to `new`, split into the new version's sections.
    static func sections(from old: String, to new: String) -> [Section] {
        sections(from: HTMLTokens(old), to: HTMLTokens(new))
    }

    /// `sections(from:to:)` for versions already split into tokens: a changelog compares each
    /// version with the one before and the one after, and splits it once.
    static func sections(from oldTokens: HTMLTokens, to newTokens: HTMLTokens) -> [Section] {
        let diff = TokenDiff(from: oldTokens, to: newTokens)
        let inserted = diff.inserted, removed = diff.removed
        // Walk old and new together to place each removed word before the new token that follows it.
        // Indexed by new token (one past the end for words removed at the very end).
        var removedAt = [[String]](repeating: [], count: newTokens.ranges.count + 1)
        var newIndex = 0
        for oldIndex in oldTokens.ranges.indices {
            if removed[oldIndex] {
                if !oldTokens.isTag(oldIndex) { removedAt[newIndex].append(oldTokens.string(oldIndex)) }
                continue
            }
            while newIndex < inserted.count && inserted[newIndex] { newIndex += 1 }
            newIndex += 1
        }
        return assemble(newTokens, inserted: inserted, removedAt: removedAt)
    }

    /// A section while it is being assembled: bytes, so unchanged tokens are copied, not re-decoded.
    /// Unchanged tokens in a row are contiguous in the new version, so a run of them is held as one
    /// range and copied in one piece when something else is appended or the section is done.
    private struct SectionBuffer {
        var title: String?
        var changed = false
        /// The new version's bytes, which `copy` takes from.
        private let source: [UInt8]
        private var html: [UInt8] = []
        private var pending = 0..<0

        init(title: String?, source: [UInt8]) {
            self.title = title
            self.source = source
        }

        /// The section's HTML so far.
        var bytes: [UInt8] { pending.isEmpty ? html : html + source[pending] }

        /// Adds the bytes of `range` of the new version, unchanged.
        mutating func copy(_ range: Range<Int>) {
            if pending.upperBound == range.lowerBound {
                pending = pending.lowerBound..<range.upperBound
            } else {
                flush()
                pending = range
            }
        }

        /// Adds markup or text of the redline's own.
        mutating func append(_ text: String) {
            flush()
            html.append(contentsOf: text.utf8)
        }

        private mutating func flush() {
            guard !pending.isEmpty else { return }
            html.append(contentsOf: source[pending])
            pending = 0..<0
        }
    }

    private static func assemble(_ tokens: HTMLTokens, inserted: [Bool], removedAt: [[String]]) -> [Section] {
        var sections = [SectionBuffer(title: nil, source: tokens.bytes)]
        var pendingDeletion: [String] = []
        var openElements: [TagName] = []
        var insertionRun = ""
        var titleCapture: String?

        func flushInsertion() {
            guard !insertionRun.isEmpty else { return }
            sections[sections.count - 1].append(insertionRun.allSatisfy(\.isWhitespace) ? insertionRun : "<ins>\(insertionRun)</ins>")
            insertionRun = ""
        }
        func flushDeletion() {
            // Deleted words may only land where text is allowed, not between table rows or list items.
            guard !pendingDeletion.isEmpty, HTMLTokens.acceptsText(openElements.last) else { return }
            let text = pendingDeletion.joined()
            if !text.allSatisfy(\.isWhitespace) {
                sections[sections.count - 1].append(wrapped(text, in: "del"))
                sections[sections.count - 1].changed = true
            }
            pendingDeletion = []
        }

        for index in tokens.ranges.indices {
            if case let removed = removedAt[index], !removed.isEmpty {
                flushInsertion()
                pendingDeletion += removed
                flushDeletion()
            }
            let range = tokens.ranges[index]
            if tokens.isTag(index) {
                flushInsertion()
                if tokens.hasPrefix("<h2", at: index) {
                    flushDeletion()
                    sections.append(SectionBuffer(title: "", source: tokens.bytes))
                    titleCapture = ""
                } else if tokens.hasPrefix("</h2", at: index) {
                    sections[sections.count - 1].title = titleCapture
                    titleCapture = nil
                }
                if inserted[index] { sections[sections.count - 1].changed = true }
                sections[sections.count - 1].copy(range)
                tokens.track(index, in: &openElements)
                flushDeletion()
            } else {
                if titleCapture != nil { titleCapture! += tokens.string(index) }
                if inserted[index] {
                    let token = tokens.string(index)
                    insertionRun += token
                    if !token.allSatisfy(\.isWhitespace) { sections[sections.count - 1].changed = true }
                } else {
                    flushInsertion()
                    sections[sections.count - 1].copy(range)
                }
            }
        }
        flushInsertion()
        // Words removed after the new version's last token have no token to precede.
        pendingDeletion += removedAt[tokens.ranges.count]
        if !pendingDeletion.isEmpty {
            let text = pendingDeletion.joined()
            if !text.allSatisfy(\.isWhitespace) {
                sections[sections.count - 1].append("<p>" + wrapped(text, in: "del") + "</p>")
                sections[sections.count - 1].changed = true
            }
        }
        return sections.compactMap { section in
            let bytes = section.bytes
            return bytes.isEmpty ? nil : Section(title: section.title, html: String(decoding: bytes, as: UTF8.self), changed: section.changed)
        }
    }
}

/// `<del>word </del>` keeps the space inside so runs join up, but a trailing line break belongs outside.
private func wrapped(_ text: String, in element: String) -> String {
    var body = text
    while body.last?.isNewline == true { body.removeLast() }
    let trailing = String(text.dropFirst(body.count))
    return "<\(element)>\(body)</\(element)>\(trailing)"
}

