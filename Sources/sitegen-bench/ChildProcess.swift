import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Runs a program and measures it from outside: wall time between spawn and exit, and the child's
/// peak resident set size. Measuring the real executable, not a library call, times what a user
/// waits for, start-up and exit included.
///
/// Peak RSS needs care: Linux's `ru_maxrss` of a spawned child also counts the high-water mark of
/// the parent's memory it ran on until `exec` (posix_spawn shares it, fork copies it), so it is
/// never below this benchmark's own peak. While the child runs its `VmHWM` (the high-water mark of
/// its own address space) is sampled from /proc; `ru_maxrss` is used when it is above the parent's
/// peak (then it is the child's alone), the last sample otherwise.
struct ChildProcess {
    /// What one run cost.
    struct Measurement {
        var seconds: Double
        var peakRSSBytes: Int
        var exitCode: Int32
    }

    /// Runs `executable` with `arguments`; stdout goes to `stdoutPath`, stderr to `stderrPath`.
    static func run(_ executable: String, _ arguments: [String], stdoutPath: String = "/dev/null",
                    stderrPath: String) throws -> Measurement {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 1, stdoutPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderrPath, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        let argv: [UnsafeMutablePointer<CChar>?] = ([executable] + arguments).map { strdup($0) } + [nil]
        defer { argv.forEach { free($0) } }

        var pid: pid_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let spawned = posix_spawn(&pid, executable, &actions, nil, argv, environ)
        guard spawned == 0 else {
            throw BenchError("cannot start \(executable): \(String(cString: strerror(spawned)))")
        }
        let parentPeak = Self.highWaterMark("/proc/self/status") ?? 0
        var status: Int32 = 0
        var usage = rusage()
        var sampled = 0
        while true {
            let waited = wait4(pid, &status, WNOHANG, &usage)
            if waited == pid { break }
            if waited == -1 && errno != EINTR {
                throw BenchError("waiting for \(executable) failed: \(String(cString: strerror(errno)))")
            }
            sampled = max(sampled, Self.highWaterMark("/proc/\(pid)/status") ?? 0)
            // Poll often at first (short runs), then every 5 ms: at most 5 ms late on runs of seconds.
            let elapsed = DispatchTime.now().uptimeNanoseconds - started
            usleep(elapsed < 200_000_000 ? 500 : 5_000)
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9
        // WIFEXITED / WEXITSTATUS by hand: the macros are not visible from Swift.
        let exitCode = status & 0x7f == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
        // Linux reports ru_maxrss in kilobytes.
        let maxRSS = Int(usage.ru_maxrss)
        let peak = maxRSS > parentPeak || sampled == 0 ? maxRSS : sampled
        return Measurement(seconds: seconds, peakRSSBytes: peak * 1024, exitCode: exitCode)
    }

    /// `VmHWM` of a /proc status file, in kilobytes.
    private static func highWaterMark(_ path: String) -> Int? {
        guard let text = try? String(contentsOfFile: path, encoding: .utf8),
              let line = text.split(separator: "\n").first(where: { $0.hasPrefix("VmHWM:") }) else { return nil }
        return Int(line.dropFirst(6).trimmingCharacters(in: .whitespaces).split(separator: " ").first ?? "")
    }

    /// The full path of `name` on PATH, or nil.
    static func which(_ name: String) -> String? {
        if name.contains("/") { return FileManager.default.isExecutableFile(atPath: name) ? name : nil }
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(name)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
