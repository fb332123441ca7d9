/// Follows the Markdown of a paragraph up to each value tag, to tell where the value lands:
/// running text, a link's text, a link's destination or an angle-bracket link
/// (`MarkdownEscaping.Context`). Fed the text between tags, in order, so a line with many tags is
/// still read once; a link's text may run over lines, the rest ends with its line. Code was taken
/// out before (`MarkdownCode`).
struct InlineContextScan {
    /// A new line of the same paragraph: only an open link text goes on.
    mutating func newLine() {
        destinationDepth = nil
        angleOpen = false
        escaped = false
        afterCloseBracket = false
    }

    /// A new paragraph (after a blank line, or a heading, list item, quote or table row).
    mutating func newParagraph() {
        newLine()
        brackets = 0
    }

    private var brackets = 0
    private var destinationDepth: Int?
    private var angleOpen = false
    private var escaped = false
    private var afterCloseBracket = false

    /// Reads `bytes` in order.
    mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) {
        for byte in bytes {
            if escaped {
                escaped = false
                afterCloseBracket = false
                continue
            }
            let closedBracket = afterCloseBracket
            afterCloseBracket = false
            switch byte {
            case UInt8(ascii: "\\"):
                escaped = true
            case UInt8(ascii: "[") where destinationDepth == nil:
                brackets += 1
            case UInt8(ascii: "]") where destinationDepth == nil:
                afterCloseBracket = brackets > 0
                brackets = max(0, brackets - 1)
            case UInt8(ascii: "("):
                if let depth = destinationDepth {
                    destinationDepth = depth + 1
                } else if closedBracket {
                    destinationDepth = 0
                }
            case UInt8(ascii: ")"):
                if let depth = destinationDepth { destinationDepth = depth == 0 ? nil : depth - 1 }
            case UInt8(ascii: "<"):
                angleOpen = true
            case UInt8(ascii: ">"), UInt8(ascii: " "), UInt8(ascii: "\t"):
                angleOpen = false
            default:
                break
            }
        }
    }

    /// Where a value tag lands after what was fed; `closesAngle` says whether the text after the
    /// tag reaches a `>` without white space, so an open `<` really is an angle-bracket link.
    func context(closesAngle: Bool) -> MarkdownEscaping.Context {
        if destinationDepth != nil { return .linkDestination }
        if angleOpen && closesAngle { return .angleLink }
        if brackets > 0 { return .linkText }
        return .text
    }
}
