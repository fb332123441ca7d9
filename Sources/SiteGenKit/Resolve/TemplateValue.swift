/// A value the placeholder language can reach. The type decides how it lands in Markdown:
/// text is escaped, Markdown is inserted as Markdown, flags and lists only steer blocks.
indirect enum TemplateValue: Sendable, Equatable {
    case text(String)
    case markdown(String)
    case flag(Bool)
    case list([TemplateValue])
    case map([String: TemplateValue])
    /// A known name that has no value for this tenant (an optional field left out).
    case absent
    /// A fact the tenant marked as an open question (`{ unknown: "…" }`), with the question:
    /// false in `{{#if}}`, no items in `{{#each}}`, an error when printed, and every name below
    /// it is unknown too.
    case unknown(String)

    /// Truthiness for `{{#if}}`: set text, `true`, non-empty lists and maps.
    var isSet: Bool {
        switch self {
        case let .text(text), let .markdown(text): return !text.isEmpty
        case let .flag(flag): return flag
        case let .list(list): return !list.isEmpty
        case let .map(map): return !map.isEmpty
        case .absent, .unknown: return false
        }
    }

    /// The value as a string for comparisons with literals.
    var comparable: String? {
        switch self {
        case let .text(text), let .markdown(text): return text
        case let .flag(flag): return flag ? "true" : "false"
        default: return nil
        }
    }

    /// A short name of the kind of value, for messages.
    var kindName: String {
        switch self {
        case .text: return "text"
        case .markdown: return "Markdown"
        case .flag: return "a flag"
        case .list: return "a list"
        case .map: return "a group of values"
        case .absent: return "not set"
        case .unknown: return "an open question"
        }
    }

    /// Text from an optional string: absent when nil.
    static func optionalText(_ string: String?) -> TemplateValue {
        string.map(TemplateValue.text) ?? .absent
    }

    /// The value a dotted path names below this one (`company.address.city`); nil when any part is missing.
    func value(at path: PlaceholderPath) -> TemplateValue? {
        var current: TemplateValue? = self
        for part in path.parts {
            if case .unknown? = current { return current }
            guard case let .map(map)? = current else { return nil }
            current = map[part]
        }
        return current
    }

    /// Every dotted path below this value that ends in a leaf, for "did you mean" suggestions.
    func leafPaths(prefix: String = "") -> [String] {
        guard case let .map(map) = self else { return prefix.isEmpty ? [] : [prefix] }
        return map.keys.sorted().flatMap { key in
            map[key]!.leafPaths(prefix: prefix.isEmpty ? key : "\(prefix).\(key)")
        }
    }
}
