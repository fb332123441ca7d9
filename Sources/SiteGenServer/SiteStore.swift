import Foundation

/// The rendered tenants the server answers from, and the open pages waiting for them to change.
/// Renders publish here from worker threads; requests read from Swift tasks; one lock guards all.
final class SiteStore: @unchecked Sendable {
    private let lock = NSLock()
    private var tenants: [String: ServedTenant] = [:]
    private var scope: [String] = []
    /// Bumped whenever the index page would show something else.
    private var indexRevision = 1
    private var waiters: [UUID: Waiter] = [:]

    /// An open page (or a request for a tenant not rendered yet) waiting for a revision change.
    private struct Waiter {
        /// nil waits for the index page.
        let tenant: String?
        let revision: Int
        let continuation: CheckedContinuation<Bool, Never>
    }

    /// The tenant's last render, nil before its first.
    func tenant(_ id: String) -> ServedTenant? {
        lock.withLock { tenants[id] }
    }

    /// The tenants in scope, sorted, with their last render, and the index page's revision.
    func snapshot() -> (scope: [String], tenants: [String: ServedTenant], indexRevision: Int) {
        lock.withLock { (scope, tenants, indexRevision) }
    }

    /// Whether `id` is served.
    func isInScope(_ id: String) -> Bool {
        lock.withLock { scope.contains(id) }
    }

    /// The served tenants are now `ids`; renders of tenants that left are dropped.
    func setScope(_ ids: [String]) {
        let resumed: [CheckedContinuation<Bool, Never>] = lock.withLock {
            let sorted = ids.sorted()
            guard sorted != scope else { return [] }
            scope = sorted
            let kept = Set(sorted)
            tenants = tenants.filter { kept.contains($0.key) }
            indexRevision += 1
            return takeWaiters { $0.tenant == nil || !kept.contains($0.tenant!) }
        }
        for continuation in resumed { continuation.resume(returning: true) }
    }

    /// The current revision of a tenant (0 before its first render), or of the index page.
    func revision(of tenant: String?) -> Int {
        lock.withLock { revisionLocked(tenant) }
    }

    /// Stores a tenant's new render, wakes the pages waiting for it, and tells whether a visitor
    /// would see something new. `make` builds the served tenant for a revision number; it runs
    /// outside the lock (it hashes and copies pages). One render per tenant is published at a time.
    func publish(_ id: String, contentDigest: String, make: (Int) -> ServedTenant) -> Bool {
        let previous = tenant(id)
        if let previous, previous.contentDigest == contentDigest { return false }
        let served = make((previous?.revision ?? 0) + 1)
        let resumed: [CheckedContinuation<Bool, Never>] = lock.withLock {
            guard scope.contains(id) else { return [] }
            tenants[id] = served
            indexRevision += 1
            return takeWaiters { $0.tenant == nil || $0.tenant == id }
        }
        for continuation in resumed { continuation.resume(returning: true) }
        return true
    }

    /// Waits until `tenant` (nil: the index page) has a revision other than `revision`, or
    /// `timeout` passes. True when it changed.
    func waitForChange(of tenant: String?, from revision: Int, timeout: Duration) async -> Bool {
        let id = UUID()
        let timer = Task {
            try? await Task.sleep(for: timeout)
            let waiter = lock.withLock { waiters.removeValue(forKey: id) }
            waiter?.continuation.resume(returning: false)
        }
        defer { timer.cancel() }
        return await withCheckedContinuation { continuation in
            let changed: Bool = lock.withLock {
                if revisionLocked(tenant) != revision { return true }
                waiters[id] = Waiter(tenant: tenant, revision: revision, continuation: continuation)
                return false
            }
            if changed { continuation.resume(returning: true) }
        }
    }

    /// Wakes every waiter, answering "no change": used when the server stops.
    func releaseAllWaiters() {
        let resumed = lock.withLock { takeWaiters { _ in true } }
        for continuation in resumed { continuation.resume(returning: false) }
    }

    private func revisionLocked(_ tenant: String?) -> Int {
        guard let tenant else { return indexRevision }
        return tenants[tenant]?.revision ?? 0
    }

    /// Removes and returns the waiters `matching`; call with the lock held, resume after releasing it.
    private func takeWaiters(matching: (Waiter) -> Bool) -> [CheckedContinuation<Bool, Never>] {
        let keys = waiters.filter { matching($0.value) }.map(\.key)
        return keys.compactMap { waiters.removeValue(forKey: $0)?.continuation }
    }
}
