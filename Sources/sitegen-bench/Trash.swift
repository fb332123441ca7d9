import Foundation

/// Where a timed run's previous output goes instead of being deleted: moved aside (one rename),
/// and deleted only after all timings. On ext4, creating files soon after thousands were deleted
/// is slower — the inode allocator skips inodes freed in the last minute or more — so deleting
/// run k's 16 files and folders per tenant made run k + 1 slower, and each run of a phase slower
/// than the one before (3.9 s to 7.5 s over five runs of the same build). That cost comes from the
/// benchmark's own clean-up, not from the tool it times, and Hugo's runs paid it too.
final class Trash {
    private let folder: URL
    private var count = 0

    /// A trash in `folder`, which must be on the same file system as what is discarded.
    init(folder: URL) {
        self.folder = folder
    }

    /// Moves `url` into the trash, if it exists.
    func discard(_ url: URL) throws {
        guard FileManager.default.fileExists(atPath: url.path) else { return }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        count += 1
        try FileManager.default.moveItem(at: url, to: folder.appendingPathComponent("\(count)-\(url.lastPathComponent)"))
    }

    /// Deletes everything discarded; call it when nothing is being timed any more.
    func empty() {
        try? FileManager.default.removeItem(at: folder)
    }
}
