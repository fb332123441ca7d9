import Testing
@testable import SiteGenKit

/// An alias used as a key is found before Yams hashes it (which expands it), wherever it is written.
@Suite struct AliasKeyTests {
    @Test(arguments: [
        ("a: &a [x]\nb: [*a, *a:, *a]\n", 2),             // a single-pair mapping in a flow sequence
        ("a: &a [x]\n? *a\n: y\n", 2),                    // an explicit key
        ("a: &a [x]\nb: { *a : y }\n", 2),                // a flow mapping, space before the colon
        ("a: &a [x]\nc: \"*s: t\"\nb: [*a:]\n", 2),       // a string that breaks the defused text: refused at the first *name:
    ])
    func aliasKeysAreFound(yaml: String, line: Int) {
        #expect(YAMLDocument.aliasUsedAsKey(in: yaml)?.line == line)
    }

    @Test(arguments: [
        "a: &a [x]\nb: [*a, *a]\nc: \"**vet**: tekst\"\n",
        "a: &a x\nb: *a\nc: Uitvoering *overeenkomst*\n",
    ])
    func aliasValuesAndStarsInTextAreFine(yaml: String) {
        #expect(YAMLDocument.aliasUsedAsKey(in: yaml) == nil)
    }
}
