/// The text of a new tenant.yaml. Comments say what each value means and mark the two kinds of
/// value the company must look at: FILL IN (a placeholder: words in square brackets, which
/// `sitegen check` reports as an unfilled blank wherever the statement shows them, or an address
/// under the reserved `.example` domain) and CHECK (a library default that may not be true for
/// this company). No fact about the company is made up.
struct TenantYAML {
    let id: String
    let name: String
    let jurisdiction: Jurisdiction
    let theme: String
    let services: [String]
    let libraries: [Library]

    /// The shared template's sections in reading order, as the JS-ICT / M-ICT / Webcircuit family
    /// uses them; ids the libraries do not have are left out.
    static let standardStatement = [
        "intro", "controller", "processing", "use", "recipients", "rights", "rights-access", "rights-rectification",
        "rights-objection-erasure", "rights-restriction", "rights-portability", "complaint", "withdraw-consent",
        "contact", "closing",
    ]

    /// The whole file.
    var text: String {
        (header + company + serviceLines + varLines + factLines + statementLines).joined(separator: "\n") + "\n"
    }

    private var header: [String] {
        let language: Language = jurisdiction == .be ? .nlBE : .nl
        return [
            "# \(name) — made by `sitegen new tenant`. Every value below can end up in the published",
            "# privacy statement; docs/authoring.md describes each key.",
            "#",
            "#   FILL IN  a placeholder. Words in [square brackets] are reported by `sitegen check` wherever",
            "#            the statement shows them; the .example addresses (reserved, they reach nobody) are",
            "#            not: replace them yourself.",
            "#   CHECK    a default from the shared library: keep it only if it is true for this company.",
            "#",
            "# Nothing is published before it is released, and only \(name) can approve its statement.",
            "",
            "title: Privacyverklaring   # the page title",
            "language: \(language.rawValue)   # nl | nl-BE: the language of the statement and the page",
            "register: u   # u | je: the statement addresses the reader formally (u) or informally (je)",
            "jurisdiction: \(jurisdiction.rawValue)   # NL | BE: whose supervisory authority and law the statement names",
            "theme: \(theme)   # a folder in themes/; the theme's colours are set under brand: (see its theme.yaml)",
            "# brand: { primary: \"#0b5394\" }",
            "base_url: https://privacy.\(id).example/   # FILL IN: where the site will be published (canonical links, feed)",
        ]
    }

    private var company: [String] {
        [
            "company:",
            "  name: \(Self.quoted(name))   # how the statement names the company",
            "  address:   # FILL IN: the address visitors can write to",
            "    street: \"[straat en huisnummer]\"",
            "    postal_code: \"[postcode]\"",
            "    city: \"[plaats]\"",
            "  phone: \"[telefoonnummer]\"   # FILL IN: the number visitors call with questions about privacy",
            "  hours:   # FILL IN: when that number is answered (\"maandag t/m vrijdag\", \"09:00\", \"17:00\")",
            "    days: \"[dagen]\"",
            "    open: \"[van]\"",
            "    close: \"[tot]\"",
            "  email:   # FILL IN",
            "    privacy: privacy@\(id).example   # where visitors send privacy requests",
            "    general: info@\(id).example   # for any other question",
            "# dpo: { name: \"…\", title: Functionaris gegevensbescherming }   # only if a data protection officer is appointed",
            "",
        ]
    }

    private var serviceLines: [String] {
        var lines = [
            "# What the company sells, from the service catalogue (tenants/_shared/library.yaml). Each service",
            "# brings rows of the processing register: which data, how long it is kept, who is responsible,",
            "# on which legal basis. 'general' is what every customer relationship needs.",
            "services: [\(services.joined(separator: ", "))]",
            "# CHECK every row below against what \(name) really does; change a row under processing:",
            "#   processing:",
            "#     general/traffic-data: { retention: Drie jaar }",
            "#     general/call-recordings: { include: true }   # an optional row is left out until included",
        ]
        for service in services {
            guard let library = libraries.first(where: { $0.config.services?[service] != nil }),
                  let rows = library.config.services?[service]?.rows else { continue }
            for rowID in library.rowOrder[service] ?? rows.keys.sorted() {
                guard let row = rows[rowID] else { continue }
                let retention = row.retention.map { $0.known ?? "unknown" } ?? "–"
                let state = row.optional == true ? "optional, left out" : "retention \(retention)"
                lines.append("#   \(service)/\(rowID): \(state); basis: \(basisLabel(row.basis))")
            }
        }
        lines.append("")
        return lines
    }

    private var varLines: [String] {
        let declarations = libraries.flatMap { ($0.config.vars ?? [:]).sorted { $0.key < $1.key } }
        guard !declarations.isEmpty else { return [] }
        var set: [String] = [], flags: [String] = []
        for (key, declaration) in declarations {
            switch (declaration.type, declaration.default) {
            case let (.text, .string(text)?) where !text.isEmpty, let (.markdown, .string(text)?) where !text.isEmpty:
                set.append("  \(key): \(Self.quoted("[\(text)]"))")
            case (_, nil):
                // No default: the library leaves these words to the company.
                set.append("  \(key): \(Self.quoted("[FILL IN: \(declaration.description ?? key)]"))")
            case let (_, .string(text)?):
                flags.append("  # \(key): \(Self.quoted(text))")
            case let (_, .flag(flag)?):
                flags.append("  # \(key): \(flag)")
            }
        }
        return [
            "# Words and choices of the shared text, declared in the library. FILL IN: the library's default",
            "# is shown in brackets; keep its words (without the brackets) only if they are true.",
            "vars:",
        ] + set + ["  # Switches and optional words, at the library's defaults:"] + flags + [""]
    }

    /// The GDPR Art. 13 facts only the company can give, each an open question (`{ unknown: … }`):
    /// no fact is made up. `require_approval: true` keeps the scaffold from being released before a
    /// named person at the company has weighed them (docs/authoring.md, "A new tenant").
    private var factLines: [String] {
        func unknown(_ key: String, _ question: String) -> String {
            "  \(key): { unknown: \(Self.quoted(question)) }"
        }
        return [
            "# FILL IN: the facts GDPR Art. 13 asks for that only \(name) can give (docs/authoring.md, \"Facts\").",
            "# Each is an open question until answered; print them with the bp-transfers, bp-statutory-requirement",
            "# and bp-automated-decisions clauses. `sitegen check` lists each open question.",
            "facts:",
            unknown("recipients", "Aan welke categorieën ontvangers (leveranciers, autoriteiten) geeft \(name) persoonsgegevens?"),
            unknown("transfers", "Gaan persoonsgegevens naar landen buiten de EER, naar welke, en op welke grond?"),
            unknown("requirement", "Welke gegevens moet een klant verstrekken, is dat wettelijk of contractueel verplicht, en wat als hij dat niet doet?"),
            unknown("automated_decisions", "Neemt \(name) besluiten die uitsluitend op geautomatiseerde verwerking berusten, profilering inbegrepen?"),
            "# Only \(name) can approve its statement: `sitegen release` refuses it without --approved-by NAME.",
            "require_approval: true",
            "",
        ]
    }

    private var statementLines: [String] {
        let available = Set(libraries.flatMap(\.clauses.ids))
        let others = available.subtracting(Self.standardStatement).sorted()
        return [
            "# The statement: clause ids in reading order, from tenants/_shared/clauses/. A clause of the",
            "# same id in tenants/\(id)/clauses/ replaces the shared one for this tenant only.",
        ] + (others.isEmpty ? [] : Self.wrapped("# CHECK: the library also has " + others.joined(separator: ", ")
                                                + " (docs/legal-review.md says which bp-* clause replaces which).")) + [
            "statement:",
        ] + Self.standardStatement.filter(available.contains).map { "  - \($0)" } + [
            "# GDPR Art. 13 items the statement leaves out on purpose, each with the reason (sitegen check",
            "# lists them); only \(name) can say an item does not apply:",
            "# gdpr: { acknowledged: { automated-decisions: \"…\" } }",
        ]
    }

    /// A YAML double-quoted scalar; the caller has refused control characters.
    static func quoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    /// `comment` split into comment lines of at most about 100 characters, at spaces.
    static func wrapped(_ comment: String) -> [String] {
        var lines: [String] = [], line = ""
        for word in comment.dropFirst(2).split(separator: " ") {
            if !line.isEmpty, line.count + word.count > 96 {
                lines.append("# " + line)
                line = ""
            }
            line += (line.isEmpty ? "" : " ") + word
        }
        return lines + (line.isEmpty ? [] : ["# " + line])
    }

    /// The first sentence of a register string, enough for a one-line comment.
    /// A row's basis as the statement prints it (the library's label), or the open question.
    private func basisLabel(_ basis: Fact<LegalBasis>?) -> String {
        switch basis {
        case nil: return "none (an error)"
        case let .known(value)?: return libraries.lazy.compactMap { $0.config.legalBases?[value] }.first ?? value.rawValue
        case .unknown?: return "unknown (an open question)"
        }
    }
}
