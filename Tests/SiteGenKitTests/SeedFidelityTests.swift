import Foundation
import Testing
@testable import SiteGenKit

/// Each real tenant's page must still say what its seed (the original statement, text extracted
/// from the PDF, copied to `Fixtures/seeds/<tenant>.txt`) says: at least 95 % of the seed's units
/// — sentences, and table cells counted separately — must be in the rendered page's visible text.
/// The only allowed rewordings are the unifications listed in `docs/unifications.md`.
@Suite("Seed fidelity")
struct SeedFidelityTests {
    /// The repository root, three levels up from `Tests/SiteGenKitTests/SeedFidelityTests.swift`.
    static let repoRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static let seeds = repoRoot.appendingPathComponent("Tests/SiteGenKitTests/Fixtures/seeds")

    /// Lines that are PDF artefacts, not content, when they stand alone on a line. Per tenant and
    /// whole lines only: "JUICT B.V." on its own line is JUICT's real contact block, and "M-ICT" as
    /// a table cell is real content. (`docs/unifications.md`, "PDF artefacts dropped or repaired".)
    static let artefactLines: [String: Set<String>] = [
        // The logo's text above the title.
        "js-ict": ["ICT"],
        // The page header, printed inside the register and above the contact bullets.
        "m-ict": ["M-ICT"],
    ]

    /// The "Wording and spelling" table of `docs/unifications.md`, hard-coded: the doc is written
    /// for people (elisions "…", notes in parentheses, descriptions instead of text), so it is not
    /// parsed; `unificationsAreWrittenInTheDoc` checks every pair here is still written there.
    /// The doc's "Emphasis" and "Punctuation" tables need no pairs: markup is stripped and a unit
    /// only has to occur in the page, so a moved `**` or an added final full stop never makes one
    /// missing.
    static let unifications: [SeedText.Unification] = [
        .init(tenants: ["js-ict", "m-ict"],
              seed: "Meer informatie over deze afspraken kunt opvragen bij uw werkgever.",
              shared: "Meer informatie over deze afspraken kunt u opvragen bij uw werkgever."),
        .init(tenants: ["js-ict"],
              seed: "Netwerkdokumentatie, structuur en opbouw bedrijfsnetwerk, hardware/software etc.",
              shared: "Netwerkdocumentatie, structuur en opbouw bedrijfsnetwerk, hardware/software etc."),
        .init(tenants: ["js-ict", "webcircuit"],
              seed: "Geluidsoptnames van uw gesprekken indien u deze functionaliteit afneemt",
              shared: "Geluidsopnames van uw gesprekken indien u deze functionaliteit afneemt."),
        .init(tenants: ["webcircuit"],
              seed: "Gespreksoptnames als u ons belt",
              shared: "Gespreksopnames als u ons belt."),
        .init(tenants: ["webcircuit"],
              seed: "gebruikt deze gesprekken om haar support-medewerkers te trainen en als bewijs van gemaakte afspraken",
              shared: "gebruikt deze gesprekken om haar supportmedewerkers te trainen en als bewijs van gemaakte afspraken."),
        .init(tenants: ["webcircuit"],
              seed: "Gerechtigd belang. Webcircuit Internet Solutions gebruikt deze gegevens voor het verbeteren van haar websites",
              shared: "Gerechtvaardigd belang. Webcircuit Internet Solutions gebruikt deze gegevens voor het verbeteren van haar websites"),
        .init(tenants: ["webcircuit"],
              seed: "E-mail security - anti-spam - encryptie - big file sending",
              shared: "E-mail security: anti-spam, encryptie, big file sending"),
        .init(tenants: ["webcircuit"],
              seed: "IP-adressen van door klant gebruikte omgevingen Hostmaster e-mailadres van domeinnaam",
              shared: "IP-adressen van door klant gebruikte omgevingen, hostmaster e-mailadres van domeinnaam."),
    ]

    /// Where each share is measured and how much of the seed it must carry: version 1 is the seed
    /// as published (only artefacts removed); the current page also carries version 2's corrections,
    /// the unifications among them.
    static let pages: [(path: String, threshold: Double, unify: Bool)] = [
        ("versions/1/index.html", 0.97, false),
        ("index.html", 0.90, true),
        ("index.html", 0.95, true),
    ]

    @Test("version 1's archive carries ≥ 97 % of the seed, the current page ≥ 95 % (the issue asks ≥ 90 %)",
          arguments: ["js-ict", "m-ict", "webcircuit", "juict", "jsm"])
    func seedIsRendered(tenant: String) throws {
        let seed = try String(contentsOf: Self.seeds.appendingPathComponent("\(tenant).txt"), encoding: .utf8)
        let (site, diagnostics) = SiteBuilder(root: Self.repoRoot, today: TestSupport.today).render(tenant: tenant)
        let rendered = try #require(site, "\(tenant) did not render:\n\(diagnostics.map(\.description).joined(separator: "\n"))")
        for (path, threshold, unify) in Self.pages {
            let page = try #require(rendered.files.first { $0.path == path }, "\(tenant) has no \(path)")
            let units = SeedText.units(of: seed,
                                       artefactLines: Self.artefactLines[tenant] ?? [],
                                       unifications: unify ? Self.unifications.filter { $0.tenants.contains(tenant) } : [])
            let result = SeedText.match(units, in: SeedText.visibleText(ofHTML: String(decoding: page.contents, as: UTF8.self)))
            #expect(units.count > 50, "\(tenant): only \(units.count) units read from the seed")
            #expect(result.share >= threshold, Comment(rawValue: "\(path): " + result.report(tenant: tenant)))
        }
    }

    /// Pins that the measure can fail: a sentence that is not in the page lowers the share.
    @Test func measureCountsMissingUnits() {
        let page = SeedText.visibleText(ofHTML: """
            <nav><p>Inhoud niet meegeteld.</p></nav>
            <main><h1>Titel</h1><p>Eerste zin staat er. Tweede &amp; &#8216;laatste&#8217; zin<sup class="footnote-ref"><a href="#fn-1">1</a></sup>.</p>
            <table><tr><td>Cel A</td><td><em>Cel B</em>.</td></tr></table></main>
            """)
        #expect(page == "Titel Eerste zin staat er. Tweede & ‘laatste’ zin. Cel A Cel B.")

        let present = SeedText.units(of: "Eerste zin staat er. Tweede & 'laatste'¹ zin.\nCel A\tCel B",
                                     artefactLines: [], unifications: [])
        #expect(present == ["Eerste zin staat er.", "Tweede & 'laatste' zin.", "Cel A", "Cel B"])
        #expect(SeedText.match(present, in: page).share == 1.0)

        let half = SeedText.match(["Eerste zin staat er.", "Deze zin is verzonnen."], in: page)
        #expect(half.share == 0.5)
        #expect(half.missing == ["Deze zin is verzonnen."])
        #expect(half.report(tenant: "test") == "test: 50.0 % of 2 seed units found; missing:\n- Deze zin is verzonnen.")

        #expect(SeedText.match(["Inhoud niet meegeteld."], in: page).share == 0, "text outside <main> does not count")
    }

    /// Pins the artefact rules on small seeds: lone artefact lines, footnotes lifted out of a
    /// paragraph, paragraphs and table rows rejoined across a page break, repeated headers.
    @Test func artefactsAreRepaired() {
        let seed = """
            ICT
            Een zin die door een

            ¹ Voetnoot.

            pagina-einde loopt.
            Kop A\tKop B
            <u>Dienst</u>\t<i>Gegevens die</i>

            \t<i>doorlopen.</i>
            Kop A\tKop B
            - 1. Lijst met nummer.
            - (1) Lijst met haakjes: [een link](#) en <https://example.nl/>.
            """
        #expect(SeedText.units(of: seed, artefactLines: ["ICT"], unifications: []) == [
            "Een zin die door een pagina-einde loopt.",
            "Kop A", "Kop B", "Dienst", "Gegevens die doorlopen.",
            "Lijst met nummer.",
            "(1) Lijst met haakjes: een link en https://example.nl/.",
            "Voetnoot.",
        ])
        let unification = SeedText.Unification(tenants: ["x"], seed: "optnames", shared: "opnames.")
        #expect(SeedText.unify("Geluidsoptnames.", [unification]) == "Geluidsopnames.")
    }

    /// Every hard-coded unification, and every correction the facts check reads the seed with, is
    /// written in `docs/unifications.md`, so the test allows no difference the doc does not list.
    @Test func unificationsAreWrittenInTheDoc() throws {
        let doc = try String(contentsOf: Self.repoRoot.appendingPathComponent("docs/unifications.md"), encoding: .utf8)
        for unification in Self.unifications + Self.factCorrections {
            #expect(doc.contains(unification.seed), "not in docs/unifications.md: \(unification.seed)")
            #expect(doc.contains(unification.shared), "not in docs/unifications.md: \(unification.shared)")
        }
    }
}
