import Testing
@testable import SiteGenKit

/// `KeyTree` is what a decoded config writes back when encoded: the keys a file may hold. It
/// follows JSONEncoder's rules — a nil optional leaves its key out, a number JSON cannot hold makes
/// the value unencodable — pinned here in examples instead of a JSON round trip in the tests.
@Suite struct KeyTreeTests {
    struct Inner: Codable {
        var count: Int
        var label: String?
    }

    struct Sample: Codable {
        var name: String
        var note: String?
        var tags: [String]
        var inner: Inner?
        var byName: [String: Inner]
        var ratio: Double
        var flag: Bool
        var language: Language
        var value: VarValue
    }

    static func sample(ratio: Double = 1.5) -> Sample {
        Sample(name: "x", note: nil, tags: ["a", "b"], inner: Inner(count: 1, label: nil),
               byName: ["k": Inner(count: 2, label: "z")], ratio: ratio, flag: true, language: .nlBE, value: .flag(false))
    }

    @Test func keysOfTheValueAsItEncodes() {
        #expect(KeyTree.of(Self.sample()) == .mapping([
            "name": .leaf, "tags": .list([.leaf, .leaf]), "inner": .mapping(["count": .leaf]),
            "byName": .mapping(["k": .mapping(["count": .leaf, "label": .leaf])]),
            "ratio": .leaf, "flag": .leaf, "language": .leaf, "value": .leaf,
        ]))
    }

    @Test(arguments: [Double.nan, .infinity, -.infinity])
    func numbersJSONCannotHoldMakeNoTree(ratio: Double) {
        #expect(KeyTree.of(Self.sample(ratio: ratio)) == nil)
    }

    @Test func listsAndMapsAtTheTop() {
        #expect(KeyTree.of(["a": "b"]) == .mapping(["a": .leaf]))
        #expect(KeyTree.of([Inner(count: 1, label: "l")]) == .list([.mapping(["count": .leaf, "label": .leaf])]))
        #expect(KeyTree.of([String]()) == .list([]))
    }
}
