/// Tenant ids become folder names in `output/` and parts of URLs, so only a safe, boring shape is
/// accepted: lowercase letters and digits in hyphen-separated groups (`js-ict`, `m-ict`).
public enum TenantID {
    /// Whether `id` is a valid tenant id.
    public static func isValid(_ id: String) -> Bool {
        guard !id.isEmpty, id.count <= 64 else { return false }
        let groups = id.split(separator: "-", omittingEmptySubsequences: false)
        return groups.allSatisfy { group in
            !group.isEmpty && group.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) }
        }
    }

    /// The diagnostic for an id that is not valid.
    static func invalid(_ id: String) -> Diagnostic {
        .error("invalid tenant id '\(id)'",
               notes: ["a tenant id is lowercase letters and digits, in groups joined by single hyphens (e.g. 'js-ict')"])
    }
}
