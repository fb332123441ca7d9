/// What each Art. 13 item needs on the page, item by item (the table in docs/checks.md).
extension GDPRCoverage {
    /// What was found for one item: the facts on the page, what is missing, the open questions,
    /// or why the item does not apply.
    struct Evidence {
        /// The item's facts on the page.
        var facts: [PrintedFact] = []
        /// What the item needs that is not on the page, one sentence each.
        var missing: [String] = []
        /// The item's facts that are open questions.
        var questions: [CoverageReport.Question] = []
        /// Why the item does not apply to the tenant; nil when it does.
        var notApplicable: String?
    }

    /// A purpose: a row of the processing register or one of `facts.purposes`.
    struct PurposeRef {
        /// How messages name it ("purpose 'klantrelatie'", "register row 'general/traffic-data'").
        let name: String
        /// Its path in the values (`facts.purposes.0`, `processing.3`).
        let path: String
        /// Its path for questions (`facts.purposes.0`, `processing.general/traffic-data`).
        let questionPath: String
        /// The field holding its name: `name`, or a register row's `data`.
        let nameField: String
        /// Its values (`basis_id`, `interest`, `law`, `retention`).
        let fields: [String: TemplateValue]

        /// The value of `field`, absent when the purpose has none.
        func value(_ field: String) -> TemplateValue { fields[field] ?? .absent }
    }

    /// The register rows, then `facts.purposes`.
    func purposeRefs() -> [PurposeRef] {
        var refs: [PurposeRef] = []
        if case let .list(rows)? = values.value(at: PlaceholderPath("processing")) {
            for (index, row) in rows.enumerated() {
                guard case let .map(fields) = row, case let .text(id)? = fields["id"] else { continue }
                refs.append(PurposeRef(name: "register row '\(id)'", path: "processing.\(index)", questionPath: "processing.\(id)",
                                       nameField: "data", fields: fields))
            }
        }
        if case let .list(purposes)? = values.value(at: PlaceholderPath("facts.purposes")) {
            for (index, purpose) in purposes.enumerated() {
                guard case let .map(fields) = purpose, case let .text(id)? = fields["id"] else { continue }
                refs.append(PurposeRef(name: "purpose '\(id)'", path: "facts.purposes.\(index)", questionPath: "facts.purposes.\(index)",
                                       nameField: "name", fields: fields))
            }
        }
        return refs
    }

    /// The evidence for `item`.
    func evidence(for item: GDPRItem, page: PageFacts, purposes: [PurposeRef], rights: [GDPRItem: Int]) -> Evidence {
        var found = Evidence()
        switch item {
        case .controllerIdentity:
            found.facts = page.at("company.name") + page.at("company.legal_name")
            if found.facts.isEmpty { found.missing = ["no clause prints the controller's name ({{company.name}} or {{company.legal_name}})"] }
        case .controllerContact:
            found.facts = page.below("company.email") + page.at("company.phone") + page.below("company.address")
            if found.facts.isEmpty { found.missing = ["no clause prints a way to reach the controller (company.email.*, company.phone or company.address.*)"] }
        case .dpoContact:
            guard let dpo = tenant.config.dpo else {
                found.notApplicable = "no data protection officer is appointed (tenant.yaml has no 'dpo:')"
                break
            }
            found.facts = page.at("dpo.email") + page.at("dpo.phone")
            if dpo.email == nil && dpo.phone == nil {
                found.missing = ["'dpo:' has no email or phone: a name alone is no way to reach the officer (Art. 13(1)(b))"]
            } else if found.facts.isEmpty {
                found.missing = ["no clause prints the officer's contact ({{dpo.email}} or {{dpo.phone}})"]
            }
        case .purposes:
            if purposes.isEmpty { found.missing = ["the tenant states no purposes: add 'facts.purposes' (or sell services of the register)"] }
            for purpose in purposes { require(purpose, purpose.nameField, what: "name", page: page, into: &found) }
        case .legalBasis:
            for purpose in purposes {
                require(purpose, "basis", what: "legal basis", page: page, into: &found, state: purpose.value("basis_id"))
                if case let .unknown(question) = purpose.value("law") {
                    found.questions.append(.init(path: "\(purpose.questionPath).law", question: question, location: nil))
                }
            }
        case .legitimateInterests:
            let relying = purposes.filter { $0.value("basis_id") == .text(LegalBasis.legitimateInterest.rawValue) }
            if relying.isEmpty { found.notApplicable = "no purpose rests on legitimate interest" }
            for purpose in relying { require(purpose, "interest", what: "legitimate interest", page: page, into: &found) }
        case .retention:
            for purpose in purposes { require(purpose, "retention", what: "retention period", page: page, into: &found) }
        case .recipients:
            noneOrFacts("facts.recipients", what: "recipients", page: page, into: &found) { fields in
                let stated = [fields["categories"], fields["processors"]].contains { if case let .list(list)? = $0 { return !list.isEmpty } else { return false } }
                guard stated else { return ["the tenant states no recipients: add 'facts.recipients' (categories, or none)"] }
                return page.below("facts.recipients").isEmpty ? ["no clause prints the recipients ({{#each facts.recipients.categories}})"] : []
            }
        case .transfers:
            noneOrFacts("facts.transfers", what: "transfers", page: page, into: &found) { fields in
                guard case let .list(list)? = fields["list"], !list.isEmpty else {
                    return ["the tenant states no transfers: add 'facts.transfers' (none, or each transfer)"]
                }
                var missing: [String] = []
                for index in list.indices {
                    for field in ["to", "mechanism"] {
                        let path = "facts.transfers.list.\(index).\(field)"
                        if case .unknown = values.value(at: PlaceholderPath(path)) ?? .absent { continue }
                        if page.at(path).isEmpty { missing.append("transfer \(index + 1): its '\(field)' (\(path)) is not on the page") }
                    }
                }
                return missing
            }
        case .statutoryRequirement:
            text("facts.requirement", what: "whether providing data is required and the consequence", page: page, into: &found)
        case .automatedDecisions:
            noneOrFacts("facts.automated_decisions", what: "automated decision-making", page: page, into: &found) { fields in
                ["logic", "consequences"].compactMap { field in
                    let path = "facts.automated_decisions.\(field)"
                    switch fields[field] ?? .absent {
                    case .absent: return "the tenant states no automated decision-making: add 'facts.automated_decisions' (none, or logic and consequences)"
                    case .unknown: return nil
                    default: return page.at(path).isEmpty ? "its \(field) (\(path)) is not on the page" : nil
                    }
                }.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            }
        case .complaint:
            found.facts = page.at("authority.name")
            if found.facts.isEmpty { found.missing = ["no clause prints the supervisory authority's name ({{authority.name}})"] }
        case .withdrawConsent:
            guard purposes.contains(where: { $0.value("basis_id") == .text(LegalBasis.consent.rawValue) }) else {
                found.notApplicable = "no purpose rests on consent"
                break
            }
            text("facts.consent_withdrawal", what: "how consent is withdrawn", page: page, into: &found)
        case .rightOfAccess, .rightToRectification, .rightToErasure, .rightToRestriction, .rightToPortability, .rightToObject:
            if let line = rights[item] {
                let location = sourceMap.location(ofLine: line)
                found.facts = [PrintedFact(path: "text", value: nil, file: location.file, line: location.line)]
            } else {
                found.missing = ["no sentence of the page names the \(item.label) (docs/checks.md lists the words that count)"]
            }
        }
        found.facts = page.inStatementOrder(found.facts)
        for index in found.questions.indices where found.questions[index].location == nil {
            let question = found.questions[index]
            found.questions[index] = .init(path: question.path, question: question.question, location: questionLocation(question.path)?.formatted)
        }
        return found
    }

    /// One field of a purpose: printed, an open question, or missing.
    private func require(_ purpose: PurposeRef, _ field: String, what: String, page: PageFacts, into found: inout Evidence,
                         state: TemplateValue? = nil) {
        switch state ?? purpose.value(field) {
        case let .unknown(question):
            found.questions.append(.init(path: "\(purpose.questionPath).\(field)", question: question, location: nil))
        case .absent:
            found.missing.append("\(purpose.name) states no \(what)")
        default:
            let facts = page.at("\(purpose.path).\(field)")
            if facts.isEmpty { found.missing.append("\(purpose.name): its \(what) (\(purpose.path).\(field)) is not on the page") }
            found.facts += facts
        }
    }

    /// A text fact under `facts.`: printed (or tested with words shown), an open question, or missing.
    private func text(_ path: String, what: String, page: PageFacts, into found: inout Evidence) {
        switch values.value(at: PlaceholderPath(path)) ?? .absent {
        case let .unknown(question): found.questions.append(.init(path: path, question: question, location: nil))
        case .absent: found.missing.append("the tenant states no \(path.dropFirst("facts.".count)) (\(what)): add it under 'facts:'")
        default:
            found.facts = page.at(path)
            if found.facts.isEmpty { found.missing.append("no clause prints {{\(path)}}") }
        }
    }

    /// A fact that may be `none`: its `none` branch shown, or `check` on its stated values; an open
    /// question (of the whole or of any value below it) is recorded as such.
    private func noneOrFacts(_ path: String, what: String, page: PageFacts, into found: inout Evidence,
                             check: ([String: TemplateValue]) -> [String]) {
        switch values.value(at: PlaceholderPath(path)) ?? .absent {
        case let .unknown(question):
            found.questions.append(.init(path: path, question: question, location: nil))
        case let .map(fields) where fields["none"] == .flag(true):
            found.facts = page.at("\(path).none")
            if found.facts.isEmpty { found.missing = ["'\(path): none' is not on the page: show it with {{#if \(path).none}}…{{/if}}"] }
        case let .map(fields):
            found.facts = page.below(path).filter { $0.path != "\(path).none" }
            found.missing = check(fields)
            collectQuestions(in: .map(fields), path: path, into: &found)
        default:
            found.missing = ["the tenant states no \(what): add '\(path)'"]
        }
    }

    private func collectQuestions(in value: TemplateValue, path: String, into found: inout Evidence) {
        switch value {
        case let .unknown(question): found.questions.append(.init(path: path, question: question, location: nil))
        case let .map(map): for (key, child) in map.sorted(by: { $0.key < $1.key }) { collectQuestions(in: child, path: "\(path).\(key)", into: &found) }
        case let .list(list): for (index, child) in list.enumerated() { collectQuestions(in: child, path: "\(path).\(index)", into: &found) }
        default: break
        }
    }

    /// Where the open question at `path` is written: the tenant's facts or processing override,
    /// or the library's register row.
    func questionLocation(_ path: String) -> Diagnostic.Location? {
        let parts = path.split(separator: ".").map(String.init)
        if parts.first == "processing", parts.count == 3 {
            let (row, field) = (parts[1], parts[2])
            if let location = tenant.keyLocations["processing.\(row).\(field)"] { return location }
            let rowParts = row.split(separator: "/", maxSplits: 1).map(String.init)
            guard rowParts.count == 2 else { return nil }
            return libraries.lazy.compactMap { $0.keyLocations["services.\(rowParts[0]).rows.\(rowParts[1]).\(field)"] }.first
        }
        // facts.transfers.list.0.to → facts.transfers[0].to
        var yaml = ""
        for part in parts where part != "list" {
            yaml += part.allSatisfy(\.isNumber) ? "[\(part)]" : (yaml.isEmpty ? part : ".\(part)")
        }
        return tenant.keyLocations[yaml]
    }
}
