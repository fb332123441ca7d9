/// A company's or authority's `website`: shown as the company writes it (`www.JSM.be`), linked as
/// a full address. Without a scheme `https://` is assumed once, here, so templates link to
/// `website_url` instead of gluing `https://` in front of whatever was written.
enum WebsiteAddress {
    /// The address to link to, or what is wrong with `text`.
    static func url(for text: String) -> Result<String, ValueProblem> {
        if let blank = ValueProblem.blank(text) { return .failure(blank) }
        if case let .failure(problem) = WebAddress.parse(text), problem.message.hasSuffix("is not an http or https address") {
            return .failure(problem)
        }
        let hasScheme = text.range(of: "://") != nil
        let candidate = hasScheme ? text : "https://" + text
        switch WebAddress.parse(candidate) {
        case let .success(address): return .success(address.text)
        case let .failure(problem):
            return .failure(hasScheme ? problem : ValueProblem("'\(text)' is not a website address", notes: [
                "expected a host name, optionally with https:// and a path, e.g. www.example.nl",
            ]))
        }
    }
}
