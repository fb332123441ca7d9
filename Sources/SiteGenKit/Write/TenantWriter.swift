import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write stage: puts a rendered site in `output/<tenant>/` as a whole. Files go to a temporary
/// folder next to the target, which is then swapped in, so a failed or interrupted build never
/// leaves a half-written site and never loses what was published.
public struct TenantWriter: Sendable {
    /// The file that marks a folder as written by sitegen — only such folders are replaced or
    /// pruned — and holds its build manifest.
    public static let markerName = ".sitegen"

    /// The output folder holding one folder per tenant.
    public let outputRoot: URL

    /// Removes the previous copy after a swap; a test stands in a failing one.
    var removeRetired: @Sendable (URL) throws -> Void = { try FileManager.default.removeItem(at: $0) }
    /// Writes one file of the staging folder; a test stands in a failing one (a full disk).
    var writeData: @Sendable (Data, String) throws -> Void = { try TenantWriter.writeFile($0, to: $1) }

    /// A writer into `outputRoot`.
    public init(outputRoot: URL) {
        self.outputRoot = outputRoot.standardizedFileURL
        _ = Self.fileSizeLimitIsAnError
    }

    /// Past a file-size limit (`ulimit -f`) the kernel kills the process with SIGXFSZ unless it is
    /// ignored; ignored, the write fails with EFBIG, which the build reports and survives.
    private static let fileSizeLimitIsAnError: Void = { _ = signal(SIGXFSZ, SIG_IGN) }()

    /// The manifest of tenant `id`'s published output; nil when there is none or it cannot be read.
    public func manifest(of id: String) -> BuildManifest? {
        let url = outputRoot.appendingPathComponent(id).appendingPathComponent(Self.markerName)
        return (try? String(contentsOf: url, encoding: .utf8)).flatMap(BuildManifest.init(text:))
    }

    /// Whether tenant `id`'s output folder holds exactly `outputs`, each with its recorded size (a
    /// stat, not a read): a missing, extra or torn file means the tenant must be written again.
    public func hasOutputs(_ outputs: [BuildManifest.OutputEntry], tenant id: String) -> Bool {
        let outputFolder = outputRoot.appendingPathComponent(id)
        var found: [String: Int] = [:]
        // Paths and `lstat`, not URLs and FileManager's enumerator: a no-op build does this for
        // every tenant, and the enumerator's attribute dictionaries cost more than the rest.
        func list(_ relative: String) -> Bool {
            let folder = outputFolder.path + "/" + relative
            guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return false }
            for name in names where !(relative.isEmpty && name == Self.markerName) {
                var status = stat()
                guard lstat(folder + name, &status) == 0 else { return false }
                if status.st_mode & S_IFMT == S_IFDIR {
                    guard list(relative + name + "/") else { return false }
                } else {
                    found[relative + name] = Int(status.st_size)
                }
            }
            return true
        }
        guard list("") else { return false }
        return found.count == outputs.count && outputs.allSatisfy { found[$0.path] == $0.size }
    }

    /// Writes `site` with its manifest, replacing the tenant's previous output in one step. Returns
    /// warnings about a site that is published but left something behind (an old copy not removed).
    @discardableResult
    public func write(_ site: RenderedSite, manifest: BuildManifest) throws(DiagnosticError) -> [Diagnostic] {
        let fileManager = FileManager.default
        let target = outputRoot.appendingPathComponent(site.tenantID)
        let displayTarget = target.path
        if fileManager.fileExists(atPath: target.path),
           !fileManager.fileExists(atPath: target.appendingPathComponent(Self.markerName).path) {
            throw DiagnosticError(.error("refusing to replace '\(displayTarget)': it was not written by sitegen",
                                         notes: ["move it away, or choose another --output folder"]))
        }
        let staging = outputRoot.appendingPathComponent(".\(site.tenantID).tmp-\(ProcessInfo.processInfo.processIdentifier)")
        let retired = outputRoot.appendingPathComponent(".\(site.tenantID).old-\(ProcessInfo.processInfo.processIdentifier)")
        do {
            try Self.makeFolder(outputRoot.path, withParents: true)
            try? fileManager.removeItem(at: staging)
            try Self.makeFolder(staging.path)
            // Plain writes into the staging folder, each folder made once with `mkdir`: Foundation's
            // writes synced every file to disk, and its folder creation checked every path
            // component first — most of a full build's system time. The folder is swapped in whole;
            // a file torn by a crash has the wrong size, which the next build's manifest check catches.
            var folders: Set<String> = []
            for file in site.files {
                var folder = ""
                for component in file.path.split(separator: "/").dropLast() {
                    folder += folder.isEmpty ? String(component) : "/" + component
                    if folders.insert(folder).inserted { try Self.makeFolder(staging.path + "/" + folder) }
                }
                try writeData(file.contents, staging.path + "/" + file.path)
            }
            try writeData(Data(manifest.text.utf8), staging.path + "/" + Self.markerName)
            if fileManager.fileExists(atPath: target.path) {
                try Self.rename(target.path, to: retired.path)
                try Self.rename(staging.path, to: target.path)
                do {
                    try removeRetired(retired)
                } catch {
                    // The tenant is built: the new site is published; only the old copy is left over.
                    return [.warning("the new site is in '\(displayTarget)', but the previous one could not be removed from '\(retired.path)': \(error.localizedDescription)",
                                     notes: ["remove it by hand; the next build also removes it once this process has ended"])]
                }
            } else {
                try Self.rename(staging.path, to: target.path)
            }
        } catch let error as DiagnosticError {
            throw error
        } catch {
            try? fileManager.removeItem(at: staging)
            if !fileManager.fileExists(atPath: target.path), fileManager.fileExists(atPath: retired.path) {
                try? fileManager.moveItem(at: retired, to: target)
            }
            let kept = fileManager.fileExists(atPath: target.appendingPathComponent(Self.markerName).path)
                ? "the previously published site is still in place" : "nothing was published for this tenant"
            throw DiagnosticError(.error("cannot write '\(displayTarget)': \(Self.reason(error))", notes: [kept]))
        }
        return []
    }

    /// Why a write failed, in words for the errors a build can run into on a healthy machine.
    static func reason(_ error: any Error) -> String {
        switch (error as? POSIXError)?.code {
        case .ENOSPC?: "the disk is full (ENOSPC)"
        case .EFBIG?: "a file is too large for the file-size limit (EFBIG; see ulimit -f)"
        case .EDQUOT?: "the disk quota is used up (EDQUOT)"
        case .EROFS?: "the file system is read-only (EROFS)"
        default: error.localizedDescription
        }
    }

    /// Makes the folder at `path`; with `withParents`, an existing folder is fine and missing
    /// parents are made too (through Foundation, only when they are missing).
    private static func makeFolder(_ path: String, withParents: Bool = false) throws {
        if mkdir(path, 0o755) == 0 { return }
        let failure = errno
        if withParents {
            if failure == EEXIST, isFolder(path) { return }
            if failure == ENOENT {
                try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
                return
            }
        }
        throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO)
    }

    private static func isFolder(_ path: String) -> Bool {
        var status = stat()
        return stat(path, &status) == 0 && status.st_mode & S_IFMT == S_IFDIR
    }

    /// Renames `source` to `destination` in one step (`rename(2)`, without FileManager's checks
    /// first): the destination is a name of this process's own or was just moved away.
    private static func rename(_ source: String, to destination: String) throws {
        guard posixRename(source, destination) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
    }

    /// Writes `data` to a new file at `path`, without syncing it to disk.
    static func writeFile(_ data: Data, to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(descriptor) }
        try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            var offset = 0
            while offset < bytes.count {
                let written = posixWrite(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
                if written < 0 {
                    if errno == EINTR { continue }
                    throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO)
                }
                offset += written
            }
        }
    }

    /// Cleans up after builds that were killed: removes `.<id>.tmp-PID` and `.<id>.old-PID` folders
    /// whose process no longer runs (never those of a live build or `serve`). An `.old` folder whose
    /// tenant folder is missing is the published site caught between two renames: it is put back.
    /// Returns the names removed or restored.
    @discardableResult
    public func removeStaleStaging() -> [String] {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: outputRoot.path) else { return [] }
        var cleaned: [String] = []
        for name in names.sorted() where name.hasPrefix(".") {
            guard let dash = name.lastIndex(of: "-"), let pid = Int32(name[name.index(after: dash)...]),
                  pid > 0, pid != ProcessInfo.processInfo.processIdentifier else { continue }
            let stem = name[name.index(after: name.startIndex)..<dash]
            let isOld = stem.hasSuffix(".old"), isTmp = stem.hasSuffix(".tmp")
            guard isOld || isTmp, kill(pid, 0) != 0, errno == ESRCH else { continue }
            let id = String(stem.dropLast(4))
            let folder = outputRoot.appendingPathComponent(name)
            let target = outputRoot.appendingPathComponent(id)
            if isOld, !id.isEmpty, !fileManager.fileExists(atPath: target.path),
               fileManager.fileExists(atPath: folder.appendingPathComponent(Self.markerName).path) {
                if (try? fileManager.moveItem(at: folder, to: target)) != nil { cleaned.append(name) }
            } else if (try? fileManager.removeItem(at: folder)) != nil {
                cleaned.append(name)
            }
        }
        return cleaned
    }

    /// Removes the output of tenants that no longer exist — only folders sitegen wrote.
    /// Returns the ids removed.
    public func prune(keeping tenantIDs: Set<String>) -> [String] {
        let fileManager = FileManager.default
        guard let names = try? fileManager.contentsOfDirectory(atPath: outputRoot.path) else { return [] }
        var removed: [String] = []
        for name in names.sorted() where !tenantIDs.contains(name) && !name.hasPrefix(".") {
            let folder = outputRoot.appendingPathComponent(name)
            guard fileManager.fileExists(atPath: folder.appendingPathComponent(Self.markerName).path) else { continue }
            if (try? fileManager.removeItem(at: folder)) != nil { removed.append(name) }
        }
        return removed
    }
}

// The C library's `rename` and `write`, named apart from TenantWriter's own methods of those names.
#if canImport(Glibc)
private func posixRename(_ source: String, _ destination: String) -> Int32 { Glibc.rename(source, destination) }
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { Glibc.write(descriptor, bytes, count) }
#elseif canImport(Darwin)
private func posixRename(_ source: String, _ destination: String) -> Int32 { Darwin.rename(source, destination) }
private func posixWrite(_ descriptor: Int32, _ bytes: UnsafeRawPointer, _ count: Int) -> Int { Darwin.write(descriptor, bytes, count) }
#endif
