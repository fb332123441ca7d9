import Foundation
import Testing
@testable import SiteGenKit

/// Usage mistakes are named as what they are, once, with exit 64.
extension CommandLineTests {
    @Test func anUnknownCommandIsNamedWithASuggestion() throws {
        try withProject { root in
            let result = try run(["buidl", "--all"], in: root)
            #expect(result.status == 64)
            #expect(result.stderr.hasPrefix("""
                sitegen: error: unknown command 'buidl'
                sitegen: note: did you mean 'build'?
                sitegen: note: the commands are: build, check, diff, release,
                """))
            #expect(result.stderr.split(separator: "\n").count == 3)
            let other = try run(["frobnicate"], in: root)
            #expect(other.status == 64)
            #expect(other.stderr.hasPrefix("sitegen: error: unknown command 'frobnicate'\n"))
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("output").path))
        }
    }

    @Test func anOutputThatIsAFileIsOneUsageError() throws {
        try withProject { root in
            try Data("x".utf8).write(to: root.appendingPathComponent("file.txt"))
            for output in ["file.txt", "file.txt/sites"] {
                let result = try run(["--all", "--output", output], in: root)
                #expect(result.status == 64)
                #expect(result.stderr.components(separatedBy: "Error:").count == 2, "\(result.stderr)")
                #expect(result.stderr.contains("'file.txt' is a file"), "\(result.stderr)")
            }
        }
    }
}
