/// A theme's `theme.yaml`: what it is, which brand parameters a tenant may set, and which of them
/// must stay readable on each other.
struct ThemeConfig: Codable, Sendable {
    var name: String
    var description: String?
    var params: [String: Param]?
    /// Text/background pairs, `[[text, background], [primary_text, primary]]`: each entry is a
    /// param or a fixed `#rrggbb` colour the stylesheet uses (a dark scheme's background). A
    /// tenant's brand colours are checked against WCAG AA for every pair.
    var contrast: [[String]]?

    /// A brand parameter and the value used when a tenant does not set it. Where the default is
    /// written is asked of the theme's `KeyLocations` when a message points at it.
    struct Param: Codable, Sendable {
        var `default`: String
        var description: String?
        /// What kind of value the parameter holds; nil takes it from the default (see `kind`).
        var type: ThemeParamType?

        /// The keys theme.yaml has.
        enum CodingKeys: String, CodingKey {
            case `default`, description, type
        }

        /// The kind of value, as written or as the default implies.
        var kind: ThemeParamType { type ?? ThemeParamType.inferred(fromDefault: self.default) }

        /// Decodes the param and checks its default against its kind.
        init(from decoder: Decoder) throws {
            let container = try decoder.container(keyedBy: CodingKeys.self)
            self.default = try container.decode(String.self, forKey: .default)
            description = try container.decodeIfPresent(String.self, forKey: .description)
            type = try container.decodeIfPresent(ThemeParamType.self, forKey: .type)
            if let problem = kind.problem(with: self.default) {
                throw DecodingError.dataCorruptedError(
                    forKey: .default, in: container,
                    debugDescription: "the default \(problem.message.hasPrefix("'") ? "" : "value ")\(problem.message)"
                        + (problem.notes.first.map { "; \($0)" } ?? ""))
            }
        }

        /// A param as written in code (tests).
        init(default value: String, description: String? = nil, type: ThemeParamType? = nil) {
            self.default = value
            self.description = description
            self.type = type
        }
    }

    /// The keys theme.yaml has.
    enum CodingKeys: String, CodingKey {
        case name, description, params, contrast
    }

    /// Decodes theme.yaml and checks that every contrast pair names real params.
    init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        name = try container.decode(String.self, forKey: .name)
        description = try container.decodeIfPresent(String.self, forKey: .description)
        params = try container.decodeIfPresent([String: Param].self, forKey: .params)
        contrast = try container.decodeIfPresent([[String]].self, forKey: .contrast)
        try checkContrastPairs(codingPath: container.codingPath + [CodingKeys.contrast])
    }

    /// A pair naming a param that does not exist would never be checked: a theme mistake, reported
    /// at the entry once when the theme is loaded rather than once per tenant.
    private func checkContrastPairs(codingPath: [CodingKey]) throws {
        let declared = Set((params ?? [:]).keys)
        for (index, pair) in (contrast ?? []).enumerated() {
            guard pair.count == 2 else {
                throw DecodingError.dataCorrupted(.init(
                    codingPath: codingPath + [IndexKey(index)],
                    debugDescription: "a contrast pair has \(pair.count) entries; expected two: [text, background]"))
            }
            for (side, entry) in pair.enumerated() {
                if let param = params?[entry] {
                    guard param.kind != .color else { continue }
                    throw DecodingError.dataCorrupted(.init(
                        codingPath: codingPath + [IndexKey(index), IndexKey(side)],
                        debugDescription: "theme parameter '\(entry)' in a contrast pair is not a colour (it is \(param.kind.rawValue)); "
                            + "expected a colour param or a colour like #ffffff"))
                }
                guard ColorContrast.Color(hex: entry) == nil else { continue }
                let known = declared.sorted().joined(separator: ", ")
                throw DecodingError.dataCorrupted(.init(
                    codingPath: codingPath + [IndexKey(index), IndexKey(side)],
                    debugDescription: "unknown theme parameter '\(entry)' in a contrast pair; "
                        + "expected a param under 'params:' (\(known.isEmpty ? "none declared" : known)) or a colour like #ffffff"))
            }
        }
    }

    /// A list position in a coding path, so a diagnostic can point at one entry of a list.
    private struct IndexKey: CodingKey {
        var intValue: Int?
        var stringValue: String { "\(intValue ?? 0)" }
        init(_ index: Int) { intValue = index }
        init?(stringValue: String) { nil }
        init?(intValue: Int) { self.intValue = intValue }
    }
}
