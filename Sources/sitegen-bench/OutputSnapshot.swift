import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The identity (inode and modification time, to the nanosecond) of every tenant's
/// `output/<tenant>/.sitegen` marker, so a phase can count the tenants a build rewrote without
/// knowing anything about how sitegen decides what to rebuild.
struct OutputSnapshot {
    private struct Stamp: Equatable {
        var inode: UInt64
        var seconds: Int
        var nanoseconds: Int
    }

    private let stamps: [String: Stamp]

    /// Stats the marker of each of `tenantIDs` under `output`.
    init(output: URL, tenantIDs: [String]) {
        var stamps: [String: Stamp] = [:]
        for id in tenantIDs {
            var info = stat()
            guard lstat(output.appendingPathComponent("\(id)/.sitegen").path, &info) == 0 else { continue }
            stamps[id] = Stamp(inode: UInt64(info.st_ino), seconds: Int(info.st_mtim.tv_sec), nanoseconds: Int(info.st_mtim.tv_nsec))
        }
        self.stamps = stamps
    }

    /// How many tenants have a marker now that is missing or different in `before`.
    func rebuiltCount(since before: OutputSnapshot) -> Int {
        stamps.filter { before.stamps[$0.key] != $0.value }.count
    }
}
