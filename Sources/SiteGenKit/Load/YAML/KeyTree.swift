/// The keys a decoded value writes back when encoded, as a tree: what `YAMLDocument` compares a
/// file's keys against to find the ones no type read. Only the shape is recorded, never a value,
/// which makes it much cheaper than the JSON round trip it replaces; the rules are JSONEncoder's:
/// an optional that is nil leaves its key out, and a number JSON cannot hold (NaN, infinity)
/// makes the whole value unencodable.
enum KeyTree: Equatable {
    /// A string, number, flag or null: nothing below it is read.
    case leaf
    /// A list, item by item.
    case list([KeyTree])
    /// A mapping: the keys the value wrote, and what is below each.
    case mapping([String: KeyTree])

    /// The tree `value` encodes to; nil when it cannot be encoded or encodes nothing at all.
    static func of<T: Encodable>(_ value: T) -> KeyTree? {
        let box = KeyTreeBox()
        do {
            try box.store(value, codingPath: [])
        } catch {
            return nil
        }
        return box.isEmpty ? nil : box.tree
    }
}

/// One value of the tree while it is being encoded; containers hand out references to their
/// children, so a nested container can still add to them.
private final class KeyTreeBox {
    private enum Content {
        case empty
        case leaf
        case list([KeyTreeBox])
        case mapping([String: KeyTreeBox])
    }

    private var content = Content.empty

    var isEmpty: Bool {
        if case .empty = content { return true }
        return false
    }

    /// A value that asked for no container is an empty mapping, as JSONEncoder writes `{}` for it.
    var tree: KeyTree {
        switch content {
        case .empty: return .mapping([:])
        case .leaf: return .leaf
        case let .list(items): return .list(items.map(\.tree))
        case let .mapping(children): return .mapping(children.mapValues(\.tree))
        }
    }

    func markLeaf() {
        content = .leaf
    }

    /// Encodes `value` into this box: numbers, strings and flags are leaves, anything else is
    /// asked to encode itself.
    func store<T: Encodable>(_ value: T, codingPath: [CodingKey]) throws {
        if T.self == Double.self || T.self == Float.self, let number = (value as? Double) ?? (value as? Float).map(Double.init),
           !number.isFinite {
            throw EncodingError.invalidValue(value, .init(codingPath: codingPath, debugDescription: "not a JSON number"))
        }
        if Self.isLeaf(T.self) {
            content = .leaf
        } else {
            try value.encode(to: KeyTreeEncoder(box: self, codingPath: codingPath))
        }
    }

    /// Whether JSONEncoder writes a `T` as one JSON value: a string, flag or number.
    private static func isLeaf<T>(_ type: T.Type) -> Bool {
        type == String.self || type == Bool.self || type == Int.self || type == Double.self || type == Float.self
            || type == Int8.self || type == Int16.self || type == Int32.self || type == Int64.self
            || type == UInt.self || type == UInt8.self || type == UInt16.self || type == UInt32.self || type == UInt64.self
    }

    func child(forKey key: String) -> KeyTreeBox {
        if case let .mapping(children) = content, let existing = children[key] { return existing }
        let child = KeyTreeBox()
        setChild(child, forKey: key)
        return child
    }

    func setChild(_ child: KeyTreeBox, forKey key: String) {
        var children: [String: KeyTreeBox] = [:]
        if case let .mapping(existing) = content { children = existing }
        content = .empty
        children[key] = child
        content = .mapping(children)
    }

    func becomeMapping() {
        if case .mapping = content { return }
        content = .mapping([:])
    }

    func becomeList() {
        if case .list = content { return }
        content = .list([])
    }

    func appendChild() -> KeyTreeBox {
        let child = KeyTreeBox()
        var items: [KeyTreeBox] = []
        if case let .list(existing) = content { items = existing }
        content = .empty
        items.append(child)
        content = .list(items)
        return child
    }

    var count: Int {
        if case let .list(items) = content { return items.count }
        return 0
    }
}

private struct KeyTreeEncoder: Encoder {
    let box: KeyTreeBox
    let codingPath: [CodingKey]
    var userInfo: [CodingUserInfoKey: Any] { [:] }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        box.becomeMapping()
        return KeyedEncodingContainer(KeyTreeKeyedContainer<Key>(box: box, codingPath: codingPath))
    }

    func unkeyedContainer() -> UnkeyedEncodingContainer {
        box.becomeList()
        return KeyTreeUnkeyedContainer(box: box, codingPath: codingPath)
    }

    func singleValueContainer() -> SingleValueEncodingContainer {
        KeyTreeSingleValueContainer(box: box, codingPath: codingPath)
    }
}

private struct KeyTreeKeyedContainer<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let box: KeyTreeBox
    let codingPath: [CodingKey]

    mutating func encodeNil(forKey key: Key) throws {
        box.child(forKey: key.stringValue).markLeaf()
    }

    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
        let child = KeyTreeBox()
        try child.store(value, codingPath: codingPath + [key])
        box.setChild(child, forKey: key.stringValue)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type,
                                                        forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
        let child = box.child(forKey: key.stringValue)
        child.becomeMapping()
        return KeyedEncodingContainer(KeyTreeKeyedContainer<NestedKey>(box: child, codingPath: codingPath + [key]))
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> UnkeyedEncodingContainer {
        let child = box.child(forKey: key.stringValue)
        child.becomeList()
        return KeyTreeUnkeyedContainer(box: child, codingPath: codingPath + [key])
    }

    mutating func superEncoder() -> Encoder {
        KeyTreeEncoder(box: box.child(forKey: "super"), codingPath: codingPath)
    }

    mutating func superEncoder(forKey key: Key) -> Encoder {
        KeyTreeEncoder(box: box.child(forKey: key.stringValue), codingPath: codingPath + [key])
    }
}

private struct KeyTreeUnkeyedContainer: UnkeyedEncodingContainer {
    let box: KeyTreeBox
    let codingPath: [CodingKey]
    var count: Int { box.count }

    mutating func encodeNil() throws {
        box.appendChild().markLeaf()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try box.appendChild().store(value, codingPath: codingPath)
    }

    mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
        let child = box.appendChild()
        child.becomeMapping()
        return KeyedEncodingContainer(KeyTreeKeyedContainer<NestedKey>(box: child, codingPath: codingPath))
    }

    mutating func nestedUnkeyedContainer() -> UnkeyedEncodingContainer {
        let child = box.appendChild()
        child.becomeList()
        return KeyTreeUnkeyedContainer(box: child, codingPath: codingPath)
    }

    mutating func superEncoder() -> Encoder {
        KeyTreeEncoder(box: box.appendChild(), codingPath: codingPath)
    }
}

private struct KeyTreeSingleValueContainer: SingleValueEncodingContainer {
    let box: KeyTreeBox
    let codingPath: [CodingKey]

    mutating func encodeNil() throws {
        box.markLeaf()
    }

    mutating func encode<T: Encodable>(_ value: T) throws {
        try box.store(value, codingPath: codingPath)
    }
}
