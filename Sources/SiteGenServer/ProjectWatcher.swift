import Foundation

/// Polls the project's sources on a thread of its own and reports the paths that changed.
final class ProjectWatcher: @unchecked Sendable {
    private let root: URL
    private let interval: Duration
    private let onChange: @Sendable (Set<String>) -> Void
    private let lock = NSLock()
    private var stopped = false
    private var thread: Thread?

    /// A watcher of `root`'s tenants/ and themes/ every `interval`; `onChange` runs on its thread.
    init(root: URL, interval: Duration, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.root = root
        self.interval = interval
        self.onChange = onChange
    }

    /// Takes the first snapshot now (so edits from this moment on are seen) and starts polling.
    func start() {
        let seconds = Double(interval.components.seconds) + Double(interval.components.attoseconds) / 1e18
        let first = ProjectSnapshot(root: root)
        let thread = Thread { [self] in
            var last = first
            while !isStopped {
                Thread.sleep(forTimeInterval: seconds)
                guard !isStopped else { break }
                let current = ProjectSnapshot(root: root)
                let changed = current.changes(since: last)
                last = current
                if !changed.isEmpty { onChange(changed) }
            }
        }
        thread.name = "sitegen-serve-watcher"
        thread.start()
        self.thread = thread
    }

    /// Stops polling; the thread ends after its current sleep.
    func stop() {
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }
}
