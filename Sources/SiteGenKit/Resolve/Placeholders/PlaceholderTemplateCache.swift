import Foundation

/// Parsed catalogue strings. Every tenant that sells a service expands the same register-row
/// strings, so each is parsed once per run instead of once per tenant (and once for all rows that
/// share it: a string is parsed as if it began on line 1, and the caller moves its messages to the
/// row). A string's parse problems are kept with its template, so every expansion still reports them.
struct PlaceholderTemplateCache: Sendable {
    /// A source and where it came from, compared byte for byte: `String`'s `==` would take `é` and
    /// `e` + combining accent for the same text, and hand one's template to the other.
    private struct Key: Hashable, Sendable {
        let source: String
        let file: String

        static func == (lhs: Key, rhs: Key) -> Bool {
            sameBytes(lhs.source, rhs.source) && sameBytes(lhs.file, rhs.file)
        }

        private static func sameBytes(_ lhs: String, _ rhs: String) -> Bool {
            var lhs = lhs, rhs = rhs
            return lhs.withUTF8 { left in
                rhs.withUTF8 { right in left.count == right.count && (left.isEmpty || memcmp(left.baseAddress!, right.baseAddress!, left.count) == 0) }
            }
        }

        /// The length and the first bytes are enough to tell catalogue strings apart; equality
        /// still compares every byte.
        func hash(into hasher: inout Hasher) {
            hasher.combine(source.utf8.count)
            var source = source
            source.withUTF8 { hasher.combine(bytes: UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: $0.prefix(32)))) }
        }
    }

    /// A parsed string and the problems its parse reported.
    private struct Parsed: Sendable {
        let template: PlaceholderTemplate
        let problems: [Diagnostic]
    }

    private let parsed = LockedCache<Key, Parsed>()

    /// An empty cache; use one per run.
    init() {}

    /// `PlaceholderTemplate.parse(source, file:)` and its problems, parsed the first time.
    func template(for source: String, file: String) -> (template: PlaceholderTemplate, problems: [Diagnostic]) {
        let found = parsed.value(for: Key(source: source, file: file)) {
            var problems: [Diagnostic] = []
            let template = PlaceholderTemplate.parse(source, file: file, diagnostics: &problems)
            return Parsed(template: template, problems: problems)
        }
        return (found.template, found.problems)
    }
}
