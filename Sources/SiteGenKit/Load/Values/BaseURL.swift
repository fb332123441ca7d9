/// A tenant's `base_url`: an absolute `https:`/`http:` address of a folder, normalised to end in
/// `/` so `base_url + "feed.xml"` is always right. A query or fragment would end up in the middle
/// of every canonical link, so neither is accepted.
enum BaseURL {
    /// The normalised address, or what is wrong with `text`.
    static func normalised(_ text: String) -> Result<String, ValueProblem> {
        switch WebAddress.parse(text) {
        case let .failure(problem):
            return .failure(problem)
        case let .success(address):
            if address.rest.contains("?") || address.rest.contains("#") {
                return .failure(ValueProblem("'\(text)' has a query or fragment", notes: ["expected the address of the site's folder, e.g. https://privacy.example.nl/"]))
            }
            return .success(address.text.hasSuffix("/") ? address.text : address.text + "/")
        }
    }
}
