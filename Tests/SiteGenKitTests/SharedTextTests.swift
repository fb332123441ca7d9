import Foundation
import Testing
@testable import SiteGenKit

/// The platform's legal text lives once: no sentence of a shared clause may be copied into a
/// tenant's own files (its frozen history excepted, which records what was published).
@Suite struct SharedTextTests {
    /// Fragments of shared text long enough to be a real copy rather than a common phrase: the
    /// placeholder-free stretches of each sentence of each shared clause.
    static func sharedFragments() throws -> [(clause: String, fragment: String)] {
        let folder = TestSupport.repoRoot.appendingPathComponent("tenants/_shared/clauses")
        var fragments: [(String, String)] = []
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() where name.hasSuffix(".md") {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let body = text.components(separatedBy: "\n---\n").dropFirst().joined(separator: "\n---\n")
            for sentence in body.components(separatedBy: CharacterSet(charactersIn: ".?!\n")) {
                for piece in sentence.components(separatedBy: "{{") {
                    let literal = piece.components(separatedBy: "}}").last ?? ""
                    let trimmed = literal.trimmingCharacters(in: .whitespacesAndNewlines.union(CharacterSet(charactersIn: "*-|#")))
                    if trimmed.count >= 40 { fragments.append((name, trimmed)) }
                }
            }
        }
        return fragments
    }

    /// Every file a tenant owns, history left out.
    static func tenantFiles() throws -> [(path: String, text: String)] {
        let tenants = TestSupport.repoRoot.appendingPathComponent("tenants")
        var files: [(String, String)] = []
        for id in try FileManager.default.contentsOfDirectory(atPath: tenants.path).sorted() where !id.hasPrefix("_") {
            guard let enumerator = FileManager.default.enumerator(atPath: tenants.appendingPathComponent(id).path) else { continue }
            for case let path as String in enumerator where !path.hasPrefix("history") && (path.hasSuffix(".md") || path.hasSuffix(".yaml")) {
                files.append(("tenants/\(id)/\(path)", try String(contentsOf: tenants.appendingPathComponent(id).appendingPathComponent(path), encoding: .utf8)))
            }
        }
        return files
    }

    @Test func noSharedSentenceIsCopiedIntoATenant() throws {
        let fragments = try Self.sharedFragments()
        #expect(fragments.count > 40, "too few shared fragments were read; is the library empty?")
        var copies: [String] = []
        for (path, text) in try Self.tenantFiles() {
            for (clause, fragment) in fragments where text.contains(fragment) {
                copies.append("\(path) repeats \(clause): \"\(fragment)\"")
            }
        }
        #expect(copies.isEmpty, "\(copies.joined(separator: "\n"))")
    }
}
