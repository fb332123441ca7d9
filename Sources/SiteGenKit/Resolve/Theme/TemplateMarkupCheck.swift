/// Built sites run no JavaScript; a template is where a theme or tenant could still write some.
/// The text a template writes as it is — everything outside its tags, joined as it renders when
/// every tag gives nothing, so `<scr{{! }}ipt>` is caught too — may not hold a `<script`
/// element, an event-handler attribute (`onload=`, `onclick=` …) or a `javascript:` address. The
/// preview server adds its own reload script to a rendered page, never through a template.
enum TemplateMarkupCheck {
    /// The errors in `syntax`, the template in `file`.
    static func problems(in syntax: TemplateSyntax, file: String) -> [Diagnostic] {
        // UTF-8 bytes, ASCII letters lowercased: every pattern is ASCII, and bytes keep the check
        // cheap enough to run on every template load.
        var characters: [UInt8] = []
        var starts: [(offset: Int, position: TemplateSyntax.Position)] = []
        for literal in syntax.literals {
            starts.append((characters.count, literal.position))
            characters += literal.text.utf8.map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        }
        var problems: [Diagnostic] = []
        func report(_ message: String, at offset: Int, notes: [String]) {
            guard problems.count < limit else { return }
            problems.append(.error(message, at: location(of: offset, starts: starts, syntax: syntax, file: file), notes: notes))
        }
        let noScript = "built sites run no JavaScript; the preview server adds its own reload script after rendering, never through a template"
        var index = 0
        // The end of the last tag whose attributes were looked at; each `<…>` once, so a text of
        // many `<` stays linear.
        var tagEnd = -1
        while index < characters.count {
            if matches("<script", characters, at: index) {
                report("a template may not contain a <script> element", at: index, notes: [noScript])
            } else if matches("javascript:", characters, at: index) {
                report("a template may not contain a 'javascript:' address", at: index, notes: [noScript])
            } else if characters[index] == UInt8(ascii: "<"), index > tagEnd {
                let end = endOfTag(characters, from: index + 1)
                for attribute in eventHandlers(in: characters, from: index + 1, to: end) {
                    report("a template may not contain the event-handler attribute '\(String(decoding: characters[attribute], as: UTF8.self))'",
                           at: attribute.lowerBound, notes: [noScript])
                }
                tagEnd = end
            }
            index += 1
        }
        return problems
    }

    /// At most this many problems per template: a hostile one with thousands of scripts needs
    /// no more to be refused.
    static let limit = 50

    /// The index of the `>` that ends the tag whose name starts at `from`, skipping quoted
    /// attribute values (`title="a>b"`); the end of the text when there is none.
    private static func endOfTag(_ characters: [UInt8], from: Int) -> Int {
        var quote: UInt8?
        for index in from..<characters.count {
            let character = characters[index]
            if let open = quote {
                if character == open { quote = nil }
            } else if character == UInt8(ascii: "\"") || character == UInt8(ascii: "'") {
                quote = character
            } else if character == UInt8(ascii: ">") {
                return index
            }
        }
        return characters.count
    }

    private static func matches(_ word: StaticString, _ characters: [UInt8], at index: Int) -> Bool {
        let count = word.utf8CodeUnitCount
        guard index + count <= characters.count else { return false }
        return word.withUTF8Buffer { pattern in (0..<count).allSatisfy { pattern[$0] == characters[index + $0] } }
    }

    private static func isSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D || byte == 0x0C
    }

    /// The `on…` attribute names followed by `=` inside the tag `characters[from..<to]`.
    private static func eventHandlers(in characters: [UInt8], from: Int, to: Int) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = from
        while index + 2 < to {
            let before = characters[index - 1]
            if isSpace(before) || before == UInt8(ascii: "\"") || before == UInt8(ascii: "'") || before == UInt8(ascii: "/"),
               characters[index] == UInt8(ascii: "o"), characters[index + 1] == UInt8(ascii: "n") {
                var end = index + 2
                while end < to, characters[end] >= UInt8(ascii: "a"), characters[end] <= UInt8(ascii: "z") { end += 1 }
                var equals = end
                while equals < to, isSpace(characters[equals]) { equals += 1 }
                if end > index + 2, equals < to, characters[equals] == UInt8(ascii: "=") {
                    found.append(index..<end)
                }
                index = end
            } else {
                index += 1
            }
        }
        return found
    }

    /// The line and column in the template's file of the joined text's `offset`.
    private static func location(of offset: Int, starts: [(offset: Int, position: TemplateSyntax.Position)],
                                 syntax: TemplateSyntax, file: String) -> Diagnostic.Location {
        guard let pieceIndex = starts.lastIndex(where: { $0.offset <= offset }) else { return .init(file: file) }
        var line = starts[pieceIndex].position.line, column = starts[pieceIndex].position.column
        let piece = syntax.literals[pieceIndex].text
        // A match starts at an ASCII byte, so the prefix ends between characters.
        let prefix = Substring(piece.utf8.prefix(offset - starts[pieceIndex].offset)) ?? piece
        for character in prefix {
            if character == "\n" || character == "\r\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        return .init(file: file, line: line, column: column)
    }
}
