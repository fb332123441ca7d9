import FlyingFox
import FlyingSocks
import Foundation
import SiteGenKit

/// `sitegen serve`: serves the working copy of every tenant in scope at `/<id>/`, rendered in
/// memory (never into output/), renders again what an edit affects — the page being viewed
/// first — and reloads open pages. See docs/serve.md.
public final class PreviewServer: @unchecked Sendable {
    /// What to serve and where.
    public struct Configuration: Sendable {
        /// The project folder.
        public var root: URL
        /// The tenants to serve; nil serves all, including tenants added while it runs.
        public var tenants: [String]?
        /// The port; 0 picks a free one (see `start()`'s result).
        public var port: UInt16
        /// The address to listen on: 127.0.0.1 unless told otherwise, so only this machine sees drafts.
        public var bind: String
        /// How often the sources are scanned for edits where they must be polled.
        public var pollInterval: Duration
        /// Poll even where inotify would tell of edits (for tests of the portable path).
        public var alwaysPoll: Bool
        /// The day to preview as of (which version is in force, which are announced); nil means
        /// the clock's date in Europe/Amsterdam, read again whenever the libraries are reloaded.
        public var today: DayDate?
        /// How many tenants are rendered at once; nil means one per active core.
        public var workers: Int?
        /// Where progress and problems go (the terminal), one message per call.
        public var log: @Sendable (String) -> Void

        /// A configuration with the defaults of `sitegen serve`.
        public init(root: URL, tenants: [String]? = nil, port: UInt16 = 1313, bind: String = "127.0.0.1",
                    today: DayDate? = nil, pollInterval: Duration = .milliseconds(100), alwaysPoll: Bool = false,
                    workers: Int? = nil,
                    log: @escaping @Sendable (String) -> Void = { FileHandle.standardError.write(Data(($0 + "\n").utf8)) }) {
            self.root = root
            self.tenants = tenants
            self.port = port
            self.bind = bind
            self.today = today
            self.pollInterval = pollInterval
            self.alwaysPoll = alwaysPoll
            self.workers = workers
            self.log = log
        }
    }

    let configuration: Configuration
    let store = SiteStore()
    let scheduler: RebuildScheduler
    /// Random per process: pages of an earlier run reload when they reach this one.
    let instance: String
    private let publisher: TenantPublisher
    private let pages = ServerPages()
    private let lock = NSLock()
    private var indexCache: (revision: Int, file: ServedFile)?
    private var watcher: ProjectWatcher?
    private var httpTask: Task<Void, any Error>?

    /// Loads the project and checks the tenants asked for; throws diagnostics when one is unknown
    /// or the project cannot be read at all. Nothing is rendered or served until `start()`.
    public init(_ configuration: Configuration) throws(DiagnosticError) {
        self.configuration = configuration
        instance = String(UInt64.random(in: 0...UInt64.max), radix: 36)
        let renderer = PreviewRenderer(root: configuration.root, today: configuration.today ?? .today())
        if let ids = configuration.tenants {
            let unknown = ids.filter { !renderer.allTenantIDs.contains($0) }
            if !unknown.isEmpty {
                throw DiagnosticError(unknown.map { id in
                    .error("unknown tenant '\(id)'", notes: ["known tenants: \(renderer.allTenantIDs.joined(separator: ", "))"])
                })
            }
        } else if renderer.allTenantIDs.isEmpty, renderer.projectDiagnostics.hasErrors {
            throw DiagnosticError(renderer.projectDiagnostics.all)
        }
        let injector = PageInjector(instance: instance)
        publisher = TenantPublisher(injector: injector, pages: pages)
        let log = configuration.log
        scheduler = RebuildScheduler(renderer: renderer, publish: { _, _ in }, drained: { count, seconds in
            log("sitegen serve: rendered \(count) tenant\(count == 1 ? "" : "s") in \(Int((seconds * 1000).rounded())) ms")
        })
        store.setScope(configuration.tenants ?? renderer.allTenantIDs)
    }

    /// Starts listening, renders every tenant in scope and watches the sources; returns the port.
    public func start() async throws -> UInt16 {
        let address: any SocketAddress = configuration.bind.contains(":")
            ? try sockaddr_in6.inet6(ip6: configuration.bind, port: configuration.port)
            : try sockaddr_in.inet(ip4: configuration.bind, port: configuration.port)
        let http = HTTPServer(config: .init(address: address, timeout: 90, logger: .disabled), handler: PreviewHandler(server: self))
        let failure = StartFailure()
        let task = Task {
            do { try await http.run() } catch {
                failure.record(error)
                throw error
            }
        }
        // Wait until it listens or fails (a port in use): `waitUntilListening` would sit out its
        // whole timeout after a failed bind.
        for _ in 0..<1000 where await http.listeningAddress == nil {
            if let error = failure.error { throw error }
            try await Task.sleep(for: .milliseconds(10))
        }
        guard await http.listeningAddress != nil else {
            task.cancel()
            throw failure.error ?? StartFailure.NotListening()
        }
        var port = configuration.port
        switch await http.listeningAddress {
        case let .ip4(_, listening)?, let .ip6(_, listening)?: port = listening
        default: break
        }
        lock.withLock { httpTask = task }
        scheduler.setPublish { [weak self] result, _ in self?.publish(result) }
        scheduler.start(workers: configuration.workers ?? ProcessInfo.processInfo.activeProcessorCount)
        scheduler.schedule(store.snapshot().scope)
        let watcher = ProjectWatcher(root: configuration.root, interval: configuration.pollInterval,
                                     alwaysPoll: configuration.alwaysPoll) { [weak self] paths in
            self?.sourcesChanged(paths)
        }
        watcher.start()
        lock.withLock { self.watcher = watcher }
        return port
    }

    /// How edits are noticed: "inotify" or "polling" (after `start()`).
    public var watchMethod: String {
        lock.withLock { watcher?.method ?? "none" }
    }

    /// Stops watching and rendering, answers the open long polls and closes the listening socket.
    public func stop() async {
        let (watcher, task) = lock.withLock { (self.watcher, httpTask) }
        watcher?.stop()
        scheduler.stop()
        store.releaseAllWaiters()
        // Cancelling the server's task closes the listening socket and every connection at once;
        // `HTTPServer.stop(timeout:)` waits for open connections (a held long poll) instead.
        task?.cancel()
        _ = await task?.result
    }

    /// Waits until the server stops (after `stop()`).
    public func waitUntilStopped() async {
        let task = lock.withLock { httpTask }
        _ = try? await task?.value
    }

    /// The tenant's render, waiting for the first one if it has not been rendered yet.
    func firstRender(of id: String) async -> ServedTenant? {
        if let tenant = store.tenant(id) { return tenant }
        _ = await store.waitForChange(of: id, from: 0, timeout: .seconds(60))
        return store.tenant(id)
    }

    /// The index page at the store's current revision, rendered once per revision.
    func indexPage() -> ServedFile {
        let snapshot = store.snapshot()
        if let cached = lock.withLock({ indexCache }), cached.revision == snapshot.indexRevision { return cached.file }
        let html = pages.index(scope: snapshot.scope, tenants: snapshot.tenants, root: configuration.root.path)
        let body = publisher.injector.inject(into: Data(html.utf8), tenant: nil, revision: snapshot.indexRevision)
        let file = ServedFile(body: body, contentType: "text/html; charset=utf-8")
        lock.withLock { indexCache = (snapshot.indexRevision, file) }
        return file
    }

    private func publish(_ result: PreviewResult) {
        let wasFailed = store.tenant(result.tenantID)?.failed ?? false
        let digest = publisher.digest(of: result)
        let changed = store.publish(result.tenantID, contentDigest: digest) { revision in
            publisher.served(result, digest: digest, revision: revision)
        }
        guard changed else { return }
        if result.diagnostics.hasErrors {
            let errors = result.diagnostics.sorted.filter { $0.severity == .error }
            configuration.log(errors.map(\.description).joined(separator: "\n"))
            configuration.log("sitegen serve: \(result.tenantID) has \(errors.count) error\(errors.count == 1 ? "" : "s"); its pages show them until the next edit fixes them")
        } else if wasFailed {
            configuration.log("sitegen serve: \(result.tenantID) renders again")
        }
    }

    /// Called by the watcher: renders again what the edit affects.
    private func sourcesChanged(_ paths: Set<String>) {
        let snapshot = store.snapshot()
        let impact = ChangeImpact(paths: paths, scope: snapshot.scope, rendered: snapshot.tenants, projectRoot: configuration.root)
        var affected = impact.tenants
        if impact.sharedChanged || impact.tenantSetChanged {
            let renderer = PreviewRenderer(root: configuration.root, today: configuration.today ?? .today())
            scheduler.replaceRenderer(renderer)
            if impact.tenantSetChanged && configuration.tenants == nil {
                let before = Set(snapshot.scope)
                store.setScope(renderer.allTenantIDs)
                scheduler.unschedule(keeping: Set(renderer.allTenantIDs))
                affected.formUnion(Set(renderer.allTenantIDs).subtracting(before))
            }
            if renderer.projectDiagnostics.hasErrors { affected.formUnion(store.snapshot().scope) }
        }
        let scope = Set(store.snapshot().scope)
        scheduler.schedule(affected.filter(scope.contains).sorted())
    }
}

/// The error that ended the HTTP server's task, if any, for `start()` to report.
private final class StartFailure: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: (any Error)?

    func record(_ error: any Error) { lock.withLock { recorded = error } }

    var error: (any Error)? { lock.withLock { recorded } }

    /// The server neither listened nor failed within ten seconds.
    struct NotListening: Error, CustomStringConvertible {
        var description: String { "not listening after 10 s" }
    }
}
