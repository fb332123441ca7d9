import Dispatch
import Foundation

/// Runs independent jobs — one per tenant — on a bounded number of threads and returns their
/// results in job order, so the report never depends on which thread finished first.
///
/// Dispatch rather than a task group: the work is CPU-bound and synchronous (parsing, templates,
/// hashing, file writes), and `SiteBuilder.build` stays a plain function a platform can call from
/// anywhere — including from inside Swift concurrency's cooperative pool, which a blocking wait
/// on a task group would starve.
struct ParallelRunner: Sendable {
    /// How many jobs run at once; 1 runs them in order on the calling thread.
    let width: Int

    /// A runner as wide as `width`, or as the machine's active cores when nil.
    init(width: Int? = nil) {
        self.width = max(1, width ?? ProcessInfo.processInfo.activeProcessorCount)
    }

    /// The results of `job(0..<count)`, in index order. `completed` is called after each job,
    /// one call at a time, with the job's index, its result and how many jobs are finished.
    func map<T: Sendable>(_ count: Int, job: @Sendable (Int) -> T,
                          completed: @Sendable (Int, T, Int) -> Void = { _, _, _ in }) -> [T] {
        let state = State<T>(count: count)
        let workers = min(width, count)
        if workers <= 1 {
            for index in 0..<count { state.finish(index, job(index), completed) }
        } else {
            DispatchQueue.concurrentPerform(iterations: workers) { _ in
                while let index = state.nextIndex() {
                    state.finish(index, job(index), completed)
                }
            }
        }
        return state.results()
    }

    /// The shared queue position and result slots, behind one lock.
    private final class State<T>: @unchecked Sendable {
        private let lock = NSLock()
        private var next = 0
        private var finished = 0
        private var slots: [T?]

        init(count: Int) {
            slots = Array(repeating: nil, count: count)
        }

        func nextIndex() -> Int? {
            lock.lock()
            defer { lock.unlock() }
            guard next < slots.count else { return nil }
            next += 1
            return next - 1
        }

        func finish(_ index: Int, _ result: T, _ completed: (Int, T, Int) -> Void) {
            lock.lock()
            defer { lock.unlock() }
            slots[index] = result
            finished += 1
            completed(index, result, finished)
        }

        func results() -> [T] {
            lock.lock()
            defer { lock.unlock() }
            return slots.map { $0! }
        }
    }
}
