/// Makes the synthetic tenants and the edits between their released versions. Every tenant and
/// every release round draws from its own random stream, so tenant 7 is the same tenant in a
/// project of 10 and of 10,000, and the project is the same for a seed on every machine.
public struct TenantFactory: Sendable {
    /// What changed in a tenant between two releases; the release summary says it.
    public enum Edit: String, Sendable, CaseIterable {
        case retention, service, optionalRow, phone, address

        /// The summary of a release made of this edit, as a visitor reads it in the changelog.
        public var summary: String {
            switch self {
            case .retention: return "Een bewaartermijn in het overzicht van verwerkingen is aangepast."
            case .service: return "Een nieuwe dienst en de gegevens die daarvoor worden verwerkt zijn toegevoegd."
            case .optionalRow: return "Het overzicht van verwerkingen is aangevuld."
            case .phone: return "Het telefoonnummer is gewijzigd."
            case .address: return "Het adres is gewijzigd na een verhuizing."
            }
        }
    }

    /// The themes tenants are spread over.
    public static let themes = ["classic", "corporate", "legal"]

    /// What is read from the repository.
    public let corpus: SourceCorpus
    /// The seed every random stream derives from.
    public let seed: UInt64

    /// A factory drawing from `seed`.
    public init(corpus: SourceCorpus, seed: UInt64) {
        self.corpus = corpus
        self.seed = seed
    }

    /// Tenant number `index` (0-based).
    public func make(index: Int) -> TenantSpec {
        var rng = SplitMix64(seed: seed, stream: UInt64(index) &* 4)
        let roll = rng.below(10)
        let style: TenantSpec.Style = roll < 8 ? .sharedTemplate : roll == 8 ? .ownTextInformal : .ownTextFormal
        let prefix = rng.pick(NameBank.namePrefixes), suffix = rng.pick(NameBank.nameSuffixes)
        let name = rng.chance(0.5) ? "\(prefix) \(suffix)" : prefix + suffix.lowercased()
        let slug = String(name.lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) })
        let belgian = style == .ownTextFormal
        let domain = slug + (belgian ? ".be" : ".nl")
        let theme = rng.pick(Self.themes)
        let company = TenantSpec.Company(
            name: name, address: Self.address(belgian: belgian, rng: &rng), phone: Self.phone(belgian: belgian, rng: &rng),
            hours: (rng.pick(NameBank.dayRanges), rng.pick(NameBank.openTimes), rng.pick(NameBank.closeTimes)),
            privacyEmail: rng.chance(0.5) ? "privacy@\(domain)" : "info@\(domain)", generalEmail: "info@\(domain)")
        var spec = TenantSpec(
            id: "\(slug)-\(String(index).leftPadded(to: 5))", style: style, title: "Privacyverklaring", language: "nl", register: "u",
            jurisdiction: "NL", theme: theme, brand: BrandPalette.brand(for: theme, rng: &rng),
            baseURL: "https://privacy.\(domain)/", company: company, dpo: nil, services: [], processing: [], cookies: [], vars: [],
            statement: [], hasLogo: theme == "corporate" && rng.chance(0.3))
        switch style {
        case .sharedTemplate: fillSharedTemplate(&spec, prefix: prefix, rng: &rng)
        case .ownTextInformal: fillOwnText(&spec, model: corpus.informal, rng: &rng)
        case .ownTextFormal: fillOwnText(&spec, model: corpus.formal, rng: &rng)
        }
        return spec
    }

    /// Applies the edit of release `round` (2, 3, …) to `spec`; nil when the tenant is not changed
    /// in that round. Round 2 changes every tenant, later rounds about half of them.
    public func edit(_ spec: inout TenantSpec, index: Int, round: Int) -> Edit? {
        var rng = SplitMix64(seed: seed, stream: UInt64(index) &* 4 &+ UInt64(round))
        guard round <= 2 || rng.chance(0.5) else { return nil }
        var choices: [Edit] = [.phone, .address]
        if spec.style == .sharedTemplate {
            choices += [.retention, .retention, .optionalRow]
            if spec.services.count < corpus.services.count { choices.append(.service) }
        }
        let edit = rng.pick(choices)
        switch edit {
        case .phone:
            let old = spec.company.phone
            while spec.company.phone == old { spec.company.phone = Self.phone(belgian: spec.jurisdiction == "BE", rng: &rng) }
        case .address:
            let old = spec.company.address.street
            while spec.company.address.street == old {
                spec.company.address.street = "\(rng.pick(spec.jurisdiction == "BE" ? NameBank.streetsBE : NameBank.streets)) \(rng.int(in: 1...250))"
            }
        case .retention:
            let rows = activeRows(of: spec)
            let row = rng.pick(rows)
            let current = spec.processing.first { $0.key == row.key }?.retention ?? row.row.retention
            let choices = NameBank.retentions.filter { $0 != current }
            spec.setRetention(rng.pick(choices), forRow: row.key)
        case .optionalRow:
            let optional = corpus.services.filter { spec.services.contains($0.id) }
                .flatMap { service in service.rows.filter(\.optional).map { "\(service.id)/\($0.id)" } }
            if let index = spec.processing.firstIndex(where: { optional.contains($0.key) && $0.include == true }), rng.chance(0.3) {
                spec.processing[index].include = false
            } else if let key = optional.first(where: { key in !spec.processing.contains { $0.key == key && $0.include == true } }) {
                spec.processing.removeAll { $0.key == key }
                spec.processing.append(.init(key: key, include: true))
            } else {
                // Every optional row is on already: change the retention of one (an edit must change the text).
                let key = optional[rng.below(optional.count)]
                let current = spec.processing.first { $0.key == key }?.retention
                    ?? activeRows(of: spec).first { $0.key == key }?.row.retention
                spec.setRetention(rng.pick(NameBank.retentions.filter { $0 != current }), forRow: key)
            }
        case .service:
            let missing = corpus.services.map(\.id).filter { !spec.services.contains($0) }
            let added = rng.pick(missing)
            spec.services = corpus.services.map(\.id).filter { spec.services.contains($0) || $0 == added }
        }
        return edit
    }

    private func fillSharedTemplate(_ spec: inout TenantSpec, prefix: String, rng: inout SplitMix64) {
        let catalogue = corpus.services
        spec.services = catalogue.enumerated().filter { index, _ in index == 0 || rng.chance(0.55) }.map(\.element.id)
        for service in catalogue where spec.services.contains(service.id) {
            for row in service.rows where row.optional && rng.chance(0.4) {
                spec.processing.append(.init(key: "\(service.id)/\(row.id)", include: true,
                                             retention: rng.chance(0.5) ? rng.pick(NameBank.retentions) : nil))
            }
        }
        for _ in 0..<rng.below(4) {
            let row = rng.pick(activeRows(of: spec))
            spec.setRetention(rng.pick(NameBank.retentions), forRow: row.key)
        }
        if spec.services.contains("ticket-system"), rng.chance(0.3) {
            spec.processing.append(.init(key: "ticket-system", label: "\(spec.company.name) Ticket Systeem"))
        }
        if rng.chance(0.4) { spec.vars.append(("provider_kind", .text(rng.pick(NameBank.providerKinds)))) }
        // The library gives `offered_services` no default (it must be true for the company); derived
        // from the services, without drawing from `rng`, so the rest of the project stays as it was.
        let sold = spec.services.filter { $0 != "general" }
        spec.vars.append(("offered_services", .text(sold.count < 2 ? (sold.first ?? "ICT-diensten")
                                                                  : sold.dropLast().joined(separator: ", ") + " en " + sold.last!)))
        for flag in ["mainly_business", "column_letters", "third_party_contracts", "merge_shielded_number_paragraph",
                     "authority_link", "consent_by_contact", "contact_bold", "address_with_te"] where rng.chance(0.45) {
            spec.vars.append((flag, .flag(true)))
        }
        if rng.chance(0.3) { spec.vars.append(("short_name", .text(prefix))) }
        if rng.chance(0.35) {
            spec.dpo = ("\(rng.pick(NameBank.firstInitials)) \(rng.pick(NameBank.surnames))", rng.pick(NameBank.dpoTitles))
        }
        if rng.chance(0.6) {
            let necessary = rng.int(in: 1...2), targeting = rng.below(3)
            for (cookieName, purpose) in NameBank.cookieNecessary.prefix(necessary) {
                spec.cookies.append(.init(group: "necessary", name: cookieName, placedBy: spec.company.name, purpose: purpose))
            }
            for (cookieName, purpose) in NameBank.cookieTargeting.prefix(targeting) {
                spec.cookies.append(.init(group: "targeting", name: cookieName, placedBy: spec.company.name, purpose: purpose))
            }
            spec.title = "Privacy- en cookieverklaring"
        }
        spec.statement = SharedStatement.clauses(hasCookies: !spec.cookies.isEmpty, hasDPO: spec.dpo != nil, rng: &rng)
    }

    private func fillOwnText(_ spec: inout TenantSpec, model: SourceCorpus.OwnText, rng: inout SplitMix64) {
        spec.title = model.title
        spec.language = model.language
        spec.register = model.register
        spec.jurisdiction = model.jurisdiction
        // The real statement leaves some Art. 13 items out (and gets check warnings for it); the
        // copies add the platform's clause for each, in the statement's register, before the last section.
        let additions = model.uncovered.compactMap { PlatformLibrary.clause(covering: $0, register: model.register) }
        spec.statement = model.statement.dropLast() + additions + model.statement.suffix(1)
        spec.copiedBlocks = model.copiedBlocks
        let belgian = model.jurisdiction == "BE"
        spec.company.legalName = spec.company.name
        spec.company.legalForm = rng.pick(belgian ? NameBank.legalFormsBE : NameBank.legalFormsNL)
        spec.company.registration = belgian
            ? ("Ondernemingsnummer", "BE0\(rng.int(in: 100...999)).\(rng.int(in: 100...999)).\(rng.int(in: 100...999))")
            : ("KvK", String(rng.int(in: 10_000_000...99_999_999)))
        spec.company.website = "www." + spec.baseURL.dropFirst("https://privacy.".count).dropLast()
        if rng.chance(0.5) { spec.company.hours = nil }
    }

    /// The register rows the tenant's services bring, optional ones only when switched on.
    private func activeRows(of spec: TenantSpec) -> [(key: String, row: SourceCorpus.Row)] {
        corpus.services.filter { spec.services.contains($0.id) }.flatMap { service in
            service.rows.filter { row in
                !row.optional || spec.processing.contains { $0.key == "\(service.id)/\(row.id)" && $0.include == true }
            }.map { ("\(service.id)/\($0.id)", $0) }
        }
    }

    private static func address(belgian: Bool, rng: inout SplitMix64) -> TenantSpec.Address {
        if belgian {
            let (city, postcode) = rng.pick(NameBank.citiesBE)
            return .init(street: "\(rng.pick(NameBank.streetsBE)) \(rng.int(in: 1...250))", postalCode: postcode, city: city, country: "België")
        }
        let letters = Array("ABCEGHJKLMNPRTVWXZ")
        let postcode = "\(rng.int(in: 1000...9999)) \(rng.pick(letters))\(rng.pick(letters))"
        return .init(street: "\(rng.pick(NameBank.streets)) \(rng.int(in: 1...250))", postalCode: postcode,
                     city: rng.pick(NameBank.citiesNL), country: "Nederland")
    }

    private static func phone(belgian: Bool, rng: inout SplitMix64) -> String {
        if belgian {
            return "+32(0)\(rng.int(in: 10...99))/\(rng.int(in: 10...99)).\(rng.int(in: 10...99)).\(rng.int(in: 10...99))"
        }
        let area = rng.pick(NameBank.areaCodes)
        let digits = (0..<(10 - area.count)).map { _ in String(rng.below(10)) }.joined()
        return "\(area)-\(digits)"
    }
}

private extension String {
    /// Zero-padded to `width` digits, so tenant ids sort by number.
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}
