/// Follows the Markdown of one source line up to each value tag, to tell where the value lands:
/// running text, a link's text, a link's destination or an angle-bracket link
/// (`MarkdownEscaping.Context`). Fed the text between tags, in order, so a line with many tags is
/// still read once. Code was taken out before (`MarkdownCode`); a bracket on an earlier line is
/// not seen, which leaves the value escaped as text — never less escaped than it should be.
struct InlineContextScan {
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
