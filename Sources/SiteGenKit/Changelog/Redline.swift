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
        let oldTokens = HTMLTokens.split(old)
        let newTokens = HTMLTokens.split(new)
        var removedAt: [Int: [String]] = [:]   // removed words, keyed by the new position they precede
        var inserted = Set<Int>()
        let difference = newTokens.difference(from: oldTokens)
        var removals: [(Int, String)] = []
        for change in difference.removals { if case let .remove(offset, token, _) = change { removals.append((offset, token)) } }
        for change in difference.insertions { if case let .insert(offset, _, _) = change { inserted.insert(offset) } }
        // Walk old and new together to place each removed token before the new token that follows it.
        var removedOffsets = Set(removals.map(\.0))
        var newIndex = 0
        for (oldIndex, token) in oldTokens.enumerated() {
            if removedOffsets.remove(oldIndex) != nil {
                if !HTMLTokens.isTag(token) { removedAt[newIndex, default: []].append(token) }
                continue
            }
            while inserted.contains(newIndex) { newIndex += 1 }
            newIndex += 1
        }
        return assemble(newTokens, inserted: inserted, removedAt: removedAt)
    }

    private static func assemble(_ tokens: [String], inserted: Set<Int>, removedAt: [Int: [String]]) -> [Section] {
        var sections: [Section] = [Section(title: nil, html: "", changed: false)]
        var pendingDeletion: [String] = []
        var openElements: [String] = []
        var insertionRun = ""
        var titleCapture: String?

        func flushInsertion() {
            guard !insertionRun.isEmpty else { return }
            sections[sections.count - 1].html += insertionRun.allSatisfy(\.isWhitespace) ? insertionRun : "<ins>\(insertionRun)</ins>"
            insertionRun = ""
        }
        func flushDeletion() {
            // Deleted words may only land where text is allowed, not between table rows or list items.
            guard !pendingDeletion.isEmpty, HTMLTokens.acceptsText(openElements.last) else { return }
            let text = pendingDeletion.joined()
            if !text.allSatisfy(\.isWhitespace) {
                sections[sections.count - 1].html += wrapped(text, in: "del")
                sections[sections.count - 1].changed = true
            }
            pendingDeletion = []
        }

        for (index, token) in tokens.enumerated() {
            if let removed = removedAt[index] {
                flushInsertion()
                pendingDeletion += removed
                flushDeletion()
            }
            if HTMLTokens.isTag(token) {
                flushInsertion()
                if token.hasPrefix("<h2") {
                    flushDeletion()
                    sections.append(Section(title: "", html: "", changed: false))
                    titleCapture = ""
                } else if token.hasPrefix("</h2") {
                    sections[sections.count - 1].title = titleCapture
                    titleCapture = nil
                }
                if inserted.contains(index) { sections[sections.count - 1].changed = true }
                sections[sections.count - 1].html += token
                HTMLTokens.track(token, in: &openElements)
                flushDeletion()
            } else {
                if titleCapture != nil { titleCapture! += token }
                if inserted.contains(index) {
                    insertionRun += token
                    if !token.allSatisfy(\.isWhitespace) { sections[sections.count - 1].changed = true }
                } else {
                    flushInsertion()
                    sections[sections.count - 1].html += token
                }
            }
        }
        flushInsertion()
        if !pendingDeletion.isEmpty {
            let text = pendingDeletion.joined()
            if !text.allSatisfy(\.isWhitespace) {
                sections[sections.count - 1].html += "<p>" + wrapped(text, in: "del") + "</p>"
                sections[sections.count - 1].changed = true
            }
        }
        return sections.filter { !$0.html.isEmpty }
    }
}

/// `<del>word </del>` keeps the space inside so runs join up, but a trailing line break belongs outside.
private func wrapped(_ text: String, in element: String) -> String {
    var body = text
    while body.last?.isNewline == true { body.removeLast() }
    let trailing = String(text.dropFirst(body.count))
    return "<\(element)>\(body)</\(element)>\(trailing)"
}

/// Splits HTML into tags and words (each with its following white space), the units the redline
/// compares; keeping the space with its word makes a changed phrase one run of `<del>`/`<ins>`.
enum HTMLTokens {
    static func split(_ html: String) -> [String] {
        // Walks Unicode scalars and slices, rather than appending Characters one by one: every
        // version of every tenant is split, and grapheme breaking dominated the changelog's cost.
        var tokens: [String] = []
        let scalars = html.unicodeScalars
        var start = scalars.startIndex
        var index = start
        var inTag = false
        var lastWasWhitespace = false
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let next = scalars.index(after: index)
            if inTag {
                if scalar == ">" {
                    tokens.append(String(scalars[start..<next]))
                    start = next
                    inTag = false
                    lastWasWhitespace = false
                }
            } else if scalar == "<" {
                if start < index { tokens.append(String(scalars[start..<index])) }
                start = index
                inTag = true
            } else {
                let isWhitespace = scalar.isASCII
                    ? scalar == " " || scalar == "\n" || scalar == "\t" || scalar == "\r" || scalar == "\u{0B}" || scalar == "\u{0C}"
                    : scalar.properties.isWhitespace
                if !isWhitespace, lastWasWhitespace {
                    tokens.append(String(scalars[start..<index]))
                    start = index
                }
                lastWasWhitespace = isWhitespace
            }
            index = next
        }
        if start < scalars.endIndex { tokens.append(String(scalars[start...])) }
        return tokens
    }

    static func isTag(_ token: String) -> Bool { token.hasPrefix("<") }

    /// Elements in which phrasing text may appear directly.
    static func acceptsText(_ element: String?) -> Bool {
        guard let element else { return false }
        return !["table", "thead", "tbody", "tr", "ul", "ol", "section", "div"].contains(element)
    }

    /// Keeps the stack of open elements up to date; void elements are never pushed.
    static func track(_ tag: String, in stack: inout [String]) {
        let name = tag.dropFirst(tag.hasPrefix("</") ? 2 : 1).prefix { $0.isLetter || $0.isNumber }.lowercased()
        if tag.hasPrefix("</") {
            if let index = stack.lastIndex(of: name) { stack.removeSubrange(index...) }
        } else if !["br", "hr", "img", "input", "meta", "link"].contains(name) && !tag.hasSuffix("/>") {
            stack.append(name)
        }
    }
}
