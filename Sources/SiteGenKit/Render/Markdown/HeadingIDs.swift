import Foundation

/// Makes readable, stable anchor ids from heading text ("Inzage in uw gegevens" →
/// `inzage-in-uw-gegevens`), numbering repeats so every id on a page is unique — also against
/// the ids the page's templates use themselves (`inhoud`, the skip link's target; `toc-title`).
struct HeadingIDs {
    private var used: Set<String>
    /// Ids the page's templates use; a heading never takes one.
    let reserved: Set<String>

    /// Starts a page whose templates already use `reserved`.
    init(reserved: Set<String> = []) {
        self.reserved = reserved
        used = reserved
    }

    /// Reserves an explicit id; false when the page already has it (a heading or a template).
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
        // Bytes, not scalars: anything outside a–z and 0–9 (every byte of a non-ASCII scalar too)
        // only separates words.
        var slug: [UInt8] = []
        var pendingHyphen = false
        for byte in folded.utf8 {
            if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) || (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) {
                if pendingHyphen && !slug.isEmpty { slug.append(UInt8(ascii: "-")) }
                slug.append(byte)
                pendingHyphen = false
            } else {
                pendingHyphen = true
            }
        }
        return slug.isEmpty ? "sectie" : String(decoding: slug, as: UTF8.self)
    }
}
