import Foundation

/// What one tenant's output was built from and what it holds, kept in `output/<tenant>/.sitegen`.
/// The next build recomputes the inputs and skips a tenant whose inputs, generator and files are
/// as recorded. It is committed with output/, so it holds only hashes and relative paths: the
/// same on every machine, and a fresh build into an empty folder writes it byte for byte again.
public struct BuildManifest: Sendable, Equatable {
    /// An input file and the hex SHA-256 of its bytes.
    public struct Entry: Sendable, Hashable {
        public var path: String
        public var sha256: String
    }

    /// An output file and its size, so a check can tell a missing or truncated output file
    /// without reading it. Outputs are not hashed: nothing decides on their content, and hashing
    /// every page took about 4 % of a build.
    public struct OutputEntry: Sendable, Hashable {
        public var path: String
        public var size: Int
    }

    public var tenantID: String
    /// The sitegen version that wrote the output: a new version may render the same input differently.
    public var generator: String
    /// The theme the tenant used, so a check knows which theme folder to hash again.
    public var theme: String
    /// Project files the output depends on, relative to the project root, sorted.
    public var inputs: [Entry]
    /// The files of the tenant's output folder, relative to it, sorted.
    public var outputs: [OutputEntry]
    /// Which version was in force and which were announced, as the days between which that holds:
    /// a build on another day rebuilds the tenant only when the answer changed. Nil in manifests
    /// written before effective dates.
    public var versions: VersionState?

    /// The version in force when the output was built, and the days that choice holds for.
    public struct VersionState: Sendable, Equatable {
        /// The number of the version in force; 0 when only announced versions exist.
        public var inForce: Int
        /// The day the version in force took effect; nil when it is unknown or none is in force.
        public var from: DayDate?
        /// The day the next announced version takes effect; nil when none is announced.
        public var until: DayDate?

        /// The state of `history` on `today`.
        init(history: [Version], today: DayDate) {
            let current = history.inForce(on: today)
            inForce = current?.number ?? 0
            from = current?.effective
            until = history.announced(on: today).first?.effective
        }

        init(inForce: Int, from: DayDate?, until: DayDate?) {
            self.inForce = inForce
            self.from = from
            self.until = until
        }

        /// Whether the same versions are in force and announced on `day`.
        public func holds(on day: DayDate) -> Bool {
            (from.map { $0 <= day } ?? true) && (until.map { day < $0 } ?? true)
        }

        var text: String { "versions \(inForce) \(from?.description ?? "-") \(until?.description ?? "-")" }

        init?(text: String) {
            let parts = text.split(separator: " ").map(String.init)
            guard parts.count == 3, let number = Int(parts[0]) else { return nil }
            func day(_ part: String) -> DayDate?? { part == "-" ? .some(nil) : DayDate(part).map { .some($0) } }
            guard let from = day(parts[1]), let until = day(parts[2]) else { return nil }
            self.init(inForce: number, from: from, until: until)
        }
    }

    private static let header = "# sitegen build manifest: what this folder was built from. Written by sitegen; do not edit."

    /// The manifest as written to disk: one fact per line, paths last so they may hold spaces.
    public var text: String {
        var lines = [Self.header, "tenant \(tenantID)", "generator \(generator)", "theme \(theme)"]
        if let versions { lines.append(versions.text) }
        lines += inputs.map { "input \($0.sha256) \($0.path)" }
        lines += outputs.map { "output \($0.size) \($0.path)" }
        return lines.joined(separator: "\n") + "\n"
    }

    /// Reads a manifest; nil for anything else (an older marker, a damaged file), which simply
    /// means "build again".
    public init?(text: String) {
        var tenantID: String?, generator: String?, theme: String?
        var inputs: [Entry] = [], outputs: [OutputEntry] = []
        var versions: VersionState?
        // Split as UTF-8: Character-wise splitting was most of a no-op build's time.
        func fields(_ text: Substring.UTF8View, count: Int) -> [String]? {
            let parts = text.split(separator: UInt8(ascii: " "), maxSplits: count - 1, omittingEmptySubsequences: false)
            return parts.count == count ? parts.map { String(decoding: $0, as: UTF8.self) } : nil
        }
        for line in text.utf8.split(separator: UInt8(ascii: "\n")) where line.first != UInt8(ascii: "#") {
            guard let parts = fields(Substring(line).utf8, count: 2) else { return nil }
            switch parts[0] {
            case "tenant": tenantID = parts[1]
            case "generator": generator = parts[1]
            case "theme": theme = parts[1]
            case "versions":
                guard let state = VersionState(text: parts[1]) else { return nil }
                versions = state
            case "input":
                guard let entry = fields(Substring(parts[1]).utf8, count: 2) else { return nil }
                inputs.append(Entry(path: entry[1], sha256: entry[0]))
            case "output":
                guard let entry = fields(Substring(parts[1]).utf8, count: 2), let size = Int(entry[0]) else { return nil }
                outputs.append(OutputEntry(path: entry[1], size: size))
            default:
                return nil
            }
        }
        guard let tenantID, let generator, let theme else { return nil }
        self.init(tenantID: tenantID, generator: generator, theme: theme, inputs: inputs, outputs: outputs)
        self.versions = versions
    }

    /// A manifest from its parts; entries are sorted here so the text never depends on call order.
    public init(tenantID: String, generator: String, theme: String, inputs: [Entry], outputs: [OutputEntry]) {
        self.tenantID = tenantID
        self.generator = generator
        self.theme = theme
        self.inputs = inputs.sorted { $0.path < $1.path }
        self.outputs = outputs.sorted { $0.path < $1.path }
    }

    /// The output entries of a rendered site.
    static func outputs(of site: RenderedSite) -> [OutputEntry] {
        site.files.map { OutputEntry(path: $0.path, size: $0.contents.count) }
    }

    /// The input files a manifest names inside libraries other than their configs: the clause
    /// files the tenant's statement used, which only a resolve can tell.
    var libraryClauseFiles: [String] {
        inputs.map(\.path).filter { $0.hasPrefix("tenants/_") && !$0.hasSuffix("/library.yaml") }
    }
}
