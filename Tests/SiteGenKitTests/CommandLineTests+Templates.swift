import Foundation
import Testing
@testable import SiteGenKit

/// `sitegen templates`: the built-in templates, listed and printed so an override starts from them.
extension CommandLineTests {
    /// A printed template put back as a tenant's override changes no byte of the site: what the
    /// command prints is exactly what sitegen renders with.
    @Test(arguments: ["page", "footer", "changelog", "archive-title"])
    func aPrintedTemplateIsTheOneSitegenUses(name: String) throws {
        try withProject { root in
            let printed = try run(["templates", "--print", name], in: root)
            #expect(printed.status == 0, "\(printed.stderr)")
            #expect(!printed.stdout.isEmpty)
            #expect(try run(["--all", "--output", "before"], in: root).status == 0)
            let override = root.appendingPathComponent("tenants/acme/templates/\(name).mustache")
            try FileManager.default.createDirectory(at: override.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(printed.stdout.utf8).write(to: override)
            let after = try run(["--all", "--output", "after"], in: root)
            #expect(after.status == 0, "\(after.stderr)")
            #expect(TestSupport.tree(root.appendingPathComponent("after/acme")).filter { !$0.key.hasSuffix(".sitegen") }
                    == TestSupport.tree(root.appendingPathComponent("before/acme")).filter { !$0.key.hasSuffix(".sitegen") })
        }
    }

    @Test func theListNamesEveryBuiltinTemplate() throws {
        try withProject { root in
            let result = try run(["templates"], in: root)
            #expect(result.status == 0)
            for name in BuiltinTemplates.all.keys {
                #expect(result.stdout.contains("  \(name) "), "'\(name)' is not listed")
            }
        }
    }

    @Test func anUnknownTemplateIsAUsageErrorWithASuggestion() throws {
        try withProject { root in
            let result = try run(["templates", "--print", "foter"], in: root)
            #expect(result.status == 64)
            #expect(result.stderr.contains("sitegen has no template 'foter'. Did you mean 'footer'?"))
            #expect(result.stdout.isEmpty)
        }
    }
}
