/// Built sites run no JavaScript; a template is where a theme or tenant could still write some.
/// The text a template writes as it is — everything outside its tags, joined as it renders when
/// every tag gives nothing, so `<scr{{! }}ipt>` is caught too — may not hold a `<script`
/// element, an event-handler attribute (`onload=`, `onclick=` …) or a `javascript:` address. The
/// preview server adds its own reload script to a rendered page, never through a template.
enum TemplateMarkupCheck {
    /// The errors in `syntax`, the template in `file`.
    static func problems(in syntax: TemplateSyntax, file: String) -> [Diagnostic] {
        var characters: [Character] = []
        var starts: [(offset: Int, position: TemplateSyntax.Position)] = []
        for literal in syntax.literals {
            starts.append((characters.count, literal.position))
            // Per character, so offsets stay those of the file's text.
            characters += literal.text.map { character in
                let lower = character.lowercased()
                return lower.count == 1 ? Character(lower) : character
            }
        }
        var problems: [Diagnostic] = []
        func report(_ message: String, at offset: Int, notes: [String]) {
            problems.append(.error(message, at: location(of: offset, starts: starts, syntax: syntax, file: file), notes: notes))
        }
        let noScript = "built sites run no JavaScript; the preview server adds its own reload script after rendering, never through a template"
        var index = 0
        while index < characters.count {
            if matches("<script", characters, at: index) {
                report("a template may not contain a <script> element", at: index, notes: [noScript])
            } else if matches("javascript:", characters, at: index) {
                report("a template may not contain a 'javascript:' address", at: index, notes: [noScript])
            } else if characters[index] == "<", let end = characters[index...].firstIndex(of: ">") {
                for attribute in eventHandlers(in: characters, from: index + 1, to: end) {
                    report("a template may not contain the event-handler attribute '\(String(characters[attribute]))'",
                           at: attribute.lowerBound, notes: [noScript])
                }
            }
            index += 1
        }
        return problems
    }

    private static func matches(_ word: String, _ characters: [Character], at index: Int) -> Bool {
        index + word.count <= characters.count && zip(word, characters[index...]).allSatisfy { $0 == $1 }
    }

    /// The `on…` attribute names followed by `=` inside the tag `characters[from..<to]`.
    private static func eventHandlers(in characters: [Character], from: Int, to: Int) -> [Range<Int>] {
        var found: [Range<Int>] = []
        var index = from
        while index + 2 < to {
            let before = characters[index - 1]
            if before.isWhitespace || before == "\"" || before == "'" || before == "/",
               characters[index] == "o", characters[index + 1] == "n" {
                var end = index + 2
                while end < to, characters[end].isLetter { end += 1 }
                var equals = end
                while equals < to, characters[equals].isWhitespace { equals += 1 }
                if end > index + 2, equals < to, characters[equals] == "=" {
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
        for character in syntax.literals[pieceIndex].text.prefix(offset - starts[pieceIndex].offset) {
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
