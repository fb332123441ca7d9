import Foundation

/// Makes readable, stable anchor ids from heading text ("Inzage in uw gegevens" →
/// `inzage-in-uw-gegevens`), numbering repeats so every id on a page is unique.
struct HeadingIDs {
    private var used: Set<String> = []

    /// Reserves an explicit id; false when the page already has it.
    mutating func claim(_ id: String) -> Bool {
        used.insert(id).inserted
    }

    /// An id derived from `text`, unique on this page.
    mutating func unique(for text: String) -> String {
        let base = Self.slug(text)
        var candidate = base
        var counter = 2
        while used.contains(candidate) {
            candidate = "\(base)-\(counter)"
            counter += 1
        }
        used.insert(candidate)
        return candidate
    }

    /// Lowercase ASCII letters and digits joined by single hyphens; accents are dropped.
    static func slug(_ text: String) -> String {
        // Most headings are plain ASCII, where folding is only lowercasing; Foundation's folding is
        // the expensive part of a heading.
        let folded = text.utf8.allSatisfy { $0 < 0x80 } ? text.lowercased()
            : text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en_US_POSIX")).lowercased()
        var slug = ""
        var pendingHyphen = false
        for scalar in folded.unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                if pendingHyphen && !slug.isEmpty { slug += "-" }
                slug.unicodeScalars.append(scalar)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "sectie" : slug
    }
}
