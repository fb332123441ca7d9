import Foundation
import SitegenBenchKit

/// Times the tools sitegen is compared with on the same Markdown: Hugo building the kept Hugo
/// site into an empty folder, and the `cmark-gfm` CLI rendering `all.md` in one process (the floor:
/// parsing and HTML rendering alone, output to /dev/null).
struct ToolRunner {
    /// Sizes of the compared Markdown.
    let stats: MarkdownExport.Stats
    /// Runs per tool.
    let runs: Int
    /// Where stderr of each run goes.
    let logFolder: URL
    /// Where progress lines go (stderr).
    let log: (String) -> Void
    /// Where the previous run's public/ and resources/ go.
    let trash: Trash

    /// `hugo --source <site> --destination <site>/public --quiet`, public/ and resources/ set aside before each run.
    func hugo(site: URL) throws -> PhaseResult {
        guard let hugo = ChildProcess.which("hugo") else { throw BenchError("hugo is not on PATH (apt-get install -y hugo)") }
        var result = PhaseResult(name: "hugo full build", pages: stats.pages, markdownBytes: stats.allMarkdownBytes)
        let public_ = site.appendingPathComponent("public")
        for run in 1...runs {
            try trash.discard(public_)
            try trash.discard(site.appendingPathComponent("resources"))
            try measure(&result, run: run, hugo, ["--source", site.path, "--destination", public_.path, "--quiet"])
        }
        return result
    }

    /// `cmark-gfm -e table -e strikethrough -e autolink -e tagfilter all.md > /dev/null`.
    func cmark(markdown: URL) throws -> PhaseResult {
        guard let cmark = ChildProcess.which("cmark-gfm") else { throw BenchError("cmark-gfm is not on PATH (apt-get install -y cmark-gfm)") }
        var result = PhaseResult(name: "cmark-gfm all.md", pages: stats.pages, markdownBytes: stats.allMarkdownBytes)
        let arguments = ["-e", "table", "-e", "strikethrough", "-e", "autolink", "-e", "tagfilter", markdown.appendingPathComponent("all.md").path]
        for run in 1...runs { try measure(&result, run: run, cmark, arguments) }
        return result
    }

    private func measure(_ result: inout PhaseResult, run: Int, _ tool: String, _ arguments: [String]) throws {
        let stderr = logFolder.appendingPathComponent("tool.stderr").path
        let measurement = try ChildProcess.run(tool, arguments, stderrPath: stderr)
        guard measurement.exitCode == 0 else {
            let text = (try? String(contentsOfFile: stderr, encoding: .utf8)) ?? ""
            throw BenchError("\(tool) failed (exit \(measurement.exitCode)):\n\(text.suffix(3000))")
        }
        result.seconds.append(measurement.seconds)
        result.peakRSSBytes.append(measurement.peakRSSBytes)
        log("  \(result.name) #\(run): " + String(format: "%.3f s, %.0f MB peak RSS", measurement.seconds, Double(measurement.peakRSSBytes) / 1e6))
    }
}
