import Foundation
import Yams

/// What the generator takes from the real repository: the service catalogue of
/// `tenants/_shared/library.yaml`, and the statements of the tenants that have their own text.
/// Read, not hard-coded, so the synthetic tenants follow the library when it changes.
public struct SourceCorpus: Sendable {
    /// A service of the catalogue with its rows, in catalogue order.
    public struct Service: Sendable {
        /// The id in the catalogue.
        public var id: String
        /// Its register rows, in catalogue order.
        public var rows: [Row]
    }

    /// A register row: whether a tenant must switch it on, and its default retention.
    public struct Row: Sendable {
        /// The id in the catalogue.
        public var id: String
        /// Whether a tenant must switch the row on with `include: true`.
        public var optional: Bool
        /// The catalogue's retention.
        public var retention: String
    }

    /// A real tenant with its own clauses whose structure synthetic tenants copy.
    public struct OwnText: Sendable {
        /// The real tenant whose clauses are copied.
        public var tenant: String
        /// Its statement title.
        public var title: String
        /// `nl` or `nl-BE`.
        public var language: String
        /// `u` or `je`.
        public var register: String
        /// `NL` or `BE`.
        public var jurisdiction: String
        /// Its clause order.
        public var statement: [String]
        /// Art. 13 items no clause of the statement covers and the model does not acknowledge;
        /// synthetic copies add a platform clause for each, so they check clean.
        public var uncovered: [String]
        /// The model's `facts:`, `gdpr:` and `lint:` blocks as written in its tenant.yaml: the copied
        /// clauses print these facts, and the acknowledged open questions and lint findings come with
        /// the text they are about, so the copies check clean as the model does.
        public var copiedBlocks: String
    }

    /// The top-level keys whose blocks a copy takes over from its model's tenant.yaml.
    static let copiedKeys: Set<String> = ["facts", "gdpr", "lint"]

    /// The GDPR Art. 13 items of `covers:` (docs/authoring.md), except `dpo-contact`, which the
    /// own-text tenants (without a `dpo:`) do not need.
    static let gdprItems = ["controller-identity", "controller-contact", "purposes", "legal-basis", "legitimate-interests",
                            "recipients", "transfers", "retention", "right-of-access", "right-to-rectification", "right-to-erasure",
                            "right-to-restriction", "right-to-portability", "right-to-object", "withdraw-consent", "complaint",
                            "statutory-requirement", "automated-decisions"]

    /// The repository root (holds `tenants/` and `themes/`).
    public let root: URL
    /// The catalogue, in order.
    public let services: [Service]
    /// The model for tenants with their own informal ("je") text: JUICT.
    public let informal: OwnText
    /// The model for tenants with their own formal Belgian text: JSM.
    public let formal: OwnText

    /// Reads the catalogue and the own-text tenants (JUICT for informal, JSM for formal).
    public init(root: URL) throws {
        self.root = root
        let library = try Self.yaml(root.appendingPathComponent("tenants/_shared/library.yaml"))
        guard case let .mapping(catalogue)? = library["services"] else {
            throw GeneratorError("tenants/_shared/library.yaml has no services")
        }
        services = catalogue.map { key, node in
            var rows: [Row] = []
            if case let .mapping(rowNodes)? = node["rows"] {
                for (rowKey, row) in rowNodes {
                    rows.append(Row(id: rowKey.string ?? "", optional: row["optional"]?.bool == true,
                                    retention: row["retention"]?.string ?? ""))
                }
            }
            return Service(id: key.string ?? "", rows: rows)
        }
        informal = try Self.ownText("juict", root: root)
        formal = try Self.ownText("jsm", root: root)
    }

    private static func ownText(_ tenant: String, root: URL) throws -> OwnText {
        let url = root.appendingPathComponent("tenants/\(tenant)/tenant.yaml")
        let node = try yaml(url)
        let blocks = topLevelBlocks(copiedKeys, in: (try? String(contentsOf: url, encoding: .utf8)) ?? "")
        func text(_ key: String) throws -> String {
            guard let value = node[key]?.string else { throw GeneratorError("tenants/\(tenant)/tenant.yaml has no \(key)") }
            return value
        }
        let statement = node["statement"]?.sequence?.compactMap(\.string) ?? []
        // Items the model acknowledges (open questions of docs/legal-review.md) stay acknowledged in
        // the copies, which take over its `gdpr:` block; a platform clause would contradict that.
        var acknowledged = Set<String>()
        if case let .mapping(items)? = node["gdpr"]?["acknowledged"] { acknowledged = Set(items.keys.compactMap(\.string)) }
        var covered = Set<String>()
        for clause in statement {
            let own = root.appendingPathComponent("tenants/\(tenant)/clauses/\(clause).md")
            let shared = root.appendingPathComponent("tenants/_shared/clauses/\(clause).md")
            let file = FileManager.default.fileExists(atPath: own.path) ? own : shared
            guard let text = try? String(contentsOf: file, encoding: .utf8), text.hasPrefix("---\n"),
                  let end = text.range(of: "\n---\n"),
                  let front = try Yams.compose(yaml: String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound])) else { continue }
            covered.formUnion(front["covers"]?.sequence?.compactMap(\.string) ?? [])
        }
        return OwnText(tenant: tenant, title: try text("title"), language: try text("language"), register: try text("register"),
                       jurisdiction: try text("jurisdiction"), statement: statement,
                       uncovered: gdprItems.filter { !covered.contains($0) && !acknowledged.contains($0) }, copiedBlocks: blocks)
    }

    /// The lines of the top-level `keys` in a YAML file, each block from its key's line to the next
    /// top-level line (comments above a key stay with the block before it), in file order.
    static func topLevelBlocks(_ keys: Set<String>, in text: String) -> String {
        var out = "", copying = false
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if let first = line.first, first != " ", first != "#", first != "-" {
                let key = line.prefix { $0 != ":" }
                copying = keys.contains(String(key))
            }
            if copying { out += line + "\n" }
        }
        return out
    }

    private static func yaml(_ url: URL) throws -> Node {
        let text: String
        do {
            text = try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw GeneratorError("cannot read \(url.path): is --source-root the sitegen repository?")
        }
        guard let node = try Yams.compose(yaml: text) else { throw GeneratorError("\(url.path) is empty") }
        return node
    }
}
