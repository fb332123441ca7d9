/// Builds the processing register — the rows of "Type dienst / Type gegevens / Bewaartermijnen /
/// Verantwoordelijke / Grond voor verwerking" — from the service catalogue and a tenant's choices.
/// Each row is a purpose of the facts model: `basis` prints the library's label of its typed
/// basis, `basis_id` is the basis itself, `interest` and `law` the row's texts (`id` is
/// `service/row`).
enum ProcessingRegister {
    /// What `responsible: controller|client` stand for; anything else is shown as written.
    static let responsibleAliases = ["controller": "{{company.name}}", "client": "Opdrachtgevende partij"]

    /// The register rows as values for `{{#each processing}}`, in catalogue order. With a `cache`
    /// (the run's), each catalogue string is parsed once however many tenants expand it.
    static func rows(for tenant: TenantSource, libraries: [Library], values: TemplateValue, cache: PlaceholderTemplateCache? = nil,
                     diagnostics: inout Diagnostics) -> TemplateValue {
        let overrides = tenant.config.processing ?? [:]
        let sold = Set(tenant.config.services ?? [])
        checkOverrideKeys(overrides.keys, tenant: tenant, libraries: libraries, diagnostics: &diagnostics)
        var rows: [TemplateValue] = []
        var labels = LabelLookup(libraries: libraries, tenant: tenant)
        for library in libraries {
            for serviceID in library.serviceOrder where sold.contains(serviceID) {
                guard let service = library.config.services?[serviceID] else { continue }
                let label = overrides[serviceID]?.label ?? service.label
                var first = true
                for rowID in library.rowOrder[serviceID] ?? [] {
                    guard let row = service.rows[rowID] else { continue }
                    let key = "\(serviceID)/\(rowID)"
                    let override = overrides[key]
                    guard override?.include ?? !(row.optional ?? false) else { continue }
                    // Where the row's value starts: its line is where messages about the row and its strings point.
                    let rowLine = { library.keyLocations.value(at: "services.\(serviceID).rows.\(rowID)")?.line ?? 0 }
                    guard let retention = override?.retention ?? row.retention else {
                        diagnostics.report(.error("processing row '\(key)' has no retention period",
                                                  at: .init(file: library.configFile, line: rowLine()),
                                                  notes: ["set 'retention:' in the catalogue or in the tenant's 'processing:'",
                                                          "while building tenant '\(tenant.id)'"]))
                        continue
                    }
                    func expand(_ source: String) -> TemplateValue {
                        .markdown(expandString(source, file: library.configFile, line: rowLine, tenantID: tenant.id,
                                               values: values, cache: cache, diagnostics: &diagnostics))
                    }
                    func expand(_ fact: Fact<String>?) -> TemplateValue {
                        switch fact {
                        case let .known(source)?: return expand(source)
                        case let .unknown(question)?: return .unknown(question)
                        case nil: return .absent
                        }
                    }
                    // A changed basis brings its own interest and law: the catalogue's belong to the catalogue's basis.
                    guard let basis = override?.basis ?? row.basis else {
                        diagnostics.report(.error("processing row '\(key)' has no legal basis", at: .init(file: library.configFile, line: rowLine()),
                                                  notes: ["add 'basis:' with one of \(LegalBasis.allCases.map(\.rawValue).joined(separator: ", ")) "
                                                          + "(GDPR Art. 6(1), 13(1)(c)), in the catalogue or in the tenant's 'processing:'",
                                                          "while building tenant '\(tenant.id)'"]))
                        continue
                    }
                    let interest = override?.basis != nil ? override?.interest : override?.interest ?? row.interest
                    let law = override?.basis != nil ? override?.law : override?.law ?? row.law
                    let basisLocation = override?.basis != nil ? tenant.keyLocations["processing.\(key).basis"]
                        : Diagnostic.Location(file: library.configFile, line: rowLine())
                    if basis.known == .legitimateInterest && interest == nil {
                        diagnostics.report(.error("processing row '\(key)' rests on legitimate interest but names no interest", at: basisLocation,
                                                  notes: ["add 'interest: \"…\"': GDPR Art. 6(1)(f) and 13(1)(d) require the interest to be stated",
                                                          "while building tenant '\(tenant.id)'"]))
                    }
                    let responsible = override?.responsible ?? row.responsible
                    rows.append(.map([
                        "id": .text(key),
                        "service": .text(first ? label : ""),
                        "service_label": .text(label),
                        "data": expand(override?.data ?? row.data),
                        "retention": expand(retention),
                        "responsible": expand(responsibleAliases[responsible] ?? responsible),
                        "basis": labels.basis(basis, at: "processing.\(key).basis", location: basisLocation, diagnostics: &diagnostics),
                        "basis_id": basis.known.map { .text($0.rawValue) } ?? .unknown(basis.question ?? ""),
                        "interest": expand(interest),
                        "law": expand(law),
                    ]))
                    first = false
                }
            }
        }
        return .list(rows)
    }

    /// Expands a catalogue string as a one-off template; its tags are reported at the row's
    /// line, which is looked up (`line`) only when there is something to report. With a `cache`,
    /// a string is parsed once however many tenants (and rows) expand it.
    static func expandString(_ source: String, file: String, line: () -> Int, tenantID: String, values: TemplateValue,
                             cache: PlaceholderTemplateCache? = nil, diagnostics: inout Diagnostics) -> String {
        let (template, problems): (PlaceholderTemplate, [Diagnostic])
        if let cache {
            (template, problems) = cache.template(for: source, file: file)
        } else {
            var parseProblems: [Diagnostic] = []
            template = PlaceholderTemplate.parse(source, file: file, diagnostics: &parseProblems)
            problems = parseProblems
        }
        var expander = PlaceholderExpander(root: values, tenantID: tenantID, include: { _ in nil })
        let text = expander.expand(template)
        var found = problems + expander.diagnostics
        if !found.isEmpty {
            // The string was parsed as if it started on line 1; its first line is the row's.
            let shift = max(line(), 1) - 1
            for index in found.indices where found[index].location?.file == file {
                found[index].location!.line += shift
            }
        }
        diagnostics.report(contentsOf: found)
        return text
    }

    private static func checkOverrideKeys(_ keys: Dictionary<String, TenantConfig.ProcessingOverride>.Keys, tenant: TenantSource,
                                          libraries: [Library], diagnostics: inout Diagnostics) {
        for key in keys.sorted() {
            let parts = key.split(separator: "/", maxSplits: 1).map(String.init)
            let service = libraries.lazy.compactMap { $0.config.services?[parts[0]] }.first
            let known = parts.count == 1 ? service != nil : service?.rows[parts[1]] != nil
            if !known {
                diagnostics.report(.error("unknown \(parts.count == 1 ? "service" : "processing row") '\(key)'",
                                          at: tenant.keyLocations["processing.\(key)"],
                                          notes: ["keys are a service id ('general') or a service and row ('general/traffic-data') of the catalogue"]))
            } else if !(tenant.config.services ?? []).contains(parts[0]) {
                diagnostics.report(.warning("'\(key)' changes a service the tenant does not sell",
                                            at: tenant.keyLocations["processing.\(key)"],
                                            notes: ["add '\(parts[0])' to 'services:' or remove the override"]))
            }
        }
    }
}
