import Foundation
import SitegenBenchKit

/// The benchmark's results: printed as a table for people, written as JSON for scripts and for
/// comparing a "before" with an "after" run.
struct BenchReport: Encodable {
    /// N.
    var tenants: Int
    /// The generator seed.
    var seed: UInt64
    /// Runs per phase (`--runs`).
    var runs: Int
    /// How long generating the project took.
    var generationSeconds: Double
    /// Sizes of what sitegen renders.
    var corpus: MarkdownExport.Stats
    /// Every timed phase, in order.
    var phases: [PhaseResult] = []

    /// Ratios of medians the targets are stated in (absent when a phase was not run).
    var ratios: [String: Double] {
        func median(_ name: String) -> Double? { phases.first { $0.name == name }.map(\.medianSeconds) }
        var ratios: [String: Double] = [:]
        guard let full = median("full build"), full > 0 else { return ratios }
        if let hugo = median("hugo full build"), hugo > 0 { ratios["full/hugo"] = full / hugo }
        if let cmark = median("cmark-gfm all.md"), cmark > 0 { ratios["full/cmark"] = full / cmark }
        if let noOp = median("no-op rebuild") { ratios["noop/full"] = noOp / full }
        if let clause = median("shared clause edit") { ratios["clause/full"] = clause / full }
        if let tenant = median("one tenant edit") { ratios["tenant/full"] = tenant / full }
        return ratios
    }

    private enum CodingKeys: String, CodingKey {
        case tenants, seed, runs, generationSeconds, corpus, phases, ratios
    }

    /// The stored values plus the ratios.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(tenants, forKey: .tenants)
        try container.encode(seed, forKey: .seed)
        try container.encode(runs, forKey: .runs)
        try container.encode(generationSeconds, forKey: .generationSeconds)
        try container.encode(corpus, forKey: .corpus)
        try container.encode(phases, forKey: .phases)
        try container.encode(ratios, forKey: .ratios)
    }

    /// The human-readable table.
    var table: String {
        let averageKB = corpus.tenants > 0 ? Double(corpus.currentBytes) / Double(corpus.tenants) / 1024 : 0
        var text = "sitegen-bench: \(tenants) tenants (seed \(seed)), \(corpus.pages) pages, "
            + String(format: "%.1f MB of Markdown per build (current statements %.1f KB on average, %d versions)",
                     Double(corpus.statementBytes) / 1e6, averageKB, corpus.versions)
            + String(format: "; project generated in %.1f s\n", generationSeconds)
        text += "medians of the runs shown per phase (runs listed under tenants rebuilt); peak RSS is the largest of the runs\n\n"
        text += pad("phase", 20) + lpad("median s", 10) + lpad("min s", 10) + lpad("pages/s", 10) + lpad("MB/s", 8)
            + lpad("peak RSS", 11) + "  tenants rebuilt (expected)\n"
        for phase in phases {
            text += pad(phase.name, 20) + lpad(String(format: "%.3f", phase.medianSeconds), 10)
                + lpad(String(format: "%.3f", phase.minSeconds), 10) + lpad(String(format: "%.0f", phase.pagesPerSecond), 10)
                + lpad(String(format: "%.2f", phase.megabytesPerSecond), 8)
                + lpad(String(format: "%.0f MB", Double(phase.maxPeakRSSBytes) / 1e6), 11)
            if let rebuilt = phase.rebuilt, let expected = phase.expectedRebuilt {
                text += "  \(rebuilt.map(String.init).joined(separator: "/")) (\(expected))"
            }
            text += "\n"
        }
        let ratios = self.ratios
        if !ratios.isEmpty {
            text += "\nratios of medians: " + ratios.keys.sorted().map { "\($0) " + String(format: "%.3f", ratios[$0]!) }.joined(separator: ", ") + "\n"
        }
        return text
    }

    /// The results as Markdown table rows for BENCHMARKS.md (header with `markdownHeader`).
    var markdownRows: String {
        phases.map { phase in
            let rebuilt = phase.rebuilt.map { runs in "\(runs.map(String.init).joined(separator: "/")) of \(phase.expectedRebuilt ?? 0)" } ?? "–"
            return "| \(tenants) | \(phase.name) | " + String(format: "%.3f | %.3f | %.0f | %.2f | %.0f", phase.medianSeconds, phase.minSeconds,
                                                                phase.pagesPerSecond, phase.megabytesPerSecond, Double(phase.maxPeakRSSBytes) / 1e6)
                + " | \(rebuilt) |"
        }.joined(separator: "\n") + "\n"
    }

    /// The header of `markdownRows`.
    static let markdownHeader = """
    | tenants | phase | median s | min s | pages/s | MB/s | peak RSS MB | tenants rebuilt per run (expected) |
    |---:|---|---:|---:|---:|---:|---:|---|

    """

    private func pad(_ text: String, _ width: Int) -> String {
        text.count >= width ? text : text + String(repeating: " ", count: width - text.count)
    }

    private func lpad(_ text: String, _ width: Int) -> String {
        text.count >= width ? " " + text : String(repeating: " ", count: width - text.count) + text
    }
}
