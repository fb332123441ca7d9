import Foundation
import Testing
@testable import SiteGenKit

/// `sitegen --version` names both versions that decide a build's HTML.
@Suite struct VersionCommandTests {
    @Test func versionNamesSitegenAndTheLinkedCmarkGFM() throws {
        try TestSupport.withTemporaryFolder { folder in
            let result = try CommandLineTests().run(["--version"], in: folder)
            #expect(result.status == 0)
            let lines = result.stdout.split(separator: "\n").map(String.init)
            #expect(lines == ["sitegen \(SiteGen.version)", "cmark-gfm \(MarkdownRenderer.libraryVersion)"])
            // The library's own string, e.g. 0.29.0.gfm.6: digits first, never the fallback.
            #expect(MarkdownRenderer.libraryVersion.range(of: #"^\d+\.\d+\.\d+"#, options: .regularExpression) != nil)
        }
    }
}
