/// How a tenant's releases must be made: whether someone must approve them and how many days of
/// notice a change should get. tenant.yaml overrides the libraries; libraries are read in name order.
struct ReleasePolicy: Sendable {
    /// The notice a library gives when it says nothing: WP260 asks that material changes are
    /// communicated in advance; a month is the common practice.
    static let defaultNoticeDays = 30

    let requireApproval: Bool
    let noticeDays: Int
    /// Where the setting that decided `requireApproval` is, for messages.
    let approvalSource: Diagnostic.Location?
    /// Released versions whose short notice a legal editor explained afterwards (`notice_acknowledged`).
    let acknowledged: [Int: String]

    init(tenant: TenantSource, libraries: [Library]) {
        let sorted = libraries.sorted { $0.name < $1.name }
        if let own = tenant.config.requireApproval {
            requireApproval = own
            approvalSource = tenant.keyLocations["require_approval"]
        } else if let library = sorted.first(where: { $0.config.requireApproval != nil }) {
            requireApproval = library.config.requireApproval ?? false
            approvalSource = .init(file: library.configFile)
        } else {
            requireApproval = false
            approvalSource = nil
        }
        noticeDays = tenant.config.noticeDays ?? sorted.lazy.compactMap(\.config.noticeDays).first ?? Self.defaultNoticeDays
        acknowledged = tenant.config.noticeAcknowledged ?? [:]
    }

    /// What `check` says about a tenant's released notice: a warning for the latest version if it gave
    /// short notice with no reason, recorded or acknowledged; an error for an acknowledgement without
    /// a reason; a warning for one that explains nothing (no such version, or it gave enough notice),
    /// so the config says what is true.
    func audit(_ tenant: TenantSource) -> [Diagnostic] {
        var found: [Diagnostic] = []
        let history = tenant.history
        for (number, reason) in acknowledged.sorted(by: { $0.key < $1.key }) {
            let location = tenant.keyLocations["notice_acknowledged.\(number)"] ?? tenant.keyLocations["notice_acknowledged"]
            if reason.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
                found.append(.error("the acknowledgement of version \(number)'s short notice has no reason", at: location,
                                    notes: ["write why the version needed no notice, e.g. \"only typing errors were corrected\""]))
            } else if let version = history.first(where: { $0.number == number }),
                      shortNotice(number: number, published: version.published, effective: version.effective,
                                  reason: version.noNoticeReason, file: version.file, tenant: tenant.id) != nil {
                continue
            } else {
                found.append(.warning("version \(number) of tenant '\(tenant.id)' is acknowledged for short notice, but "
                                      + (history.contains { $0.number == number } ? "it gave the notice asked or recorded why" : "no such version is released"),
                                      at: location, notes: ["remove it from notice_acknowledged in \(tenant.configFile)"]))
            }
        }
        // The latest release only: older ones are past news that no one can change any more.
        if let latest = history.last, acknowledged[latest.number] == nil, let warning = shortNotice(latest, tenant: tenant.id) {
            found.append(warning)
        }
        return found
    }

    /// The warning for `version` if it gave less notice than this policy asks and said no reason.
    func shortNotice(_ version: Version, tenant id: String) -> Diagnostic? {
        shortNotice(number: version.number, published: version.published, effective: version.effective,
                    reason: version.noNoticeReason, file: version.file, tenant: id)
    }

    /// The warning for a release of version `number` published and effective on these days, if it
    /// gives less notice than asked and says no reason; version 1 changes nothing and needs none.
    func shortNotice(number: Int, published: DayDate?, effective: DayDate?, reason: String?, file: String, tenant id: String) -> Diagnostic? {
        guard number > 1, reason == nil, let published, let effective else { return nil }
        let days = effective.days(since: published)
        guard days < noticeDays else { return nil }
        let when = days == 0 ? "the day it was published" : "\(days) day\(days == 1 ? "" : "s") after it was published"
        return .warning("version \(number) of tenant '\(id)' takes effect \(when), less than the \(noticeDays) days' notice asked",
                        at: .init(file: file),
                        notes: ["WP260 rev.01 (Article 29 Working Party, Guidelines on transparency), 'Changes to Article 13 and Article 14 information', par. 29-32: material changes are communicated in advance",
                                "announce a change with 'sitegen release --effective YYYY-MM-DD', or say why it needs no notice with --no-notice-reason \"…\"",
                                "for a version already released, a legal editor may say why in tenant.yaml: notice_acknowledged: { \(number): \"…\" }"])
    }
}
