import Foundation
import SiteGenKit

/// Renders tenants on worker threads, one render per tenant at a time, the page being viewed
/// first: after an edit to a shared clause, the tenant requested most recently is rendered
/// before the others. Renders are CPU-bound and synchronous, so they run on threads of their
/// own rather than in Swift concurrency's pool, which serves the requests meanwhile.
final class RebuildScheduler: @unchecked Sendable {
    /// What a finished render is handed to; called on a worker thread.
    typealias Publish = @Sendable (PreviewResult, PreviewRenderer) -> Void
    /// Called when every pending render is done: how many, how long, and the first one.
    typealias Drained = @Sendable (_ count: Int, _ seconds: Double) -> Void

    private let condition = NSCondition()
    private var renderer: PreviewRenderer
    private var pendingOrder: [String] = []
    private var pending: Set<String> = []
    private var inFlight: Set<String> = []
    /// Tenants requested most recently first.
    private var recentViews: [String] = []
    private var stopped = false
    private var batchStart: DispatchTime?
    private var batchCount = 0
    private var publish: Publish
    private let drained: Drained
    private var threads: [Thread] = []

    /// A scheduler rendering with `renderer` until `replaceRenderer`.
    init(renderer: PreviewRenderer, publish: @escaping Publish, drained: @escaping Drained) {
        self.renderer = renderer
        self.publish = publish
        self.drained = drained
    }

    /// The renderer new renders use.
    var currentRenderer: PreviewRenderer { condition.withLock { renderer } }

    /// Starts `workers` threads.
    func start(workers: Int) {
        for index in 0..<max(1, workers) {
            let thread = Thread { [self] in work() }
            thread.name = "sitegen-serve-render-\(index)"
            thread.stackSize = 8 << 20
            thread.start()
            threads.append(thread)
        }
    }

    /// Stops the workers after their current render.
    func stop() {
        condition.withLock {
            stopped = true
            condition.broadcast()
        }
    }

    /// Hands finished renders to `publish` from now on.
    func setPublish(_ publish: @escaping Publish) {
        condition.withLock { self.publish = publish }
    }

    /// Uses `renderer` for every render from now on (after a library or theme changed).
    func replaceRenderer(_ renderer: PreviewRenderer) {
        condition.withLock { self.renderer = renderer }
    }

    /// Queues `ids` for rendering (a tenant already queued keeps its place).
    func schedule<S: Sequence<String>>(_ ids: S) {
        condition.withLock {
            for id in ids where pending.insert(id).inserted { pendingOrder.append(id) }
            if batchStart == nil && !pending.isEmpty {
                batchStart = .now()
                batchCount = 0
            }
            condition.broadcast()
        }
    }

    /// Drops queued renders of tenants no longer served.
    func unschedule(keeping scope: Set<String>) {
        condition.withLock {
            pending = pending.intersection(scope)
            pendingOrder.removeAll { !scope.contains($0) }
        }
    }

    /// How many renders are queued and running now.
    var backlog: (pending: Int, rendering: Int) {
        condition.withLock { (pending.count, inFlight.count) }
    }

    /// Records that a page of `id` was requested, so its next render goes first.
    func viewed(_ id: String) {
        condition.withLock {
            if recentViews.first == id { return }
            recentViews.removeAll { $0 == id }
            recentViews.insert(id, at: 0)
            if recentViews.count > 16 { recentViews.removeLast() }
        }
    }

    private func work() {
        while let (id, renderer, publish) = next() {
            let result = renderer.render(id)
            publish(result, renderer)
            finish(id)
        }
    }

    /// The next tenant to render — the most recently viewed pending one, else the oldest pending —
    /// skipping tenants being rendered; blocks while there is none.
    private func next() -> (String, PreviewRenderer, Publish)? {
        condition.lock()
        defer { condition.unlock() }
        while !stopped {
            if let id = recentViews.first(where: { pending.contains($0) && !inFlight.contains($0) })
                ?? pendingOrder.first(where: { !inFlight.contains($0) }) {
                pending.remove(id)
                pendingOrder.removeAll { $0 == id }
                inFlight.insert(id)
                return (id, renderer, publish)
            }
            condition.wait()
        }
        return nil
    }

    private func finish(_ id: String) {
        let done: (Int, Double)? = condition.withLock {
            inFlight.remove(id)
            batchCount += 1
            condition.broadcast()
            guard pending.isEmpty, inFlight.isEmpty, let start = batchStart else { return nil }
            batchStart = nil
            return (batchCount, Double(DispatchTime.now().uptimeNanoseconds - start.uptimeNanoseconds) / 1e9)
        }
        if let done { drained(done.0, done.1) }
    }
}
