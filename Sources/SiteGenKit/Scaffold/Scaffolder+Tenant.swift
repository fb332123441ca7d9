import Foundation

extension Scaffolder {
    /// Writes `tenants/<id>/tenant.yaml` for `request`: every required key, the company name and
    /// services from the request, placeholders in square brackets (or reserved `.example`
    /// addresses) for facts only the company knows, and the library's defaults marked for
    /// checking. Nothing is written when anything is wrong, or when the folder exists.
    public func newTenant(_ request: NewTenant) -> ScaffoldReport {
        var report = ScaffoldReport()
        let loader = ProjectLoader(root: root)
        if !TenantID.isValid(request.id) { report.fail(TenantID.invalid(request.id), as: .usage) }
        let name = request.name.trimmingCharacters(in: .whitespaces)
        if name.isEmpty {
            report.fail(.error("the company name is empty", notes: ["pass it with --name \"…\", as the statement should write it"]), as: .usage)
        } else if Self.hasControlCharacters(name) {
            report.fail(.error("the company name holds a control character or a line break", notes: ["pass the name on one line"]), as: .usage)
        }
        let jurisdiction = Jurisdiction(rawValue: request.jurisdiction.uppercased())
        if jurisdiction == nil {
            report.fail(.error("invalid jurisdiction '\(request.jurisdiction)'",
                               notes: ["expected one of: \(Jurisdiction.allCases.map(\.rawValue).joined(separator: ", "))"]), as: .usage)
        }
        var loading = Diagnostics()
        let existing = loader.tenantIDs(diagnostics: &loading)
        let libraries = loading.hasErrors ? [] : loader.loadLibraries(diagnostics: &loading)
        if loading.hasErrors {
            report.diagnostics.report(contentsOf: loading)
            if report.failure == nil { report.failure = .content }
            return report
        }
        let themes = loader.themeNames()
        let theme = request.theme ?? (themes.contains("classic") ? "classic" : themes.first ?? "classic")
        if !themes.contains(theme) { report.fail(Self.unknown("theme", theme, known: themes), as: .usage) }
        let catalogue = libraries.flatMap(\.serviceOrder)
        for service in request.services where !catalogue.contains(service) {
            report.fail(Self.unknown("service", service, known: catalogue), as: .usage)
        }
        let folder = "tenants/\(request.id)"
        if report.failure == nil, existing.contains(request.id) || FileManager.default.fileExists(atPath: root.appendingPathComponent(folder).path) {
            report.fail(.error("tenant '\(request.id)' already exists", at: .init(file: folder),
                               notes: ["sitegen new never overwrites; choose another id or edit \(folder)/tenant.yaml"]), as: .usage)
        }
        guard report.failure == nil, let jurisdiction else { return report }

        var services = catalogue.contains("general") ? ["general"] : []
        for service in request.services where !services.contains(service) { services.append(service) }
        let yaml = TenantYAML(id: request.id, name: name, jurisdiction: jurisdiction, theme: theme,
                              services: services, libraries: libraries).text
        let file = "\(folder)/tenant.yaml"
        do {
            try ScaffoldWriter(root: root).create(folder: folder, files: [(file, Data(yaml.utf8))])
        } catch {
            report.diagnostics.report(contentsOf: error.diagnostics)
            report.failure = .content
            return report
        }
        report.created = [file]
        report.nextSteps = [
            "fill in every value marked FILL IN in \(file) (base_url and the e-mail addresses too: check cannot tell them from real ones), and keep a value marked CHECK only if it is true for \(name)",
            "sitegen check --tenant \(request.id)      lists what is still open: [placeholders], the open questions in facts:, GDPR Art. 13 coverage, not released",
            "sitegen serve --tenant \(request.id)      previews the statement while you edit",
            "sitegen release --tenant \(request.id) --summary \"…\" --approved-by \"…\"   once \(name) has read and approved it",
            "sitegen build --tenant \(request.id)      writes the site into output/\(request.id)/",
        ]
        return report
    }
}
