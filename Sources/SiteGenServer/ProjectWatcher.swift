import Foundation

/// Reports the paths under `tenants/` and `themes/` that changed, from a thread of its own: through
/// inotify on Linux, by polling elsewhere or when inotify has no watches left.
final class ProjectWatcher: @unchecked Sendable {
    private let root: URL
    private let interval: Duration
    private let alwaysPoll: Bool
    private let onChange: @Sendable (Set<String>) -> Void
    private let lock = NSLock()
    private var stopped = false
    #if os(Linux)
    private var inotify: InotifyWatcher?
    #endif

    /// A watcher of `root`'s tenants/ and themes/ (polled every `interval` where it must poll);
    /// `onChange` runs on its thread.
    init(root: URL, interval: Duration, alwaysPoll: Bool = false, onChange: @escaping @Sendable (Set<String>) -> Void) {
        self.root = root
        self.interval = interval
        self.alwaysPoll = alwaysPoll
        self.onChange = onChange
    }

    /// How the watcher learns of edits, for the terminal.
    private(set) var method = "polling"

    /// Starts watching; edits from this moment on are reported.
    func start() {
        #if os(Linux)
        if !alwaysPoll, let inotify = InotifyWatcher(root: root, onChange: onChange) {
            self.inotify = inotify
            method = "inotify"
            inotify.start()
            return
        }
        #endif
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
    }

    /// Stops watching; the thread ends after its current sleep or wait.
    func stop() {
        #if os(Linux)
        inotify?.stop()
        #endif
        lock.withLock { stopped = true }
    }

    private var isStopped: Bool { lock.withLock { stopped } }
}
