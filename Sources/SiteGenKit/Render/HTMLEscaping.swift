/// Escaping for HTML and XML built in Swift (notices, the changelog, the feed): the characters
/// Mustache escapes, with numeric references that both HTML and XML understand.
enum HTMLEscaping {
    /// Text safe in element content and in double-quoted attributes.
    static func escape(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"": result += "&quot;"
            case "'": result += "&#39;"
            default: result.append(character)
            }
        }
        return result
    }
}
