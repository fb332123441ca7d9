import Dispatch
import Foundation
import SiteGenKit

extension PreviewServer {
    /// Serves until Ctrl-C (SIGINT) or SIGTERM, then stops cleanly; returns the exit status:
    /// 0 after a signal, 1 when the project or the address cannot be used. For the command line.
    public static func serve(_ configuration: Configuration) -> Int32 {
        let log = configuration.log
        let server: PreviewServer
        do {
            server = try PreviewServer(configuration)
        } catch {
            log(error.description)
            return 1
        }
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let done = DispatchSemaphore(value: 0)
        let status = StatusBox()
        let sources = [SIGINT, SIGTERM].map { number in
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                guard status.beginStopping() else { return }
                log("sitegen serve: stopping")
                Task {
                    await server.stop()
                    done.signal()
                }
            }
            source.resume()
            return source
        }
        Task {
            do {
                let port = try await server.start()
                let host = configuration.bind.contains(":") ? "[\(configuration.bind)]" : configuration.bind
                let count = server.store.snapshot().scope.count
                log("sitegen serve: \(count) tenant\(count == 1 ? "" : "s") at http://\(host):\(port)/ (Ctrl-C stops; edits seen by \(server.watchMethod))")
            } catch {
                log("sitegen serve: cannot listen on \(configuration.bind):\(configuration.port): \(error)")
                status.fail()
                await server.stop()
                done.signal()
            }
        }
        done.wait()
        sources.forEach { $0.cancel() }
        return status.code
    }
}

/// The exit status, set from the signal handler or the start task.
private final class StatusBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stopping = false
    private var failed = false

    /// True the first time only: a second Ctrl-C while stopping does nothing more.
    func beginStopping() -> Bool {
        lock.withLock {
            defer { stopping = true }
            return !stopping
        }
    }

    func fail() { lock.withLock { failed = true } }

    var code: Int32 { lock.withLock { failed ? 1 : 0 } }
}
