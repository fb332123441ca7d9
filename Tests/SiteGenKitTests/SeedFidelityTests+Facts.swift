import Foundation
import Testing
@testable import SiteGenKit

/// The working copy's facts against the seeds: what tenant.yaml states about a company (its name,
/// registration, address and contact) and, for JUICT and JSM, about its purposes must be what the
/// company's own statement says. The facts drive the page and the GDPR coverage, so an invented
/// value there would reach the page as the company's word.
extension SeedFidelityTests {
    /// Corrections in the working copy (docs/unifications.md, "Corrections awaiting approval") that
    /// change seed words a fact quotes: the seed is read with them applied before facts are matched.
    static let factCorrections: [SeedText.Unification] = [
        .init(tenants: ["jsm"],
              seed: "Intereseprofielen op te bouwen voor gebruik voor advertentiedoelinden",
              shared: "Interesseprofielen op te bouwen voor gebruik voor advertentiedoeleinden"),
    ]

    /// Durations in a retention text ("12 maanden", "vier weken", "7 jaar"). A function: a
    /// `Regex` is not Sendable, so it cannot be a static constant.
    static func duration() -> Regex<Substring> { /\b(?:\d+|een|één|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|twaalf)\s+(?:dagen|dag|weken|week|maanden|maand|jaren|jaar)\b/ }

    /// What in `purpose` the seed text `seed` (normalised) does not say: the name (without a final
    /// qualifier in parentheses, such as "(doel 2)"), a known interest or law word for word, and
    /// every duration of a known retention. Empty when the purpose is the seed's.
    static func factProblems(_ purpose: TenantFacts.Purpose, seed: String) -> [String] {
        func said(_ text: String) -> Bool { seed.contains(SeedText.normalise(text)) }
        var problems: [String] = []
        let name = purpose.name.replacing(/\s*\([^()]*\)\s*$/, with: "")
        if !said(name) { problems.append("\(purpose.id): name '\(name)'") }
        if let interest = purpose.interest?.known, !said(interest) { problems.append("\(purpose.id): interest '\(interest)'") }
        if let law = purpose.law?.known, !said(law) { problems.append("\(purpose.id): law '\(law)'") }
        if let retention = purpose.retention?.known {
            for match in SeedText.normalise(retention).matches(of: duration()) where !said(String(match.output)) {
                problems.append("\(purpose.id): retention period '\(match.output)'")
            }
        }
        return problems
    }

    /// The seed as the facts are matched against it: corrections applied, normalised.
    static func factSeed(_ tenant: String) throws -> String {
        let seed = try String(contentsOf: seeds.appendingPathComponent("\(tenant).txt"), encoding: .utf8)
        return SeedText.normalise(SeedText.collapseWhitespace(SeedText.unify(seed, factCorrections.filter { $0.tenants.contains(tenant) })))
    }

    @Test("the working copy's company facts are the seed's", arguments: ["js-ict", "m-ict", "webcircuit", "juict", "jsm"])
    func companyFactsAreTheSeeds(tenant: String) throws {
        let seed = try Self.factSeed(tenant)
        var diagnostics = Diagnostics()
        let source = try #require(ProjectLoader(root: Self.repoRoot).loadTenant(tenant, diagnostics: &diagnostics),
                                  "\(diagnostics.all.map(\.description))")
        let company = source.config.company
        let values: [(String, String?)] = [
            ("company.name", company.name), ("company.legal_name", company.legalName),
            ("company.registration.number", company.registration?.number),
            ("company.address.street", company.address.street), ("company.address.postal_code", company.address.postalCode),
            ("company.address.city", company.address.city), ("company.phone", company.phone),
            ("company.email.privacy", company.email.privacy), ("company.email.general", company.email.general),
        ]
        for (key, value) in values {
            guard let value else { continue }
            #expect(seed.contains(SeedText.normalise(value)), "\(tenant): \(key) '\(value)' is not in the seed")
        }
    }

    @Test("JUICT's and JSM's purposes are their statements' own", arguments: ["juict", "jsm"])
    func purposeFactsAreTheSeeds(tenant: String) throws {
        let seed = try Self.factSeed(tenant)
        var diagnostics = Diagnostics()
        let source = try #require(ProjectLoader(root: Self.repoRoot).loadTenant(tenant, diagnostics: &diagnostics),
                                  "\(diagnostics.all.map(\.description))")
        let purposes = source.config.facts?.purposes ?? []
        #expect(purposes.count >= 8, "\(tenant) states \(purposes.count) purposes")
        let problems = purposes.flatMap { Self.factProblems($0, seed: seed) }
        #expect(problems.isEmpty, "not in the seed of \(tenant):\n\(problems.joined(separator: "\n"))")
    }

    /// Pins that the purpose check can fail: an invented period, interest or name is reported.
    @Test func inventedPurposeFactsAreReported() throws {
        let seed = SeedText.normalise("1. Aangaan en uitvoering overeenkomst: … bewaren tot 12 maanden. Ons belang is het goed kunnen werken.")
        let real = TenantFacts.Purpose(id: "overeenkomst", name: "Aangaan en uitvoering overeenkomst (doel 1)", basis: .known(.legitimateInterest),
                                       interest: .known("het goed kunnen werken"), law: nil, retention: .known("tot 12 maanden"))
        #expect(Self.factProblems(real, seed: seed).isEmpty)
        var invented = real
        invented.retention = .known("5 jaar")
        invented.interest = .known("het verkopen van gegevens")
        invented.name = "Marketing"
        #expect(Self.factProblems(invented, seed: seed) == [
            "overeenkomst: name 'Marketing'",
            "overeenkomst: interest 'het verkopen van gegevens'",
            "overeenkomst: retention period '5 jaar'",
        ])
        var unknown = real
        unknown.retention = .unknown("Hoe lang?")
        #expect(Self.factProblems(unknown, seed: seed).isEmpty, "an open question quotes nothing")
    }
}
