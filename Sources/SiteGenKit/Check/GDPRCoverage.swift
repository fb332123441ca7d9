/// Works out which GDPR Art. 13 items a tenant's statement covers, from the `covers:` of the
/// clauses it lists and of the clauses those include (`{{> id}}`). An include inside `{{#if}}`
/// counts only when the condition holds for the tenant, so a clause that is switched off does not
/// make the statement look complete; a condition that cannot be decided here (a name inside
/// `{{#each}}`) counts both branches.
///
/// The DPO item applies only where `dpo:` is set. A gap the tenant acknowledged in `gdpr:
/// acknowledged:` is reported as such, with its reason; any other gap is a warning at the
/// `statement:` key, or an error under `--strict`.
struct GDPRCoverage {
    /// The tenant as loaded: its config, key locations and own clauses.
    let tenant: TenantSource
    /// The clauses the statement lists, in order.
    let clauses: [Clause]
    /// The tenant's placeholder values, to decide `{{#if}}` around includes.
    let values: TemplateValue
    /// Finds a clause for `{{> id}}` the way the resolver does (tenant first, then libraries).
    let lookUp: (String) -> Clause?

    /// The diagnostics' rule id, as `ContentLinter`'s findings carry theirs.
    static let ruleID = "gdpr-coverage"

    /// The coverage of `tenant`'s resolved statement.
    init(tenant: TenantSource, resolved: ResolvedTenant, libraries: [Library]) {
        let resolver = ClauseResolver(libraries: libraries)
        self.tenant = tenant
        clauses = resolved.statement.clauses
        values = resolved.values
        lookUp = { resolver.clause($0, for: tenant) }
    }

    /// Coverage for `clauses` with explicit inputs, for tests.
    init(tenant: TenantSource, clauses: [Clause], values: TemplateValue, lookUp: @escaping (String) -> Clause?) {
        self.tenant = tenant
        self.clauses = clauses
        self.values = values
        self.lookUp = lookUp
    }

    /// The report, with a diagnostic for every gap and for every acknowledgement that is not needed.
    func report(strict: Bool, diagnostics: inout Diagnostics) -> CoverageReport {
        let coveredBy = coveringClauses()
        let acknowledged = tenant.config.gdpr?.acknowledged?.reasons ?? [:]
        let dpoAppointed = tenant.config.dpo != nil
        var items: [CoverageReport.Item] = []
        for item in GDPRItem.allCases {
            let clauses = coveredBy[item] ?? []
            let status: CoverageReport.Status
            var reason: String?
            if item == .dpoContact && !dpoAppointed {
                status = .notApplicable
                reason = "no data protection officer is appointed (tenant.yaml has no 'dpo:')"
            } else if !clauses.isEmpty {
                status = .covered
            } else if let why = acknowledged[item] {
                status = .acknowledged
                reason = why
            } else {
                status = .missing
                diagnostics.report(gap(item, strict: strict))
            }
            if status == .covered, acknowledged[item] != nil {
                diagnostics.report(.warning(
                    "'\(item.rawValue)' is acknowledged as a gap, but clause '\(clauses[0])' covers it [\(Self.ruleID)]",
                    at: tenant.keyLocations["gdpr.acknowledged.\(item.rawValue)"],
                    notes: ["remove the acknowledgement from \(tenant.configFile), so the config says what is true"]))
            }
            items.append(.init(id: item.rawValue, article: item.article, label: item.label, status: status,
                               clauses: clauses, reason: reason))
        }
        return CoverageReport(tenantID: tenant.id, items: items)
    }

    private func gap(_ item: GDPRItem, strict: Bool) -> Diagnostic {
        Diagnostic(strict ? .error : .warning,
                   "the statement of tenant '\(tenant.id)' does not cover GDPR Art. \(item.article): \(item.label) [\(Self.ruleID)]",
                   at: tenant.keyLocations["statement"] ?? .init(file: tenant.configFile),
                   notes: ["no clause in the statement declares 'covers: [\(item.rawValue)]'",
                           "add a clause that informs about it; or, if it does not apply to this tenant, say why in "
                           + "\(tenant.configFile): gdpr: { acknowledged: { \(item.rawValue): \"…\" } }"])
    }

    /// For each item, the clauses that cover it: `id` for a listed clause, `id > included` for
    /// one it includes.
    func coveringClauses() -> [GDPRItem: [String]] {
        var result: [GDPRItem: [String]] = [:]
        for clause in clauses {
            var visited: Set<String> = [clause.id]
            collect(clause, path: clause.id, visited: &visited, into: &result)
        }
        return result
    }

    private func collect(_ clause: Clause, path: String, visited: inout Set<String>, into result: inout [GDPRItem: [String]]) {
        for item in clause.covers where !(result[item]?.contains(path) ?? false) {
            result[item, default: []].append(path)
        }
        for id in includes(in: clause.template.nodes) where !visited.contains(id) {
            visited.insert(id)
            guard let included = lookUp(id) else { continue }
            collect(included, path: "\(path) > \(id)", visited: &visited, into: &result)
        }
    }

    /// The clause ids `nodes` include on the branches this tenant takes.
    private func includes(in nodes: [PlaceholderTemplate.Node]) -> [String] {
        nodes.flatMap { node -> [String] in
            switch node {
            case let .include(id, _):
                return [id]
            case let .conditional(condition, negated, then, otherwise, _):
                guard let holds = holds(condition) else { return includes(in: then) + includes(in: otherwise) }
                return includes(in: holds != negated ? then : otherwise)
            case let .each(path, body, _):
                if case let .list(list)? = values.value(at: path), list.isEmpty { return [] }
                return includes(in: body)
            case .text, .value:
                return []
            }
        }
    }

    /// Whether a condition holds for the tenant; nil when its name is not a tenant value.
    private func holds(_ condition: PlaceholderTemplate.Condition) -> Bool? {
        values.value(at: condition.path).map(condition.holds(for:))
    }
}
