/// The measurements of one benchmark phase over all its runs, and the rates derived from the
/// median: medians because the machines are shared and single times are noise.
struct PhaseResult: Encodable {
    var name: String
    var seconds: [Double]
    var peakRSSBytes: [Int]
    /// Tenants whose output a run rewrote (sitegen phases only).
    var rebuilt: [Int]?
    /// Tenants the phase has to rebuild at least (nil for other tools).
    var expectedRebuilt: Int?
    var pages: Int
    var markdownBytes: Int

    var medianSeconds: Double { Self.median(seconds) }
    var minSeconds: Double { seconds.min() ?? 0 }
    var maxPeakRSSBytes: Int { peakRSSBytes.max() ?? 0 }
    var pagesPerSecond: Double { medianSeconds > 0 ? Double(pages) / medianSeconds : 0 }
    var megabytesPerSecond: Double { medianSeconds > 0 ? Double(markdownBytes) / 1e6 / medianSeconds : 0 }

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
