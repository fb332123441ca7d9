import Foundation

/// One tenant rendered for a preview: its site (nil when it has errors), its problems, and the
/// shared files it read, so a server knows when to render it again.
public struct PreviewResult: Sendable {
    /// The tenant.
    public let tenantID: String
    /// The rendered working copy; nil when the tenant has errors.
    public let site: RenderedSite?
    /// Everything reported while loading, resolving and rendering this tenant.
    public let diagnostics: Diagnostics
    /// The theme the tenant asked for; nil when its config could not be read.
    public let theme: String?
    /// Every clause file its statement reads, relative to the project root (its own and shared).
    public let clauseFiles: [String]
    /// Its released versions and whether the working copy differs from the latest.
    public let versions: PreviewVersions

    /// A result; the defaults describe a tenant whose config could not be read.
    public init(tenantID: String, site: RenderedSite?, diagnostics: Diagnostics, theme: String? = nil,
                clauseFiles: [String] = [], versions: PreviewVersions = PreviewVersions()) {
        self.tenantID = tenantID
        self.site = site
        self.diagnostics = diagnostics
        self.theme = theme
        self.clauseFiles = clauseFiles
        self.versions = versions
    }
}

/// The version facts a preview's index page shows for a tenant, in the words of
/// shared/design/versions.md.
public struct PreviewVersions: Sendable, Equatable {
    /// A released version: its number and the day it applies from.
    public struct Released: Sendable, Equatable {
        public let number: Int
        /// Its effective date; nil where the record does not say.
        public let date: DayDate?
    }

    /// The version in force; nil when nothing was released.
    public let inForce: Released?
    /// A released version whose effective date is after today; nil when none.
    public let announced: Released?
    /// Whether the working copy differs from the latest released version; nil when unknown
    /// (the tenant has errors before its statement could be made).
    public let hasUnreleasedChanges: Bool?

    /// No versions known.
    public init() {
        inForce = nil
        announced = nil
        hasUnreleasedChanges = nil
    }

    /// The facts of `history` (oldest first) on `today`.
    init(history: [Version], unreleased: Bool?, today: DayDate) {
        inForce = history.inForce(on: today).map { Released(number: $0.number, date: $0.effective) }
        announced = history.announced(on: today).last.map { Released(number: $0.number, date: $0.effective) }
        hasUnreleasedChanges = unreleased
    }
}
