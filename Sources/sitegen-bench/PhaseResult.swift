/// The measurements of one benchmark phase over all its runs, and the rates derived from the
/// median: medians because the machines are shared and single times are noise.
struct PhaseResult: Encodable {
    /// The phase, as the table shows it.
    var name: String
    /// Wall time of each run.
    var seconds: [Double]
    /// Peak RSS of each run.
    var peakRSSBytes: [Int]
    /// Tenants whose output a run rewrote (sitegen phases only).
    var rebuilt: [Int]?
    /// Tenants the phase has to rebuild at least (nil for other tools).
    var expectedRebuilt: Int?
    /// Pages of the whole project, for pages/s.
    var pages: Int
    /// Markdown of the whole project, for MB/s.
    var markdownBytes: Int

    /// The median wall time.
    var medianSeconds: Double { Self.median(seconds) }
    /// The fastest run.
    var minSeconds: Double { seconds.min() ?? 0 }
    /// The largest peak RSS of the runs.
    var maxPeakRSSBytes: Int { peakRSSBytes.max() ?? 0 }
    /// Pages of the project per second of median wall time.
    var pagesPerSecond: Double { medianSeconds > 0 ? Double(pages) / medianSeconds : 0 }
    /// MB of Markdown per second of median wall time.
    var megabytesPerSecond: Double { medianSeconds > 0 ? Double(markdownBytes) / 1e6 / medianSeconds : 0 }

    /// The median of `values` (0 when empty).
    static func median(_ values: [Double]) -> Double {
        let sorted = values.sorted()
        guard !sorted.isEmpty else { return 0 }
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
    }

    private enum CodingKeys: String, CodingKey {
        case name, seconds, peakRSSBytes, rebuilt, expectedRebuilt, pages, markdownBytes
        case medianSeconds, pagesPerSecond, megabytesPerSecond
    }

    /// The measurements plus the derived rates.
    func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(seconds, forKey: .seconds)
        try container.encode(peakRSSBytes, forKey: .peakRSSBytes)
        try container.encodeIfPresent(rebuilt, forKey: .rebuilt)
        try container.encodeIfPresent(expectedRebuilt, forKey: .expectedRebuilt)
        try container.encode(pages, forKey: .pages)
        try container.encode(markdownBytes, forKey: .markdownBytes)
        try container.encode(medianSeconds, forKey: .medianSeconds)
        try container.encode(pagesPerSecond, forKey: .pagesPerSecond)
        try container.encode(megabytesPerSecond, forKey: .megabytesPerSecond)
    }

    /// An empty result; `expectedRebuilt` is set for sitegen phases only.
    init(name: String, pages: Int, markdownBytes: Int, expectedRebuilt: Int? = nil) {
        self.name = name
        self.seconds = []
        self.peakRSSBytes = []
        self.rebuilt = expectedRebuilt == nil ? nil : []
        self.expectedRebuilt = expectedRebuilt
        self.pages = pages
        self.markdownBytes = markdownBytes
    }
}
