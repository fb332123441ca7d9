/// What a theme name gave the first time a run asked for it; cached, so a theme is read and its
/// problems reported once per run.
enum ThemeLookup: Sendable {
    case loaded(ThemeSource)
    /// `themes/<name>/` exists but has errors, already reported to the tenant that asked first.
    case broken
    /// There is no such theme (or the name could not be a folder name); reported per tenant.
    case missing
}
