import Testing
@testable import SiteGenKit

/// The byte-wise escaping must give exactly what swift-mustache's Character-wise escaping gave, or
/// every page would change.
@Suite struct HTMLEscapingTests {
    @Test func escapesAllFiveCharacters() {
        #expect(HTMLEscaping.escape(#"<a href="x">Tom & Jerry's</a>"#)
                == "&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;")
    }

    @Test func leavesTextWithNothingToEscapeAlone() {
        for text in ["", "Privacyverklaring", "Café – über 10 €", "日本語のテキスト", "👩‍👩‍👧 emoji"] {
            #expect(HTMLEscaping.escape(text) == text)
        }
    }

    @Test func escapesNextToNonASCIIText() {
        #expect(HTMLEscaping.escape("Café & Bäckerei <ß>") == "Café &amp; Bäckerei &lt;ß&gt;")
        #expect(HTMLEscaping.escape("€<€") == "€&lt;€")
    }

    @Test func matchesCharacterWiseEscaping() {
        let texts = [
            "\"\u{301}x",          // a quote with a combining accent is one Character
            "a'\u{200D}b",         // glued to a zero-width joiner
            "\u{600}<b",           // after a prepended mark
            "x\r\n&\r\n",
            "<<>>&&\"\"''",
            "A&B <script>alert(1)</script>",
            "é&é<é>é\"é'é",
            "\u{1F1F3}\u{1F1F1}&\u{1F1F3}",
        ]
        for text in texts {
            #expect(HTMLEscaping.escape(text) == HTMLEscaping.escapeCharacters(text), "\(text.unicodeScalars.map(\.value))")
        }
    }

    @Test func contentTypeEscapesLikeHTMLEscaping() {
        let text = "Jansen & Zoon <b>"
        #expect(TemplateContentType().escapeText(text) == HTMLEscaping.escape(text))
    }
}
