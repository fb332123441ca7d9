import Foundation

extension SiteBuilder {
    /// A tenant whose statement differs from its latest released version.
    public struct PendingChange: Sendable {
        public let tenantID: String
        /// The latest released Markdown, empty when nothing was released yet.
        public let released: String
        /// The Markdown as the sources give it now.
        public let current: String
    }

    /// The tenants in `scope` with unreleased changes, for `diff` and `check`.
    public func pendingChanges(_ scope: Scope, diagnostics: inout Diagnostics) -> [PendingChange] {
        guard let plan = plan(scope, loader: ProjectLoader(root: root), diagnostics: &diagnostics) else { return [] }
        return plan.tenantIDs.compactMap { id in
            guard let resolved = resolveTenant(id, plan: plan, diagnostics: &diagnostics), resolved.hasUnreleasedChanges else { return nil }
            return PendingChange(tenantID: id, released: resolved.history.last?.markdown ?? "", current: resolved.statement.markdown)
        }
    }

    /// What a release did.
    public struct ReleaseReport: Sendable {
        public var released: [(tenantID: String, version: Int)] = []
        public var unchanged: [String] = []
        public var diagnostics = Diagnostics()
    }

    /// Freezes the current statement of every tenant in `scope` that changed as a new version dated
    /// `date`. A tenant without changes is refused when named, skipped under `.all`.
    public func release(_ scope: Scope, summary: String, date: DayDate, approvedBy: String?) -> ReleaseReport {
        var report = ReleaseReport()
        let trimmed = summary.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else {
            report.diagnostics.report(.error("a release needs a summary", notes: ["say what changed, for visitors, with --summary \"…\""]))
            return report
        }
        guard let plan = plan(scope, loader: ProjectLoader(root: root), diagnostics: &report.diagnostics) else { return report }
        for id in plan.tenantIDs {
            let errorsBefore = report.diagnostics.errorCount
            guard let source = plan.loader.loadTenant(id, diagnostics: &report.diagnostics),
                  let current = resolve(source, plan: plan, diagnostics: &report.diagnostics),
                  report.diagnostics.errorCount == errorsBefore else { continue }
            guard current.hasUnreleasedChanges else {
                report.unchanged.append(id)
                if case .tenants = scope {
                    report.diagnostics.report(.error("nothing to release for tenant '\(id)': the statement equals version \(current.history.last?.number ?? 0)"))
                }
                continue
            }
            if let latest = current.history.last, date < latest.date {
                report.diagnostics.report(.error("release date \(date) is before version \(latest.number) of tenant '\(id)' (\(latest.date))"))
                continue
            }
            // Freeze the text as it reads on the release date ({{statement.updated}} is that date).
            guard let dated = resolve(source, plan: plan, releaseDate: date, diagnostics: &report.diagnostics) else { continue }
            let number = (current.history.last?.number ?? 0) + 1
            let text = VersionFile.serialize(number: number, date: date, summary: trimmed, approvedBy: approvedBy,
                                             markdown: dated.statement.markdown)
            do {
                try HistoryWriter(root: root).append(text, version: number, tenant: id)
                report.released.append((id, number))
            } catch {
                report.diagnostics.report(contentsOf: error.diagnostics)
            }
        }
        return report
    }
}
