import Foundation

extension SiteBuilder {
    /// A tenant whose statement differs from its latest released version.
    public struct PendingChange: Sendable {
        public let tenantID: String
        /// The latest released Markdown, empty when nothing was released yet.
        public let released: String
        /// The Markdown a release today would freeze: the working copy dated as of today, so the
        /// lines only the release changes (the "last updated" date) show too.
        public let current: String
        /// Where the lines of `current` come from.
        let sourceMap: SourceMap
        /// The placeholder values of `current`, and where the tenant's own are in tenant.yaml.
        let values: TemplateValue
        let keyLocations: KeyLocations

        /// The values whose text is among the added words of `paragraph` (as `WordDiff.paragraphs`
        /// gives it without color), each with its tenant.yaml line where the tenant sets it, e.g.
        /// `company.phone (tenants/jsm/tenant.yaml:17)` — a best guess at a changed value, by its text.
        public func changedValues(in paragraph: WordDiff.Paragraph) -> [String] {
            let added = paragraph.text.components(separatedBy: "{+").dropFirst()
                .compactMap { $0.components(separatedBy: "+}").first }
            guard !added.isEmpty else { return [] }
            return values.leafPaths().compactMap { path in
                guard let text = values.value(at: PlaceholderPath(path))?.comparable?.trimmingCharacters(in: .whitespaces),
                      text.count >= 3, added.contains(where: { $0.contains(text) }) else { return nil }
                guard let location = keyLocations[path] else { return path }
                return "\(path) (\(location.file):\(location.line))"
            }
        }

        /// The clause files (with their lines) that `lines` of `current` come from, e.g.
        /// `tenants/_shared/clauses/rights.md:12-14`, so an editor sees which file a change is in.
        public func sources(ofLines lines: ClosedRange<Int>) -> [String] {
            sourceMap.spans(ofLines: lines).map { span in
                span.lines.count == 1 ? "\(span.file):\(span.lines.lowerBound)" : "\(span.file):\(span.lines.lowerBound)-\(span.lines.upperBound)"
            }
        }

        /// The clause files the changed paragraphs come from, in statement order, each once.
        public var changedFiles: [String] {
            var seen = Set<String>()
            return WordDiff.paragraphs(from: released, to: current, color: false)
                .flatMap { sourceMap.spans(ofLines: $0.lines).map(\.file) }
                .filter { seen.insert($0).inserted }
        }
    }

    /// The tenants in `scope` with unreleased changes, for `diff` and `check`.
    public func pendingChanges(_ scope: Scope, diagnostics: inout Diagnostics) -> [PendingChange] {
        guard let pipeline = pipeline(scope, diagnostics: &diagnostics) else { return [] }
        return pipeline.context.tenantIDs.compactMap { id in
            guard let resolved = pipeline.run(pipeline.read(id), through: .resolve, diagnostics: &diagnostics).resolved,
                  resolved.hasUnreleasedChanges else { return nil }
            let dated = pipeline.redated(resolved, to: today, diagnostics: &diagnostics) ?? resolved
            return PendingChange(tenantID: id, released: resolved.history.last?.markdown ?? "", current: dated.statement.markdown,
                                 sourceMap: dated.statement.sourceMap, values: dated.values, keyLocations: resolved.source.keyLocations)
        }
    }

    /// What a release did.
    public struct ReleaseReport: Sendable {
        public var released: [(tenantID: String, version: Int)] = []
        /// Tenants in scope whose statement equals their latest version.
        public var unchanged: [String] = []
        public var diagnostics = Diagnostics()
        /// The day the versions were published and the day they take effect.
        public var published: DayDate?
        public var effective: DayDate?
    }

    /// What one release asks for besides its scope.
    public struct ReleaseRequest: Sendable {
        /// What changed, in the tenant's language, for visitors.
        public var summary: String
        /// The publication day; nil means `today`. Never after today.
        public var date: DayDate?
        /// The day the version applies from; nil means the publication day.
        public var effective: DayDate?
        /// Who approved the text; required where `require_approval: true`.
        public var approvedBy: String?
        /// Why the release gives less notice than `notice_days` asks, shown in the changelog.
        public var noNoticeReason: String?

        /// A request; only the summary is required.
        public init(summary: String, date: DayDate? = nil, effective: DayDate? = nil, approvedBy: String? = nil, noNoticeReason: String? = nil) {
            self.summary = summary
            self.date = date
            self.effective = effective
            self.approvedBy = approvedBy
            self.noNoticeReason = noNoticeReason
        }
    }

    /// `release(_:_:)` with the request's fields as arguments.
    public func release(_ scope: Scope, summary: String, date: DayDate? = nil, effective: DayDate? = nil,
                        approvedBy: String? = nil, noNoticeReason: String? = nil) -> ReleaseReport {
        release(scope, ReleaseRequest(summary: summary, date: date, effective: effective, approvedBy: approvedBy, noNoticeReason: noNoticeReason))
    }

    /// Freezes the working copy of every tenant in `scope` that changed as a new version. All or
    /// nothing: when any tenant in scope has an error, nothing is released. Releases of one
    /// project are exclusive (`ReleaseLock`); a tenant without changes is listed in `unchanged`.
    public func release(_ scope: Scope, _ request: ReleaseRequest) -> ReleaseReport {
        var report = ReleaseReport()
        let summary = request.summary.trimmingCharacters(in: .whitespacesAndNewlines)
        let approvedBy = request.approvedBy?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
        let reason = request.noNoticeReason?.trimmingCharacters(in: .whitespacesAndNewlines).nonEmpty
        let published = request.date ?? today
        let effective = request.effective ?? published
        report.published = published
        report.effective = effective
        if summary.isEmpty {
            report.diagnostics.report(.error("a release needs a summary", notes: ["say what changed, for visitors, with --summary \"…\""]))
        }
        if published > today {
            report.diagnostics.report(.error("release date \(published) is after today (\(today))",
                                             notes: ["a version is published the day it is released; announce a later day with --effective \(published)"]))
        }
        if effective < published {
            report.diagnostics.report(.error("effective date \(effective) is before the release date \(published)",
                                             notes: ["a version applies at the earliest from the day it is published"]))
        }
        if request.noNoticeReason != nil && reason == nil {
            report.diagnostics.report(.error("--no-notice-reason is empty", notes: ["say why this change needs no notice, e.g. \"typo fix\""]))
        }
        guard !report.diagnostics.hasErrors else { return report }
        let lock: ReleaseLock
        do { lock = try ReleaseLock(root: root) } catch {
            report.diagnostics.report(contentsOf: error.diagnostics)
            return report
        }
        defer { withExtendedLifetime(lock) {} }
        guard let pipeline = pipeline(scope, diagnostics: &report.diagnostics) else { return report }
        var pending: [(id: String, number: Int, text: String, warning: Diagnostic?)] = []
        for id in pipeline.context.tenantIDs {
            let errorsBefore = report.diagnostics.errorCount
            guard let current = pipeline.run(pipeline.read(id), through: .resolve, auditPublished: true,
                                             diagnostics: &report.diagnostics).resolved,
                  report.diagnostics.errorCount == errorsBefore else { continue }
            guard current.hasUnreleasedChanges else {
                report.unchanged.append(id)
                continue
            }
            let latest = current.history.last
            if let latest, let before = latest.published, published < before {
                report.diagnostics.report(.error("release date \(published) is before version \(latest.number) of tenant '\(id)' (\(before))"))
                continue
            }
            if let latest, let before = latest.effective, effective < before {
                report.diagnostics.report(.error("effective date \(effective) is before that of version \(latest.number) of tenant '\(id)' (\(before))"))
                continue
            }
            let policy = ReleasePolicy(tenant: current.source, libraries: pipeline.context.libraries)
            if policy.requireApproval && approvedBy == nil {
                report.diagnostics.report(.error("tenant '\(id)' requires approval: name who approved this text with --approved-by NAME",
                                                 at: policy.approvalSource,
                                                 notes: ["nobody releases a company's legal text on its behalf"]))
                continue
            }
            // Freeze the text as it reads when it applies ({{statement.updated}} is the effective date).
            guard let dated = pipeline.redated(current, to: effective, diagnostics: &report.diagnostics) else { continue }
            // No statement is frozen with a GDPR Art. 13 gap nobody weighed, whether or not the tenant
            // states `facts:` (an open question stays a warning: the company answers it).
            let coverage = GDPRCoverage(tenant: dated.source, resolved: dated, libraries: pipeline.context.libraries)
            var found = Diagnostics()
            let gaps = coverage.releaseErrors(coverage.report(strict: false, diagnostics: &found))
            guard gaps.isEmpty else {
                report.diagnostics.report(contentsOf: gaps)
                continue
            }
            // An open question nobody acknowledged does not stop the release (only the company can
            // answer it), but whoever releases is told, as `check` would.
            report.diagnostics.report(contentsOf: found.all.filter { $0.message.hasSuffix("[\(GDPRCoverage.questionRuleID)]") })
            let number = (latest?.number ?? 0) + 1
            let record = VersionFile.Record(number: number, published: published, effective: effective, summary: summary,
                                            approvedBy: approvedBy, noNoticeReason: reason)
            let text = VersionFile.serialize(record, markdown: dated.statement.markdown, previousChain: latest?.recordedChain ?? "")
            let warning = policy.shortNotice(number: number, published: published, effective: effective, reason: reason,
                                             file: "tenants/\(id)/history/\(Version.fileName(number))", tenant: id)
            pending.append((id, number, text, warning))
        }
        // All or nothing: one tenant's error stops the release of every tenant in scope.
        guard !report.diagnostics.hasErrors else {
            if !pending.isEmpty {
                report.diagnostics.report(Diagnostic(.note, "nothing was released: fix the errors above and release again",
                                                notes: ["would have released: " + pending.map(\.id).joined(separator: ", ")]))
            }
            return report
        }
        for item in pending {
            do {
                try HistoryWriter(root: root).append(item.text, version: item.number, tenant: item.id)
                report.released.append((item.id, item.number))
                if let warning = item.warning { report.diagnostics.report(warning) }
            } catch {
                report.diagnostics.report(contentsOf: error.diagnostics)
            }
        }
        return report
    }
}

private extension String {
    var nonEmpty: String? { isEmpty ? nil : self }
}
