import Foundation
import SiteGenKit

/// Shows a build's progress: on a terminal one line rewritten in place, so ten thousand tenants
/// don't scroll the problems away; otherwise (CI logs, pipes) one plain line per tenant built.
final class BuildProgressDisplay: @unchecked Sendable {
    private let quiet: Bool
    private let isTerminal = isatty(STDOUT_FILENO) == 1
    private var lineShown = false

    /// A display; `quiet` shows nothing.
    init(quiet: Bool) {
        self.quiet = quiet
    }

    /// Reports one finished tenant. SiteBuilder calls this one tenant at a time.
    func show(_ progress: SiteBuilder.Progress) {
        guard !quiet else { return }
        if isTerminal {
            let width = String(progress.total).count
            let done = String(progress.done).leftPadded(to: width)
            write("\r\u{1B}[2K[\(done)/\(progress.total)] \(progress.tenantID)")
            lineShown = true
        } else if case let .built(result) = progress.status {
            write(Self.line(for: result) + "\n")
        }
    }

    /// Clears the progress line before the summary and diagnostics are printed.
    func finish() {
        if lineShown { write("\r\u{1B}[2K") }
    }

    /// "js-ict: 4 pages, 9 files in 12 ms".
    static func line(for result: SiteBuilder.TenantResult) -> String {
        let pages = result.pageCount == 1 ? "1 page" : "\(result.pageCount) pages"
        let files = result.fileCount == 1 ? "1 file" : "\(result.fileCount) files"
        return "\(result.tenantID): \(pages), \(files) in \(Int((result.seconds * 1000).rounded())) ms"
    }

    /// "sitegen: 2 tenants built, 3 up to date".
    static func summary(of report: SiteBuilder.Report) -> String {
        func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
        var parts = ["\(count(report.built.count, "tenant")) built", "\(report.upToDate.count) up to date"]
        if !report.notReleased.isEmpty { parts.append("\(report.notReleased.count) not released") }
        if !report.pruned.isEmpty { parts.append("\(report.pruned.count) removed") }
        return "sitegen: " + parts.joined(separator: ", ")
    }

    private func write(_ text: String) {
        FileHandle.standardOutput.write(Data(text.utf8))
    }
}

private extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
