import Foundation

/// The HTML of the changelog page and the archive notices, built in Swift because it wraps
/// redlines of rendered statements; every tenant value in it is escaped.
enum ChangelogPage {
    /// The line under the current statement: when it was last changed, and where to see what changed.
    static func currentNotice(latest: Version?) -> String {
        guard let latest else { return "" }
        return "<p class=\"statement-meta\">Laatst bijgewerkt op <time datetime=\"\(latest.date)\">\(latest.date.dutch)</time>"
            + " · <a href=\"changelog/\">Wijzigingen en eerdere versies</a></p>\n"
    }

    /// The banner of an archived version. It links to the current statement and the changelog only,
    /// never to neighbouring versions, so a later release does not change this page.
    static func archiveNotice(_ version: Version) -> String {
        "<p class=\"archive-notice\" role=\"note\"><strong>Gearchiveerde versie \(version.number)</strong>"
            + " van <time datetime=\"\(version.date)\">\(version.date.dutch)</time>. Deze tekst geldt niet meer."
            + " <a href=\"../../\">Bekijk de huidige privacyverklaring</a>"
            + " of <a href=\"../../changelog/\">alle wijzigingen</a>.</p>\n"
    }

    /// The changelog body: versions newest first, each with its summary, a link to its archive and a
    /// redline against the version before it, unchanged sections folded to their titles.
    static func body(versions: [Version], renderedHTML: [Int: String]) -> String {
        var html = "<p>Hier ziet u wanneer deze privacyverklaring is gewijzigd en wat er is veranderd."
            + " Verwijderde tekst is <del>doorgehaald</del>, nieuwe tekst is <ins>onderstreept</ins>."
            + " U kunt wijzigingen ook volgen via de <a href=\"../feed.xml\">Atom-feed</a>.</p>\n"
        let ordered = versions.sorted { $0.number > $1.number }
        var splitVersions: [Int: HTMLTokens] = [:]
        func tokens(of number: Int, html: String) -> HTMLTokens {
            if let split = splitVersions[number] { return split }
            let split = HTMLTokens(html)
            splitVersions[number] = split
            return split
        }
        for version in ordered {
            html += "<h2 id=\"versie-\(version.number)\">Versie \(version.number) – \(version.date.dutch)</h2>\n"
            html += "<p>\(HTMLEscaping.escape(version.summary))</p>\n"
            if let approvedBy = version.approvedBy {
                html += "<p class=\"approved-by\">Goedgekeurd door \(HTMLEscaping.escape(approvedBy)).</p>\n"
            }
            html += "<p><a href=\"../versions/\(version.number)/\">Versie \(version.number) zoals gepubliceerd op \(version.date.dutch)</a></p>\n"
            guard let previous = versions.first(where: { $0.number == version.number - 1 }),
                  let old = renderedHTML[previous.number], let new = renderedHTML[version.number] else {
                html += "<p>Eerste gepubliceerde versie.</p>\n"
                continue
            }
            html += redline(from: tokens(of: previous.number, html: old), to: tokens(of: version.number, html: new), version: version.number)
        }
        return html
    }

    private static func redline(from old: HTMLTokens, to new: HTMLTokens, version: Int) -> String {
        var html = "<div class=\"redline\">\n"
        for section in Redline.sections(from: old, to: new) {
            let content = localize(section.html, version: version)
            let title = section.title.map { $0.isEmpty ? "Inleiding" : $0 } ?? "Inleiding"
            if section.changed {
                html += "<section class=\"redline-changed\" aria-label=\"Gewijzigd: \(stripTags(title))\">\n\(content)\n</section>\n"
            } else {
                html += "<details class=\"redline-unchanged\"><summary>\(title) <span class=\"unchanged\">(ongewijzigd)</span></summary>\n\(content)\n</details>\n"
            }
        }
        return html + "</div>\n"
    }

    private static func stripTags(_ html: String) -> String {
        html.replacingOccurrences(of: "<[^>]*>", with: "", options: .regularExpression)
    }
}
