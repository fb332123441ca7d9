import Foundation
import Yams

/// Decodes values from a composed Yams node tree exactly as Yams' `YAMLDecoder` does — the same
/// values, and the same `DecodingError`s with the same coding paths, types and descriptions —
/// without its cost per key. `YAMLDecoder` finds a key by building a node for the name and
/// resolving that node's tag with the resolver's regular expressions, on every lookup, three
/// times for every optional field; that was most of the cost of loading a tenant.yaml. Here a
/// name's tag is resolved once per process and keys are compared directly.
///
/// A second decoder is worth its code only for what it saves: 5.3 % of a full 1,000-tenant build
/// (1.9 M instructions a tenant; BENCHMARKS.md, "Issue 14").
///
/// Only documents where the two cannot differ are decoded here (`canDecode`); the rest — merge
/// keys (`<<`), `=` keys, anchors, aliases, explicitly tagged mappings, and keys named like
/// `YAMLDecoder`'s own `yamlAnchor`/`yamlTag` — go to `YAMLDecoder`.
enum NodeDecoder {
    /// Whether decoding `root` here gives what `YAMLDecoder` gives.
    static func canDecode(_ root: Node) -> Bool {
        var stack = [root]
        while let node = stack.popLast() {
            guard node.anchor == nil else { return false }
            switch node {
            case let .mapping(mapping):
                // `YAMLDecoder` adds a key for a mapping's anchor or explicit tag.
                guard mapping.tag.description == Tag.Name.implicit.rawValue else { return false }
                for index in mapping.indices {
                    let (key, value) = mapping[index]
                    if let name = key.scalar?.string, name == "yamlAnchor" || name == "yamlTag" { return false }
                    // `YAMLDecoder` merges `<<` keys in and retags `=` keys.
                    let tag = key.tag.description
                    if tag == Tag.Name.merge.rawValue || tag == Tag.Name.value.rawValue { return false }
                    stack.append(key)
                    stack.append(value)
                }
            case let .sequence(sequence):
                stack.append(contentsOf: sequence)
            case .scalar:
                break
            case .alias:
                return false
            }
        }
        return true
    }

    /// Decodes `type` from `root`, which `canDecode` accepted.
    static func decode<T: Decodable>(_ type: T.Type, from root: Node) throws -> T {
        try NodeValueDecoder(node: root, codingPath: []).decode(type)
    }

    /// The value of the last entry whose key equals `name` as `Node.Mapping`'s string subscript
    /// compares them: the same text, and the same resolved tag as an untagged `name` gets.
    static func value(forKey name: String, in mapping: Node.Mapping) -> Node? {
        var index = mapping.endIndex
        var nameTag: String?
        while index > mapping.startIndex {
            index -= 1
            let key = mapping[index].key
            guard case let .scalar(scalar) = key, scalar.string == name else { continue }
            if nameTag == nil { nameTag = keyNameTags.tag(of: name) }
            if key.tag.description == nameTag { return mapping[index].value }
        }
        return nil
    }

    /// `YAMLDecoder`'s type mismatch, description included.
    static func typeMismatch(at codingPath: [CodingKey], expectation: Any.Type, reality: Any) -> DecodingError {
        .typeMismatch(expectation, .init(codingPath: codingPath,
                                         debugDescription: "Expected to decode \(expectation) but found \(type(of: reality)) instead."))
    }

    private static let keyNameTags = KeyNameTags()
    fileprivate static let scalarTypes = ScalarTypes()
}

/// Whether each type is built from a scalar's text (`ScalarConstructible`), asked once per type:
/// the runtime's conformance check behind `as? ScalarConstructible.Type` costs thousands of
/// instructions, for every value decoded.
private final class ScalarTypes: @unchecked Sendable {
    private let lock = NSLock()
    private var types: [ObjectIdentifier: ScalarConstructible.Type?] = [:]

    func constructible(_ type: Any.Type) -> ScalarConstructible.Type? {
        lock.lock()
        defer { lock.unlock() }
        if let known = types[ObjectIdentifier(type)] { return known }
        let constructible = type as? ScalarConstructible.Type
        types[ObjectIdentifier(type)] = .some(constructible)
        return constructible
    }
}

/// The resolved tag of each key name looked up so far (`yes` is a bool, `title` a string), so
/// the resolver's regular expressions run once per name rather than once per lookup.
private final class KeyNameTags: @unchecked Sendable {
    private let lock = NSLock()
    private var tags: [String: String] = [:]

    func tag(of name: String) -> String {
        lock.lock()
        defer { lock.unlock() }
        if let tag = tags[name] { return tag }
        // As `Node.Mapping`'s string subscript does: an untagged scalar, resolved by the resolver the
        // document was composed with.
        let tag = Node(name, Tag(.implicit, YAMLDocument.resolver, YAMLDocument.constructor)).tag.description
        tags[name] = tag
        return tag
    }
}

/// A coding path entry. Named as Yams names its own, so descriptions that print a key read the same.
private struct _YAMLCodingKey: CodingKey { // swiftlint:disable:this type_name
    var stringValue: String
    var intValue: Int?

    init?(stringValue: String) {
        self.stringValue = stringValue
        intValue = nil
    }

    init?(intValue: Int) {
        stringValue = "\(intValue)"
        self.intValue = intValue
    }

    init(index: Int) {
        stringValue = "Index \(index)"
        intValue = index
    }

    static let `super` = _YAMLCodingKey(stringValue: "super")!
}

/// The decoder for one node; also its single-value container, as in Yams.
private struct NodeValueDecoder: Decoder, SingleValueDecodingContainer {
    let node: Node
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case let .mapping(mapping) = node else {
            throw NodeDecoder.typeMismatch(at: codingPath, expectation: Node.Mapping.self, reality: node)
        }
        return KeyedDecodingContainer(NodeKeyedContainer<Key>(decoder: self, mapping: mapping))
    }

    func unkeyedContainer() throws -> UnkeyedDecodingContainer {
        guard case let .sequence(sequence) = node else {
            throw NodeDecoder.typeMismatch(at: codingPath, expectation: Node.Sequence.self, reality: node)
        }
        return NodeUnkeyedContainer(decoder: self, sequence: sequence)
    }

    func singleValueContainer() throws -> SingleValueDecodingContainer { self }

    func decodeNil() -> Bool { node.null != nil }

    /// Scalar types (`ScalarConstructible`) are built from the scalar's text; others decode themselves.
    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        guard let constructible = NodeDecoder.scalarTypes.constructible(type) else { return try T(from: self) }
        let scalar: Node.Scalar
        switch node {
        case let .scalar(value): scalar = value
        case let .mapping(mapping): throw NodeDecoder.typeMismatch(at: codingPath, expectation: Node.Scalar.self, reality: mapping)
        case let .sequence(sequence): throw NodeDecoder.typeMismatch(at: codingPath, expectation: Node.Scalar.self, reality: sequence)
        case let .alias(alias): throw NodeDecoder.typeMismatch(at: codingPath, expectation: Node.Scalar.self, reality: alias)
        }
        guard let constructed = constructible.construct(from: scalar) else {
            throw NodeDecoder.typeMismatch(at: codingPath, expectation: type, reality: scalar)
        }
        guard let value = constructed as? T else {
            throw NodeDecoder.typeMismatch(at: codingPath, expectation: type, reality: constructed)
        }
        return value
    }

    func child(_ node: Node, at key: CodingKey) -> NodeValueDecoder {
        NodeValueDecoder(node: node, codingPath: codingPath + [key])
    }
}

/// The last key a keyed container looked up and what it found: `decodeIfPresent` asks
/// `contains`, `decodeNil` and `decode` about the same key in a row.
private final class LastLookup {
    var name = ""
    var node: Node?
    var isSet = false
}

private struct NodeKeyedContainer<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: NodeValueDecoder
    let mapping: Node.Mapping
    private let lastLookup = LastLookup()

    init(decoder: NodeValueDecoder, mapping: Node.Mapping) {
        self.decoder = decoder
        self.mapping = mapping
    }

    var codingPath: [CodingKey] { decoder.codingPath }

    var allKeys: [Key] {
        mapping.indices.compactMap { mapping[$0].key.string.flatMap(Key.init(stringValue:)) }
    }

    func contains(_ key: Key) -> Bool {
        value(forKey: key.stringValue) != nil
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        try decoder(for: key).decodeNil()
    }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        try decoder(for: key).decode(type)
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
        try decoder(for: key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> UnkeyedDecodingContainer {
        try decoder(for: key).unkeyedContainer()
    }

    func superDecoder() throws -> Decoder {
        try decoder(for: _YAMLCodingKey.super)
    }

    func superDecoder(forKey key: Key) throws -> Decoder {
        try decoder(for: key)
    }

    private func decoder(for key: CodingKey) throws -> NodeValueDecoder {
        guard let node = value(forKey: key.stringValue) else {
            throw DecodingError.keyNotFound(key, .init(codingPath: codingPath,
                                                       debugDescription: "No value associated with key \(key) (\"\(key.stringValue)\")."))
        }
        return decoder.child(node, at: key)
    }

    private func value(forKey name: String) -> Node? {
        if lastLookup.isSet && lastLookup.name == name { return lastLookup.node }
        let node = NodeDecoder.value(forKey: name, in: mapping)
        lastLookup.name = name
        lastLookup.node = node
        lastLookup.isSet = true
        return node
    }
}

private struct NodeUnkeyedContainer: UnkeyedDecodingContainer {
    let decoder: NodeValueDecoder
    let sequence: Node.Sequence
    private(set) var currentIndex = 0

    init(decoder: NodeValueDecoder, sequence: Node.Sequence) {
        self.decoder = decoder
        self.sequence = sequence
    }

    var codingPath: [CodingKey] { decoder.codingPath }
    var count: Int? { sequence.count }
    var isAtEnd: Bool { currentIndex >= sequence.count }

    /// Like Yams, moves on to the next item whether or not this one was null.
    mutating func decodeNil() throws -> Bool {
        try throwErrorIfAtEnd(Any?.self)
        return try currentDecoder { $0.decodeNil() }
    }

    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T {
        try currentDecoder { try $0.decode(type) }
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        try currentDecoder { try $0.container(keyedBy: type) }
    }

    mutating func nestedUnkeyedContainer() throws -> UnkeyedDecodingContainer {
        try currentDecoder { try $0.unkeyedContainer() }
    }

    mutating func superDecoder() throws -> Decoder {
        try currentDecoder { $0 }
    }

    private func throwErrorIfAtEnd<T>(_ type: T.Type) throws {
        if isAtEnd {
            throw DecodingError.valueNotFound(type, .init(codingPath: codingPath + [_YAMLCodingKey(index: currentIndex)],
                                                          debugDescription: "Unkeyed container is at end."))
        }
    }

    private mutating func currentDecoder<T>(closure: (NodeValueDecoder) throws -> T) throws -> T {
        try throwErrorIfAtEnd(T.self)
        let decoded = try closure(decoder.child(sequence[currentIndex], at: _YAMLCodingKey(index: currentIndex)))
        currentIndex += 1
        return decoded
    }
}
