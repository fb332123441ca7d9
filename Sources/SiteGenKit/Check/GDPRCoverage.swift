/// Works out which GDPR Art. 13 items a tenant's statement covers from the facts that reached the
/// rendered page: what the placeholder expander recorded as printed (`PrintedFact`), the facts the
/// tenant states (`facts:`, the register rows) and, for the six rights, the page's text. What a
/// clause declares (`covers:`) counts for nothing. The table of what each item needs is in
/// docs/checks.md ("GDPR Art. 13 coverage").
///
/// An item whose facts are all on the page is covered. A fact written `{ unknown: "…" }` is an
/// open question: a warning `[open-question]` at its line, with the question. A fact that is not
/// stated or not printed makes the item missing: a warning `[gdpr-coverage]` at `statement:`
/// naming what is not there. Both are errors with `--strict`; `release` refuses a statement with a
/// missing item. Either can be acknowledged per item in `gdpr: acknowledged:`.
struct GDPRCoverage {
    /// The tenant as loaded: its config, key locations and own clauses.
    let tenant: TenantSource
    /// The tenant's placeholder values: the facts it states.
    let values: TemplateValue
    /// The facts the statement printed.
    let printed: [PrintedFact]
    /// The statement's Markdown, for the rights.
    let markdown: String
    /// Where the statement's lines come from.
    let sourceMap: SourceMap
    /// The libraries, for where a register row's open question is written.
    let libraries: [Library]

    /// The rule id of a missing item, as `ContentLinter`'s findings carry theirs.
    static let ruleID = "gdpr-coverage"
    /// The rule id of an open question.
    static let questionRuleID = "open-question"

    /// The coverage of `tenant`'s resolved statement.
    init(tenant: TenantSource, resolved: ResolvedTenant, libraries: [Library]) {
        self.init(tenant: tenant, values: resolved.values, printed: resolved.statement.printed,
                  markdown: resolved.statement.markdown, sourceMap: resolved.statement.sourceMap, libraries: libraries)
    }

    /// Coverage with explicit inputs.
    init(tenant: TenantSource, values: TemplateValue, printed: [PrintedFact], markdown: String, sourceMap: SourceMap, libraries: [Library]) {
        self.tenant = tenant
        self.values = values
        self.printed = printed
        self.markdown = markdown
        self.sourceMap = sourceMap
        self.libraries = libraries
    }

    /// The report, with a diagnostic for every missing item, every open question not acknowledged,
    /// and every acknowledgement of an item that is covered.
    func report(strict: Bool, diagnostics: inout Diagnostics) -> CoverageReport {
        let acknowledged = tenant.config.gdpr?.acknowledged?.reasons ?? [:]
        let page = PageFacts(printed)
        let purposes = purposeRefs()
        let rights = RightsText.rights(in: LintText(markdown))
        var items: [CoverageReport.Item] = []
        for item in GDPRItem.allCases {
            let found = evidence(for: item, page: page, purposes: purposes, rights: rights)
            let status: CoverageReport.Status
            var reason = found.notApplicable
            if found.notApplicable != nil {
                status = .notApplicable
            } else if found.missing.isEmpty && found.questions.isEmpty {
                status = .covered
                if acknowledged[item] != nil {
                    diagnostics.report(.warning(
                        "'\(item.rawValue)' is acknowledged as a gap, but the statement shows it [\(Self.ruleID)]",
                        at: tenant.keyLocations["gdpr.acknowledged.\(item.rawValue)"],
                        notes: ["remove the acknowledgement from \(tenant.configFile), so the config says what is true"]))
                }
            } else if let why = acknowledged[item] {
                status = .acknowledged
                reason = why
            } else if !found.missing.isEmpty {
                status = .missing
                diagnostics.report(gap(item, missing: found.missing, severity: strict ? .error : .warning))
            } else {
                status = .openQuestion
                for question in found.questions { diagnostics.report(open(question, item: item, severity: strict ? .error : .warning)) }
            }
            items.append(.init(id: item.rawValue, article: item.article, label: item.label, status: status,
                               facts: found.facts.map { .init(path: $0.path, value: $0.value, clause: "\($0.file):\($0.line)") },
                               questions: found.questions, missing: status == .missing ? found.missing : [], reason: reason))
        }
        return CoverageReport(tenantID: tenant.id, items: items)
    }

    /// The diagnostics `release` adds for `report`: every missing item that is not acknowledged is
    /// an error, so no statement is frozen with a gap nobody weighed. An open question is the
    /// company's to answer and stays a warning of `check`: the statement says what is known.
    func releaseErrors(_ report: CoverageReport) -> [Diagnostic] {
        report.items.compactMap { item -> Diagnostic? in
            guard item.status == .missing, let gdprItem = GDPRItem(rawValue: item.id) else { return nil }
            return gap(gdprItem, missing: item.missing, severity: .error)
        }
    }

    private func gap(_ item: GDPRItem, missing: [String], severity: Diagnostic.Severity) -> Diagnostic {
        let shown = missing.prefix(6) + (missing.count > 6 ? ["and \(missing.count - 6) more"] : [])
        return Diagnostic(severity, "the statement of tenant '\(tenant.id)' does not show GDPR Art. \(item.article): \(item.label) [\(Self.ruleID)]",
                          at: tenant.keyLocations["statement"] ?? .init(file: tenant.configFile),
                          notes: Array(shown) + ["state the fact under 'facts:' in \(tenant.configFile) and print it in a clause "
                                                 + "(docs/authoring.md, \"Facts\"); or, if it does not apply to this tenant, say why: "
                                                 + "gdpr: { acknowledged: { \(item.rawValue): \"…\" } }"])
    }

    private func open(_ question: CoverageReport.Question, item: GDPRItem, severity: Diagnostic.Severity) -> Diagnostic {
        Diagnostic(severity, "open question for GDPR Art. \(item.article) (\(item.label)) of tenant '\(tenant.id)': \(question.question) [\(Self.questionRuleID)]",
                   at: questionLocation(question.path) ?? tenant.keyLocations["statement"] ?? .init(file: tenant.configFile),
                   notes: ["'\(question.path)' is { unknown: … }: when the company answers, write the fact there and print it in a clause",
                           "until then, acknowledge it with the question as the reason: gdpr: { acknowledged: { \(item.rawValue): \"…\" } }"])
    }
}
