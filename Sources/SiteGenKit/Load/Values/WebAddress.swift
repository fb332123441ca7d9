/// An absolute `https:`/`http:` address with a host and no credentials — what `base_url` and an
/// authority's `url` must be, since they end up in `href`s, `<link rel="canonical">` and the feed.
/// `javascript:`, relative paths and `user:password@` never get that far.
struct WebAddress: Sendable, Equatable {
    /// `https` or `http`, lowercase.
    let scheme: String
    /// The host as written, with a port if one was given.
    let host: String
    /// The rest: path, query and fragment as written, "" when there is none.
    let rest: String

    /// The address as one string.
    var text: String { "\(scheme)://\(host)\(rest)" }

    /// Parses `text`, or says what is wrong with it.
    static func parse(_ text: String) -> Result<WebAddress, ValueProblem> {
        if let blank = ValueProblem.blank(text) { return .failure(blank) }
        if ValueProblem.controlCharacter(in: text) != nil || text.contains(where: { $0 == " " || $0 == "\u{00A0}" }) {
            return .failure(ValueProblem("'\(text)' contains white space or a control character", notes: ["a web address has no spaces"]))
        }
        if let scheme = otherScheme(of: text) {
            return .failure(ValueProblem("'\(text)' is not an http or https address",
                                         notes: ["only https:// and http:// addresses are accepted, not \(scheme):"]))
        }
        guard let separator = text.range(of: "://") else {
            let notes = looksLikeHost(text)
                ? ["did you mean https://\(text)? write the address with https:// in front"]
                : ["expected an address starting with https:// or http://, e.g. https://privacy.example.nl/"]
            return .failure(ValueProblem("'\(text)' is not an absolute web address", notes: notes))
        }
        let scheme = text[..<separator.lowerBound].lowercased()
        guard scheme == "https" || scheme == "http" else {
            return .failure(ValueProblem("'\(text)' is not an http or https address",
                                         notes: ["only https:// and http:// addresses are accepted"]))
        }
        let afterScheme = text[separator.upperBound...]
        let authorityEnd = afterScheme.firstIndex { $0 == "/" || $0 == "?" || $0 == "#" } ?? afterScheme.endIndex
        let authority = String(afterScheme[..<authorityEnd])
        if authority.contains("@") {
            return .failure(ValueProblem("'\(text)' contains a user name or password",
                                         notes: ["a public address never holds credentials; remove the part before '@'"]))
        }
        guard looksLikeHost(authority) else {
            return .failure(ValueProblem("'\(text)' has no valid host name", notes: ["expected a host like privacy.example.nl after \(scheme)://"]))
        }
        if let bad = afterScheme[authorityEnd...].first(where: { "\"'<>\\`{}|^".contains($0) }) {
            return .failure(ValueProblem("'\(text)' contains '\(bad)'", notes: ["write the address as a browser shows it, without quotes or angle brackets"]))
        }
        return .success(WebAddress(scheme: scheme, host: authority, rest: String(afterScheme[authorityEnd...])))
    }

    /// The scheme of `text` when it starts with one other than http(s) (`javascript:`, `mailto:`,
    /// `ftp://`); a host with a port (`example.nl:8080`) is not a scheme.
    private static func otherScheme(of text: String) -> String? {
        guard let colon = text.firstIndex(of: ":") else { return nil }
        let scheme = text[..<colon]
        let after = text[text.index(after: colon)...]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+.-".contains($0)) }),
              !["http", "https"].contains(scheme.lowercased()) else { return nil }
        let port = after.prefix { $0 != "/" }
        if !after.hasPrefix("//"), !port.isEmpty, port.allSatisfy({ $0.isASCII && $0.isNumber }) { return nil }
        return scheme.lowercased()
    }

    /// Whether `text` is a host name (`www.jsm.be`, `localhost:8080`): dot-separated labels of
    /// letters, digits and hyphens, and an optional port.
    static func looksLikeHost(_ text: String) -> Bool {
        var host = Substring(text)
        if let colon = host.lastIndex(of: ":") {
            let port = host[host.index(after: colon)...]
            guard !port.isEmpty, port.count <= 5, port.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
            host = host[..<colon]
        }
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard !host.isEmpty, host.count <= 253 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && label.count <= 63 && label.first != "-" && label.last != "-"
                && label.allSatisfy { ($0.isASCII && ($0.isLetter || $0.isNumber)) || $0 == "-" || (!$0.isASCII && $0.isLetter) }
        }
    }
}
