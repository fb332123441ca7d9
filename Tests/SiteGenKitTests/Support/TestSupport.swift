import Foundation
@testable import SiteGenKit

/// Paths and helpers shared by the tests. Every test that writes gets its own temporary folder.
enum TestSupport {
    /// The repository root, found from this file's place in `Tests/SiteGenKitTests/Support/`.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Tests/SiteGenKitTests/Fixtures`.
    static let fixtures = repoRoot.appendingPathComponent("Tests/SiteGenKitTests/Fixtures")

    /// Set `SITEGEN_RECORD=1` to rewrite golden files from the current output instead of comparing.
    static var recording: Bool { ProcessInfo.processInfo.environment["SITEGEN_RECORD"] == "1" }

    /// Whether `url` is an existing folder.
    static func isFolder(_ url: URL) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// A new, empty folder that is removed when `body` returns.
    static func withTemporaryFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitegen-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try body(folder)
    }

    /// Writes `files` (relative path → text) below `folder`.
    static func write(_ files: [String: String], in folder: URL) throws {
        for (path, text) in files {
            let url = folder.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    /// The day tests build as of, after `releaseAll`'s version took effect; fixed, so no test depends
    /// on the clock.
    static let today = DayDate("2024-06-01")!

    /// Releases every changed tenant of the project at `root` (version 1 on 2024-01-01 for a new
    /// one): a build publishes released versions only, so a test that wants output releases first.
    @discardableResult
    static func releaseAll(_ root: URL, summary: String = "Eerste versie.") -> SiteBuilder.ReleaseReport {
        SiteBuilder(root: root, today: today).release(.all, summary: summary, date: DayDate("2024-01-01")!)
    }

    /// Every file below `folder` by relative path, for comparing whole trees.
    static func tree(_ folder: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        let base = folder.resolvingSymlinksInPath().path
        for case let url as URL in enumerator {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true else { continue }
            let path = url.resolvingSymlinksInPath().path
            files[String(path.dropFirst(base.count + 1))] = try? Data(contentsOf: url)
        }
        return files
    }

    /// The minimal tenant's one `gdpr:` line: it prints only the company's name, so it acknowledges
    /// every GDPR Art. 13 item — with the reason that it is a test fixture, not a statement — since
    /// `release` refuses an unacknowledged gap and ~36 tests release it (controller-identity too:
    /// tests rewrite the intro without the name; `check` warns that the page shows it). Tests of
    /// coverage drop this line (`GDPRCoverageTests.check`).
    static let minimalAcknowledgements = "gdpr: { acknowledged: { "
        + ["controller-identity", "controller-contact", "purposes", "legal-basis", "recipients", "transfers", "retention", "right-of-access",
           "right-to-rectification", "right-to-erasure", "right-to-restriction", "right-to-portability", "right-to-object",
           "complaint", "statutory-requirement", "automated-decisions"]
            .map { #"\#($0): "Testfixture van de tests, geen verklaring van een bedrijf""# }.joined(separator: ", ")
        + " } }"

    /// A minimal valid project: one library, one tenant `acme`, one theme. Tests change single
    /// files of it to provoke one problem each.
    static let minimalProject: [String: String] = [
        "tenants/_lib/library.yaml": """
            authorities:
              NL: { name: Autoriteit Persoonsgegevens, url: "https://autoriteitpersoonsgegevens.nl/" }
            legal_bases: { contract: Uitvoering overeenkomst, legitimate-interest: Gerechtvaardigd belang, consent: Toestemming, legal-obligation: Wettelijke verplichting }
            transfer_mechanisms: { adequacy: adequaatheidsbesluit, dpf: EU-VS Data Privacy Framework, scc: standaardcontractbepalingen }
            vars:
              scope_word: { type: text, default: alleen }
            services:
              general:
                label: Algemeen
                rows:
                  contact: { data: Contactgegevens., retention: Eén jaar, responsible: controller, basis: contract }

            """,
        "tenants/_lib/clauses/intro.md": """
            ---
            id: intro
            title: Inleiding
            covers: [controller-identity]
            ---
            ## Inleiding

            {{company.name}} biedt {{vars.scope_word}} zakelijke diensten aan.

            """,
        "tenants/acme/tenant.yaml": """
            title: Privacyverklaring
            language: nl
            register: u
            jurisdiction: NL
            theme: plain
            base_url: https://privacy.example.nl/
            company:
              name: Acme
              address: { street: Kerkstraat 1, postal_code: 1234 AB, city: Ergens }
              phone: 012-3456789
              email: { privacy: privacy@example.nl, general: info@example.nl }
            services: [general]
            statement: [intro]
            \(minimalAcknowledgements)

            """,
        "themes/plain/theme.yaml": """
            name: Plain
            params:
              accent: { default: "#333333" }

            """,
    ]
}
