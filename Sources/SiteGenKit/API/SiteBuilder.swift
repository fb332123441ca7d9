import Foundation

/// Runs the pipeline — load → resolve → render → write — for some or all tenants of a project.
/// The library's main entry point: the `sitegen` command is a thin layer over it.
public struct SiteBuilder: Sendable {
    /// Which tenants a run covers.
    public enum Scope: Sendable, Equatable {
        case all
        case tenants([String])
        /// Every tenant whose id falls in this part (`--shard I/N`). Unlike `.all`, a build of a
        /// part never removes the output of tenants it does not see.
        case shard(Shard)
    }

    /// How a build runs; the defaults suit a command-line build.
    public struct Options: Sendable {
        /// Rebuild every tenant in scope, even those whose manifest says they are up to date.
        public var force: Bool
        /// How many tenants are built at once; nil means one per active core.
        public var jobs: Int?
        /// Render each tenant's working copy as a draft (banner, `noindex`, a comparison with the
        /// version in force) instead of its released versions; never into the project's own output/.
        public var drafts: Bool

        /// Options for a build; by default incremental and one tenant per core.
        public init(force: Bool = false, jobs: Int? = nil, drafts: Bool = false) {
            self.force = force
            self.jobs = jobs
            self.drafts = drafts
        }
    }

    /// What one tenant's build produced.
    public struct TenantResult: Sendable {
        public let tenantID: String
        public let pageCount: Int
        public let fileCount: Int
        public let seconds: Double
    }

    /// What happened to one tenant in a build.
    public enum TenantStatus: Sendable {
        case built(TenantResult)
        /// Its manifest matched its inputs; nothing was rendered or written.
        case upToDate
        /// It has errors; its published output was left as it was.
        case failed
        /// It has no released version, so nothing is published (a warning says how to release it).
        case notReleased
    }

    /// One finished tenant, for progress displays.
    public struct Progress: Sendable {
        public let tenantID: String
        public let status: TenantStatus
        /// How many tenants are finished, this one included, out of `total`.
        public let done: Int
        public let total: Int
    }

    /// The outcome of a run: what was built, what was skipped or removed, and every problem found.
    public struct Report: Sendable {
        public var built: [TenantResult] = []
        /// Tenants whose output already matched their inputs.
        public var upToDate: [String] = []
        /// Tenants with no released version: nothing was written for them.
        public var notReleased: [String] = []
        public var pruned: [String] = []
        public var diagnostics = Diagnostics()
    }

    public let root: URL
    public let outputRoot: URL
    /// The day the run is about: which released version is in force and which are announced.
    /// Releases are dated by it and may not be dated after it.
    public let today: DayDate

    /// A builder for the project at `root` writing to `outputRoot` (default `<root>/output`), as of
    /// `today`. The day is required, not read from the clock here: the same inputs and the same day
    /// give the same site, so an embedding platform (or the CLI, from `--today` or the clock) says
    /// which day it means.
    public init(root: URL, outputRoot: URL? = nil, today: DayDate) {
        self.root = root.standardizedFileURL
        self.outputRoot = (outputRoot ?? root.appendingPathComponent("output")).standardizedFileURL
        self.today = today
    }

    /// Builds `scope`, tenants in parallel. A tenant whose inputs match its manifest is skipped
    /// unless `options.force`; a tenant with errors is not written (its published output stays
    /// as it was); the others still are. `progress` is called once per tenant, one call at a time.
    public func build(_ scope: Scope, options: Options = Options(),
                      progress: (@Sendable (Progress) -> Void)? = nil) -> Report {
        var report = Report()
        if options.drafts && RunContext.resolvingLinks(outputRoot) == RunContext.resolvingLinks(root.appendingPathComponent("output")) {
            report.diagnostics.report(.error("drafts are never built into the project's own output folder",
                                             notes: ["output/ is what visitors see; preview drafts elsewhere: 'sitegen build --drafts --output /tmp/drafts'"]))
            return report
        }
        guard let pipeline = pipeline(scope, drafts: options.drafts, diagnostics: &report.diagnostics) else { return report }
        let writer = TenantWriter(outputRoot: outputRoot)
        writer.removeStaleStaging()
        let ids = pipeline.context.tenantIDs
        let outcomes = ParallelRunner(width: options.jobs).map(ids.count) { index in
            pipeline.build(ids[index], writer: writer, force: options.force || options.drafts)
        } completed: { index, outcome, done in
            progress?(Progress(tenantID: ids[index], status: outcome.status, done: done, total: ids.count))
        }
        for (id, outcome) in zip(ids, outcomes) {
            report.diagnostics.report(contentsOf: outcome.diagnostics)
            switch outcome.status {
            case let .built(result): report.built.append(result)
            case .upToDate: report.upToDate.append(id)
            case .failed: break
            case .notReleased: report.notReleased.append(id)
            }
        }
        if scope == .all && !report.diagnostics.hasErrors && !options.drafts {
            report.pruned = writer.prune(keeping: Set(pipeline.context.allTenantIDs))
        }
        return report
    }

    /// Renders one tenant without writing anything, from its released versions or, with `drafts`,
    /// its working copy; nil when it has errors.
    public func render(tenant id: String, drafts: Bool = false) -> (RenderedSite?, Diagnostics) {
        var diagnostics = Diagnostics()
        guard let pipeline = pipeline(.tenants([id]), drafts: drafts, diagnostics: &diagnostics),
              let rendered = pipeline.run(pipeline.read(id), diagnostics: &diagnostics).rendered else {
            return (nil, diagnostics)
        }
        return (diagnostics.hasErrors ? nil : rendered.site, diagnostics)
    }

    /// The pipeline over a new run's shared parts for `scope`; nil (with diagnostics) when the run
    /// cannot start — unknown tenants, an output folder inside the sources, a broken library.
    func pipeline(_ scope: Scope, drafts: Bool = false, diagnostics: inout Diagnostics) -> TenantPipeline? {
        RunContext.make(scope, loader: ProjectLoader(root: root), outputRoot: outputRoot, today: today, drafts: drafts,
                        diagnostics: &diagnostics).map(TenantPipeline.init)
    }
}
