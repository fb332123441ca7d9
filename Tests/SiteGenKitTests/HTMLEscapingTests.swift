import Testing
@testable import SiteGenKit

/// Escaping of every tenant value: the five characters, whatever Unicode surrounds them.
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

    /// A special character glued to a mark is one Character that is not equal to `"`; escaping
    /// Characters would leave it raw and let a value break out of an attribute.
    @Test(arguments: [
        ("\"\u{301} onmouseover=alert(1) x=\"", "&quot;\u{301} onmouseover=alert(1) x=&quot;"),
        ("a'\u{200D}b", "a&#39;\u{200D}b"),
        ("\u{600}<b", "\u{600}&lt;b"),
        ("x\r\n&\r\n", "x\r\n&amp;\r\n"),
        ("é&é<é>é\"é'é", "é&amp;é&lt;é&gt;é&quot;é&#39;é"),
    ])
    func escapesSpecialCharactersGluedToMarks(text: String, escaped: String) {
        #expect(HTMLEscaping.escape(text) == escaped)
        #expect(!HTMLEscaping.escape(text).unicodeScalars.contains { "\"'<>".unicodeScalars.contains($0) })
    }

    @Test func contentTypeEscapesLikeHTMLEscaping() {
        let text = "Jansen & Zoon <b>"
        #expect(TemplateContentType().escapeText(text) == HTMLEscaping.escape(text))
    }
}
