import Foundation
import Testing
@testable import SiteGenKit

/// `sitegen new`: a scaffolded tenant passes `check` on the real project with its company-only facts as
/// open questions, is released only with an approver, and then builds;
/// a scaffolded theme carries a tenant; nothing is ever overwritten; bad requests write nothing.
@Suite struct ScaffoldTests {
    /// A temporary copy of the repository's tenants/ and themes/.
    func withRealProject(_ body: (URL) throws -> Void) throws {
        try TestSupport.withTemporaryFolder { root in
            for folder in ["tenants", "themes"] {
                try FileManager.default.copyItem(at: TestSupport.repoRoot.appendingPathComponent(folder),
                                                 to: root.appendingPathComponent(folder))
            }
            try body(root)
        }
    }

    @Test func aNewTenantPassesCheckAndBuildsOnceReleased() throws {
        try withRealProject { root in
            let report = Scaffolder(root: root).newTenant(NewTenant(id: "netbrug", name: "NetBrug B.V.", services: ["internet", "voip"]))
            #expect(report.failure == nil, "\(report.diagnostics.map(\.description))")
            #expect(report.created == ["tenants/netbrug/tenant.yaml"])
            #expect(report.nextSteps.contains { $0.hasPrefix("sitegen release --tenant netbrug") })

            let check = SiteBuilder(root: root, today: TestSupport.today).check(.tenants(["netbrug"]), strict: false)
            let errors = check.diagnostics.filter { $0.severity == .error }
            #expect(errors.isEmpty, "\(errors.map(\.description))")
            #expect(check.diagnostics.contains { $0.severity == .warning && $0.message.contains("has no released version") })
            // Every blank the company must fill is reported where the statement shows it.
            let blanks = check.diagnostics.filter { $0.message.contains("[template-brackets]") }.map(\.message)
            for placeholder in ["[straat en huisnummer]", "[postcode]", "[plaats]", "[dagen]", "[telefoonnummer]", "[telecomprovider]"] {
                #expect(blanks.contains { $0.contains(placeholder) }, "\(placeholder) is not reported")
            }

            // The facts only the company can give are open questions, not gaps and not made up.
            let questions = check.diagnostics.filter { $0.message.hasSuffix("[open-question]") }.map(\.message)
            #expect(questions.count == 4 && questions.contains { $0.contains("13(2)(e)") }, "\(questions)")
            #expect(!check.diagnostics.contains { $0.message.hasSuffix("[gdpr-coverage]") }, "no Art. 13 item is left without a fact")
            // As scaffolded it is not releasable: only someone at the company, named, can weigh those
            // questions and approve the text (docs/authoring.md, "A new tenant").
            let refused = SiteBuilder(root: root, today: TestSupport.today).release(.tenants(["netbrug"]), summary: "Eerste versie", date: TestSupport.today, approvedBy: nil)
            #expect(refused.released.isEmpty)
            #expect(refused.diagnostics.filter { $0.severity == .error }.map(\.message) == ["tenant 'netbrug' requires approval: name who approved this text with --approved-by NAME"])
            let release = SiteBuilder(root: root, today: TestSupport.today).release(.tenants(["netbrug"]), summary: "Eerste versie", date: TestSupport.today, approvedBy: "Test, namens niemand")
            #expect(!release.diagnostics.hasErrors, "\(release.diagnostics.map(\.description))")
            #expect(release.released.map(\.tenantID) == ["netbrug"])
            let build = SiteBuilder(root: root, today: TestSupport.today).build(.tenants(["netbrug"]))
            #expect(!build.diagnostics.hasErrors, "\(build.diagnostics.map(\.description))")
            let page = try String(contentsOf: root.appendingPathComponent("output/netbrug/index.html"), encoding: .utf8)
            #expect(page.contains("NetBrug B.V."))
            #expect(page.contains("Internetverbinding"), "the internet service's register rows are in the statement")
        }
    }

    @Test func theFileSaysWhatToFillInAndWhatToCheck() throws {
        try withRealProject { root in
            let report = Scaffolder(root: root).newTenant(NewTenant(id: "brug-be", name: #"Brug "BE" \ BV"#, jurisdiction: "be", theme: "legal"))
            #expect(report.failure == nil)
            let yaml = try String(contentsOf: root.appendingPathComponent("tenants/brug-be/tenant.yaml"), encoding: .utf8)
            #expect(yaml.contains(#"  name: "Brug \"BE\" \\ BV""#))
            #expect(yaml.contains("language: nl-BE"))
            #expect(yaml.contains("jurisdiction: BE"))
            #expect(yaml.contains("theme: legal"))
            #expect(yaml.contains("services: [general]"))
            #expect(yaml.contains("FILL IN") && yaml.contains("CHECK"))
            #expect(yaml.contains("# CHECK: the library also has bp-automated-decisions,"), "clauses left out are named")
            #expect(yaml.contains("#   general/traffic-data: retention Zes maanden; basis: Wettelijke verplichting"))
            // The quoted name survives YAML: the tenant loads with exactly that name.
            let (site, diagnostics) = SiteBuilder(root: root, today: TestSupport.today).render(tenant: "brug-be", drafts: true)
            #expect(site != nil, "\(diagnostics.map(\.description))")
            #expect(site?.files.contains { String(decoding: $0.contents, as: UTF8.self).contains("Brug &quot;BE&quot; \\ BV") } == true)
        }
    }

    @Test func anExistingTenantIsNeverOverwritten() throws {
        try withRealProject { root in
            let file = root.appendingPathComponent("tenants/js-ict/tenant.yaml")
            let before = try Data(contentsOf: file)
            let report = Scaffolder(root: root).newTenant(NewTenant(id: "js-ict", name: "Someone Else"))
            #expect(report.failure == .usage)
            #expect(report.diagnostics.map(\.description) == [
                "tenants/js-ict: error: tenant 'js-ict' already exists\n"
                    + "tenants/js-ict: note: sitegen new never overwrites; choose another id or edit tenants/js-ict/tenant.yaml",
            ])
            #expect(try Data(contentsOf: file) == before)
        }
    }

    @Test func badRequestsAreUsageErrorsAndWriteNothing() throws {
        try withRealProject { root in
            let before = TestSupport.tree(root)
            let report = Scaffolder(root: root).newTenant(NewTenant(id: "Net_Brug", name: "  ", jurisdiction: "DE", theme: "nope", services: ["internet", "fax"]))
            #expect(report.failure == .usage)
            let messages = report.diagnostics.map(\.message)
            #expect(messages == ["invalid tenant id 'Net_Brug'", "the company name is empty", "invalid jurisdiction 'DE'",
                                 "unknown theme 'nope'", "unknown service 'fax'"])
            #expect(Scaffolder(root: root).newTenant(NewTenant(id: "ok", name: "A\nB")).diagnostics.map(\.message)
                == ["the company name holds a control character or a line break"])
            #expect(TestSupport.tree(root) == before)
        }
    }

    @Test func aMinimalThemeCarriesATenant() throws {
        try withRealProject { root in
            let report = Scaffolder(root: root).newTheme("brug")
            #expect(report.failure == nil, "\(report.diagnostics.map(\.description))")
            #expect(report.created == ["themes/brug/theme.yaml", "themes/brug/assets/style.css"])
            let tenant = root.appendingPathComponent("tenants/m-ict/tenant.yaml")
            let yaml = try String(contentsOf: tenant, encoding: .utf8)
                .replacingOccurrences(of: "theme: legal", with: "theme: brug")
                .replacingOccurrences(of: ##"brand: { accent: "#6a1b3d", accent_dark: "#f2a7c3" }"##, with: "")
            try Data(yaml.utf8).write(to: tenant)
            let (site, diagnostics) = SiteBuilder(root: root, today: TestSupport.today).render(tenant: "m-ict")
            #expect(site != nil, "\(diagnostics.map(\.description))")
            #expect(site?.files.contains { $0.path.hasPrefix("assets/style.") && $0.path.hasSuffix(".css") } == true)
        }
    }

    @Test func aThemeCopyIsCompleteAndRenamed() throws {
        try withRealProject { root in
            let report = Scaffolder(root: root).newTheme("brug-corporate", from: "corporate")
            #expect(report.failure == nil)
            let source = TestSupport.tree(root.appendingPathComponent("themes/corporate"))
            var copy = TestSupport.tree(root.appendingPathComponent("themes/brug-corporate"))
            #expect(Set(copy.keys) == Set(source.keys))
            let yaml = String(decoding: copy.removeValue(forKey: "theme.yaml") ?? Data(), as: UTF8.self)
            #expect(yaml.hasPrefix("name: \"Brug Corporate\"\n"))
            #expect(copy == source.filter { $0.key != "theme.yaml" })
        }
    }

    @Test func themesAreNeverOverwrittenAndNamesAreChecked() throws {
        try withRealProject { root in
            let before = TestSupport.tree(root)
            let scaffolder = Scaffolder(root: root)
            #expect(scaffolder.newTheme("classic").diagnostics.map(\.description) == [
                "themes/classic: error: theme 'classic' already exists\n"
                    + "themes/classic: note: sitegen new never overwrites; choose another name or edit themes/classic/",
            ])
            #expect(scaffolder.newTheme("../x").failure == .usage)
            #expect(scaffolder.newTheme("fresh", from: "nope").diagnostics.map(\.message) == ["unknown theme 'nope'"])
            #expect(TestSupport.tree(root) == before)
        }
    }
}
