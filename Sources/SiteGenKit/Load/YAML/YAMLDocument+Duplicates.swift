import Yams

extension YAMLDocument {
    /// The line (1-based) where `key`, first written at `mark`, is written again in the same
    /// mapping: Yams reports only the first. In block style the repeat starts a later line at the
    /// same column; in flow style (`{ a: 1, a: 2 }`) it follows on the same line. Nil when not found.
    static func secondLine(of key: String, after mark: Mark, in text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        guard mark.line >= 1, mark.line <= lines.count else { return nil }
        let firstLine = lines[mark.line - 1]
        let afterFirst = firstLine.dropFirst(max(0, mark.column - 1 + key.count))
        if afterFirst.contains("\(key):") || afterFirst.contains("\(key) :") { return mark.line }
        let indent = mark.column - 1
        for (offset, line) in lines.dropFirst(mark.line).enumerated() {
            let leading = line.prefix { $0 == " " }.count
            let rest = line.dropFirst(leading)
            if rest.isEmpty || rest.hasPrefix("#") { continue }
            if leading < indent { return nil }
            guard leading == indent else { continue }
            for spelled in [key, "\"\(key)\"", "'\(key)'"] where rest.hasPrefix(spelled) {
                let after = rest.dropFirst(spelled.count).drop { $0 == " " }
                if after.hasPrefix(":") { return mark.line + 1 + offset }
            }
        }
        return nil
    }
}

extension YAMLDocument {
    /// A note for a syntax error caused by an unquoted colour: in `{ primary: #0a7d5a }` the `#`
    /// starts a comment that swallows the closing brace, and libyaml complains a line later.
    /// Looks at the error's line and the one before; nil when neither has `: #`.
    static func commentedColourNote(near line: Int, in text: String) -> String? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        for number in [line - 1, line] where number >= 1 && number <= lines.count {
            let content = lines[number - 1]
            guard let hash = content.range(of: ": #") else { continue }
            let value = content[hash.upperBound...].prefix { $0.isHexDigit }
            let shown = value.isEmpty ? "#…" : "#\(value)"
            return "line \(number) has an unquoted '\(shown)': in YAML a # after a space starts a comment; write it in quotes: \"\(shown)\""
        }
        return nil
    }
}
