import Foundation
import Testing
@testable import SiteGenKit

/// `sitegen new` as a user runs it: what it prints, and exit status 64 for a request it refuses.
@Suite struct NewCommandTests {
    let cli = CommandLineTests()

    @Test func newTenantPrintsTheNextStepsAndRefusesASecondTime() throws {
        try cli.withProject { root in
            let arguments = ["new", "tenant", "netbrug", "--name", "NetBrug B.V.", "--services", "general"]
            let first = try cli.run(arguments, in: root)
            #expect(first.status == 0, "\(first.stderr)")
            #expect(first.stderr.isEmpty)
            #expect(first.stdout.hasPrefix("created tenants/netbrug/tenant.yaml\nnext:\n  1. fill in every value marked FILL IN"))
            #expect(first.stdout.contains("  3. sitegen serve --tenant netbrug"))

            let again = try cli.run(arguments, in: root)
            #expect(again.status == 64)
            #expect(again.stdout.isEmpty)
            #expect(again.stderr.hasPrefix("tenants/netbrug: error: tenant 'netbrug' already exists\n"))

            let check = try cli.run(["check", "--tenant", "netbrug"], in: root)
            #expect(check.status == 0, "\(check.stderr)")
            #expect(!check.stderr.contains(": error: "))
            #expect(check.stderr.contains("tenants/netbrug/tenant.yaml: warning: the statement of tenant 'netbrug' has no released version"))
        }
    }

    @Test func newThemeWithAnUnknownSourceIsAUsageError() throws {
        try cli.withProject { root in
            let result = try cli.run(["new", "theme", "fresh", "--from", "nope"], in: root)
            #expect(result.status == 64)
            #expect(result.stderr == "sitegen: error: unknown theme 'nope'\nsitegen: note: known: plain\n")
            #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("themes/fresh").path))
        }
    }
}
