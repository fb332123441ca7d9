import Foundation

/// A dictionary filled on first use and shared by the threads of one run: the one cache type of
/// SiteGenKit (themes, compiled templates, catalogue strings, shared input files). Tenants are
/// built in parallel, so every access is behind a lock; the lock is also held while a missing
/// value is made, so a value is made — and its problems reported — once per run, never twice by
/// two tenants at the same moment.
final class LockedCache<Key: Hashable & Sendable, Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [Key: Value] = [:]

    /// An empty cache; make one per run, since what it holds was read or built in that run.
    init() {}

    /// The value for `key`, made by `make` the first time any thread asks for it. `make` must not
    /// ask this same cache for a value: the lock is not re-entrant.
    func value(for key: Key, make: () -> Value) -> Value {
        lock.lock()
        defer { lock.unlock() }
        if let cached = values[key] { return cached }
        let made = make()
        values[key] = made
        return made
    }
}
