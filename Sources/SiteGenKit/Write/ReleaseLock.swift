import Foundation

/// Makes releases of one project exclusive: two `sitegen release` runs at once could both number
/// their version 3. The lock is `flock(2)` on the project's `tenants/` folder, so no lock file
/// is left behind, and the kernel frees it when the process ends, however it ends.
final class ReleaseLock {
    private let descriptor: Int32

    /// Takes the lock of the project at `root`; throws when another release holds it, rather
    /// than waiting an unknown time.
    init(root: URL) throws(DiagnosticError) {
        let folder = root.appendingPathComponent("tenants")
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard descriptor >= 0 else {
            throw DiagnosticError(.error("cannot open '\(folder.path)' to lock it for the release: \(String(cString: strerror(errno)))"))
        }
        guard flock(descriptor, LOCK_EX | LOCK_NB) == 0 else {
            let failure = errno
            close(descriptor)
            if failure == EWOULDBLOCK {
                throw DiagnosticError(.error("another 'sitegen release' is running in this project; nothing was released",
                                             notes: ["releases are made one at a time so no two versions get one number; run it again when the other has finished"]))
            }
            throw DiagnosticError(.error("cannot lock '\(folder.path)' for the release: \(String(cString: strerror(failure)))"))
        }
        self.descriptor = descriptor
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
