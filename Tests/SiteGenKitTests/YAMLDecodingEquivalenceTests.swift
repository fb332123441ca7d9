import Foundation
import Testing
import Yams
@testable import SiteGenKit

/// `YAMLDocument` decodes with `NodeDecoder` where it used Yams' `YAMLDecoder`. Diagnostics are
/// made from the `DecodingError` alone, so these tests hold it to Yams' own decoder (the library,
/// not a copy of it) on the project's own configs and front matter, mutated into valid and broken
/// variants. NodeDecoder stays because it saves 5 % of a full build (BENCHMARKS.md, "Issue 14");
/// 150 variants cover every mutation kind many times over, at a tenth of the 1,500 this test once ran.
@Suite struct YAMLDecodingEquivalenceTests {
    /// A clause's front matter, as `ClauseParser` decodes it.
    struct ClauseFront: Codable {
        var id: String
        var title: String
        var covers: [GDPRItem]?
    }

    /// A released version's front matter, as `VersionFile` decodes it.
    struct VersionFront: Codable {
        var version: Int
        var date: DayDate
        var summary: String
        var approvedBy: String?
        var sha256: String

        enum CodingKeys: String, CodingKey {
            case version, date, summary, sha256
            case approvedBy = "approved_by"
        }
    }

    /// The project's configs and front matter, as text.
    static let seeds: [String] = {
        let root = TestSupport.repoRoot
        let files = ["tenants/js-ict/tenant.yaml", "tenants/jsm/tenant.yaml", "tenants/webcircuit/tenant.yaml",
                     "tenants/m-ict/tenant.yaml", "tenants/_shared/library.yaml", "themes/corporate/theme.yaml",
                     "themes/classic/theme.yaml", "tenants/js-ict/history/0001.md", "tenants/_shared/clauses/intro.md",
                     "tenants/_shared/clauses/rights.md"]
        return files.compactMap { try? String(contentsOf: root.appendingPathComponent($0), encoding: .utf8) }.map { text in
            guard text.hasPrefix("---\n"), let end = text.range(of: "\n---\n") else { return text }
            return String(text[text.index(text.startIndex, offsetBy: 4)..<end.lowerBound])
        }
    }()

    static let values = ["[1, 2]", "{a: b}", "~", "", "yes", "\"quoted\"", "'x'", "123", "1.5", "\"\"", "null", "!!str 5", "!!int 5",
                         "&anchor v", ".inf", "2024-13-01", "2024-02-03", "-", "\"e\u{301}\"", "u", "nl-BE", "[controller-identity, nope]",
                         "{ name: X, url: Y }", "[[a, b], [c]]", "!!map {a: 1}", "[]", "{}", "true"]
    static let keys = ["\"title\"", "'company'", "yes", "\"yes\"", "yamlTag", "yamlAnchor", "<<", "=", "unknown_key", "1", "!!str title", "? x"]

    /// `count` variants of the seeds with one to three line mutations each.
    static func variants(count: Int, seed: UInt64) -> [String] {
        var generator = SeededGenerator(seed: seed)
        return (0..<count).map { _ in
            var lines = seeds.randomElement(using: &generator)!.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for _ in 0..<Int.random(in: 1...3, using: &generator) where !lines.isEmpty {
                let index = Int.random(in: 0..<lines.count, using: &generator)
                let line = lines[index]
                let indent = String(line.prefix { $0 == " " || $0 == "-" })
                let colon = line.range(of: ": ")
                switch Int.random(in: 0..<6, using: &generator) {
                case 0:
                    lines.remove(at: index)
                case 1 where colon != nil:
                    lines[index] = String(line[..<colon!.upperBound]) + values.randomElement(using: &generator)!
                case 2 where colon != nil:
                    lines[index] = indent + keys.randomElement(using: &generator)! + String(line[colon!.lowerBound...])
                case 3:
                    lines.insert(indent + "\(keys.randomElement(using: &generator)!): \(values.randomElement(using: &generator)!)", at: index)
                case 4:
                    lines.insert("<<: {title: X, extra: 1}", at: 0)
                default:
                    lines[index] = line + values.randomElement(using: &generator)!
                }
            }
            return lines.joined(separator: "\n")
        }
    }

    /// A decoded value as sorted JSON, or the error with every field diagnostics are made from.
    static func outcome<T: Codable>(_ decode: () throws -> T) -> String {
        do {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return "ok " + String(decoding: try encoder.encode(decode()), as: UTF8.self)
        } catch let error as DecodingError {
            func context(_ context: DecodingError.Context) -> String {
                context.codingPath.map { "\($0.stringValue)#\($0.intValue.map(String.init) ?? "-")" }.joined(separator: "/")
                    + " " + context.debugDescription + " \(context.underlyingError.map { "\($0)" } ?? "-")"
            }
            switch error {
            case let .typeMismatch(type, c): return "typeMismatch \(String(reflecting: type)) \(context(c))"
            case let .valueNotFound(type, c): return "valueNotFound \(String(reflecting: type)) \(context(c))"
            case let .keyNotFound(key, c): return "keyNotFound \(key.stringValue)#\(key.intValue.map(String.init) ?? "-") \(key) \(context(c))"
            case let .dataCorrupted(c): return "dataCorrupted \(context(c))"
            @unknown default: return "unknown \(error)"
            }
        } catch {
            return "other \(error)"
        }
    }

    /// Compares the two decoders on `text` as `T`: nil when `NodeDecoder` leaves it to Yams, else
    /// whether it decoded.
    static func compare<T: Codable>(_ type: T.Type, _ text: String) throws -> Bool? {
        // Each decoder gets its own tree: decoding resolves tags in place.
        let ours = try YAMLDocument(SourceFile(displayPath: "t.yaml", text: text)).root
        let theirs = try YAMLDocument(SourceFile(displayPath: "t.yaml", text: text)).root
        guard NodeDecoder.canDecode(ours) else { return nil }
        let decoded = outcome { try NodeDecoder.decode(T.self, from: ours) }
        let expected = outcome { try YAMLDecoder(encoding: .utf8).decode(T.self, from: theirs) }
        #expect(Array(decoded.utf8) == Array(expected.utf8), "\(text)")
        return (try? NodeDecoder.decode(T.self, from: ours)) != nil
    }

    @Test func nodeDecoderMatchesYAMLDecoder() throws {
        var compared = 0, decoded = 0
        for text in Self.seeds + Self.variants(count: 150, seed: 11) {
            guard (try? YAMLDocument(SourceFile(displayPath: "t.yaml", text: text))) != nil else { continue }
            let results = try [Self.compare(TenantConfig.self, text), Self.compare(LibraryConfig.self, text),
                               Self.compare(ThemeConfig.self, text), Self.compare(ClauseFront.self, text),
                               Self.compare(VersionFront.self, text)]
            compared += results.compactMap { $0 }.count
            decoded += results.filter { $0 == true }.count
        }
        // Enough of both outcomes to mean something: values decoded, and errors of every kind.
        #expect(compared > 200)
        #expect(decoded > 20)
    }

    @Test func frontRuleResolvesTagsLikeTheDefaultResolver() {
        var generator = SeededGenerator(seed: 5)
        let words = ["yes", "Yes", "YES", "no", "No", "NO", "true", "True", "TRUE", "false", "False", "FALSE", "on", "On", "ON", "off",
                     "Off", "OFF", "null", "Null", "NULL", "y", "n", "~", "", "<<", "=", ".inf", ".nan", "0x1F", "1_000", "2024-01-02",
                     "name", "legal_name", "rights-access", "general/traffic-data", "a.b", "_x", "x1", "é", "yesx", "xyes"]
        let ends = ["", "\n", "\r\n", "\r", "\u{85}", "\u{2028}", " ", "x", "\n\n", "-", ".", "/"]
        let alphabet = Array("aZy_./-~<=:+ 0159eE\n\ré")
        var strings = words.flatMap { word in ends.map { word + $0 } } + words.map { "x" + $0 }
        strings += (0..<1000).map { _ in String((0..<Int.random(in: 0...7, using: &generator)).map { _ in alphabet.randomElement(using: &generator)! }) }
        for string in strings {
            #expect(YAMLDocument.resolver.resolveTag(of: Node(string)) == Resolver.default.resolveTag(of: Node(string)),
                    "\(Array(string.unicodeScalars))")
        }
    }

    @Test func composingWithTheFrontRuleGivesTheSameTrees() {
        for text in Self.seeds + Self.variants(count: 150, seed: 13) {
            let theirs = Result { try Yams.compose(yaml: text, .default, .default, .utf8) }
            let ours = Result { try Yams.compose(yaml: text, YAMLDocument.resolver, YAMLDocument.constructor, .utf8) }
            switch (ours, theirs) {
            case let (.success(mine), .success(expected)):
                #expect(mine == expected, "\(text)")
            case let (.failure(mine), .failure(expected)):
                #expect("\(mine)" == "\(expected)", "\(text)")
            default:
                Issue.record("one resolver composed, the other did not: \(text)")
            }
        }
    }

    @Test func documentsWithMergeKeysOrTagsGoToYams() throws {
        for text in ["<<: {a: 1}\nb: 2", "!!map {a: 1}", "a: !!map {b: 1}", "=: 1", "a: {yamlTag: 1}", "? [a]\n: b\n<<: {c: 1}"] {
            #expect(!NodeDecoder.canDecode(try YAMLDocument(SourceFile(displayPath: "t.yaml", text: text)).root), "\(text)")
        }
        #expect(NodeDecoder.canDecode(try YAMLDocument(SourceFile(displayPath: "t.yaml", text: "a: {b: [1, 'x']}\n\"c\": d")).root))
    }
}

/// A seeded SplitMix64, so a failing variant is reproducible.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    /// SplitMix64.
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var value = state
        value = (value ^ (value >> 30)) &* 0xBF58_476D_1CE4_E5B9
        value = (value ^ (value >> 27)) &* 0x94D0_49BB_1331_11EB
        return value ^ (value >> 31)
    }
}
