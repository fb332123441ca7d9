import Foundation
import Testing
import Yams
@testable import SiteGenKit

/// YAML config decoded into typed values, with every problem at its line and column.
@Suite struct ConfigDecodingTests {
    struct Sample: Codable {
        var name: String
        var kind: Register
        var address: Address
        var tags: [String]?
        struct Address: Codable { var street: String }
    }

    func decode(_ yaml: String) -> [String] {
        do {
            let document = try YAMLDocument(SourceFile(displayPath: "t.yaml", text: yaml))
            _ = try document.decode(Sample.self)
            return []
        } catch {
            return error.diagnostics.map(\.description)
        }
    }

    @Test func validConfigDecodes() {
        #expect(decode("name: A\nkind: u\naddress: { street: S }\ntags: [x]\n") == [])
    }

    @Test(arguments: [
        ("name: A\nkind: u\naddress: { street: S, stret: T }\n",
         "t.yaml:3:23: error: unknown key 'stret' in 'address'\nt.yaml:3:23: note: docs/authoring.md lists the keys this file accepts"),
        ("name: A\nkind: u\naddress: { street: S }\ncolour: red\n",
         "t.yaml:4:1: error: unknown key 'colour'\nt.yaml:4:1: note: docs/authoring.md lists the keys this file accepts"),
        ("name: A\nkind: u\naddress: [a, b]\n",
         "t.yaml:3:10: error: expected a mapping for 'address', found a list"),
        ("name: A\nkind: u\naddress: { street: S }\ntags: nope\n",
         "t.yaml:4:7: error: expected a list for 'tags', found 'nope'"),
        ("name: A\nkind: u\naddress: {}\n",
         "t.yaml:3:10: error: missing required key 'street' in 'address'"),
        ("name: A\nkind: jij\naddress: { street: S }\n",
         "t.yaml:2:7: error: invalid value 'jij'\nt.yaml:2:7: note: expected one of: u, je"),
        ("name: A\nkind: u\naddress: { street: S\n",
         "t.yaml:4:1: error: invalid YAML: did not find expected ',' or '}'"),
        ("", "t.yaml:1:1: error: file is empty\nt.yaml:1:1: note: expected a YAML mapping"),
    ])
    func problemsArePinnedToTheirPlace(yaml: String, expected: String) {
        #expect(decode(yaml) == [expected])
    }

    /// Issue 16: a flag default written as text in library.yaml read as true; each spelling is refused
    /// at the default's own place (the same values in tenant.yaml already were).
    @Test(arguments: [#""false""#, "maybe", "1"])
    func aLibraryFlagDefaultThatIsNotABooleanIsRefused(value: String) throws {
        let yaml = "authorities: {}\nvars:\n  x: { type: flag, default: \(value) }\nservices: {}\n"
        let text = value.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        do {
            _ = try YAMLDocument(SourceFile(displayPath: "library.yaml", text: yaml)).decode(LibraryConfig.self)
            Issue.record("default: \(value) was accepted")
        } catch {
            #expect(error.diagnostics.map(\.description) == [
                "library.yaml:3:29: error: the default of a flag var is the text '\(text)', which would always read as set\n"
                + "library.yaml:3:29: note: expected true or false, without quotes"])
        }
    }

    @Test func aliasBombsAreRefusedNotExpanded() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...8 { yaml += "a\(level): &a\(level) [" + Array(repeating: "*a\(level - 1)", count: 10).joined(separator: ", ") + "]\n" }
        let problems = decode(yaml)
        #expect(problems.first?.hasPrefix("t.yaml:1:1: error: YAML expands to more than 100000 values") == true)
    }

    @Test func binaryAndNonUTF8FilesAreRefused() throws {
        try TestSupport.withTemporaryFolder { folder in
            let binary = folder.appendingPathComponent("b.yaml")
            try Data([0x6E, 0x00, 0x01]).write(to: binary)
            #expect(throws: DiagnosticError.self) { try SourceFile.read(binary, displayPath: "b.yaml") }
            let latin1 = folder.appendingPathComponent("l.yaml")
            try Data([0x6E, 0x61, 0x6D, 0x65, 0x3A, 0x20, 0xE9]).write(to: latin1)
            do {
                _ = try SourceFile.read(latin1, displayPath: "l.yaml")
                Issue.record("non-UTF-8 file was accepted")
            } catch {
                #expect((error as? DiagnosticError)?.description == "l.yaml: error: file is not valid UTF-8 text")
            }
        }
    }

    @Test(arguments: [("js-ict", true), ("m-ict", true), ("a1", true), ("../x", false), ("JS-ICT", false),
                      ("-x", false), ("x-", false), ("a--b", false), ("", false), ("a/b", false), ("_shared", false)])
    func tenantIDsAreChecked(id: String, valid: Bool) {
        #expect(TenantID.isValid(id) == valid)
    }

    /// Later stages point at `tenant.yaml` by dotted path; the location is found when asked for.
    @Test(arguments: [("theme", "2:1"), ("statement[1]", "5:5"), ("processing.general/traffic-data", "7:3"),
                      ("vars.a.b", "9:3"), ("list[0].name", "11:5"), ("list[0].items[1]", "12:16"),
                      ("statement[2]", nil), ("processing.missing", nil), ("theme.x", nil), ("", nil)])
    func keyLocationsAreFoundByPath(path: String, expected: String?) throws {
        let yaml = """
        title: T
        theme: classic
        statement:
          - intro
          - rights
        processing:
          general/traffic-data: false
        vars:
          a.b: x
        list:
          - name: n
            items: [1, 2]
        """
        let locations = KeyLocations(try YAMLDocument(SourceFile(displayPath: "t.yaml", text: yaml)))
        #expect(locations[path].map { "\($0.line):\($0.column)" } == expected)
    }

    /// A value's location is where the value starts — after its key, or on the next line for a
    /// nested mapping — which is what messages about a catalogue row or a theme default point at.
    @Test(arguments: [("theme", "2:8"), ("rows.contact", "5:5"), ("rows.web", "7:8"), ("params.text.default", "8:28"),
                      ("list[1]", "9:11"), ("rows.missing", nil)])
    func valueLocationsAreFoundByPath(path: String, expected: String?) throws {
        let yaml = """
        title: T
        theme: classic
        rows:
          contact:
            data: Naam.
            retention: Een jaar
          web: { data: IP }
        params: { text: { default: "#8a8a8a" } }
        list: [a, b]
        """
        let locations = KeyLocations(try YAMLDocument(SourceFile(displayPath: "t.yaml", text: yaml)))
        #expect(locations.value(at: path).map { "\($0.line):\($0.column)" } == expected)
    }

    /// Every key and item of the repository's tenant configs is found where a full listing of the
    /// document puts it.
    @Test func keyLocationsAgreeWithAFullListing() throws {
        let tenants = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../tenants").standardized
        let ids = try FileManager.default.contentsOfDirectory(atPath: tenants.path).filter { !$0.hasPrefix("_") }
        #expect(ids.count >= 5)
        for id in ids {
            let text = try String(contentsOf: tenants.appendingPathComponent("\(id)/tenant.yaml"), encoding: .utf8)
            let document = try YAMLDocument(SourceFile(displayPath: "\(id)/tenant.yaml", text: text))
            let locations = KeyLocations(document)
            var listed: [String: Diagnostic.Location] = [:]
            func walk(_ node: Node, _ path: String) {
                if case let .mapping(mapping) = node {
                    for (key, value) in mapping {
                        let childPath = path.isEmpty ? key.string ?? "" : "\(path).\(key.string ?? "")"
                        listed[childPath] = document.location(of: key)
                        walk(value, childPath)
                    }
                } else if case let .sequence(sequence) = node {
                    for (index, child) in sequence.enumerated() {
                        listed["\(path)[\(index)]"] = document.location(of: child)
                        walk(child, "\(path)[\(index)]")
                    }
                }
            }
            walk(document.root, "")
            #expect(listed.count > 10)
            for (path, location) in listed {
                #expect(locations[path] == location, "\(id): \(path)")
            }
        }
    }
}
