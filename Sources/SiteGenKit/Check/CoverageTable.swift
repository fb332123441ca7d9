/// The GDPR Art. 13 coverage as text for `sitegen check`: one block per tenant, one aligned row
/// per item — article, item, status (✓, open question, acknowledged, missing, n/a) and the clauses
/// that put the facts on the page, the open question, what is missing or the reason. Per tenant rather than one wide matrix, so it stays readable with a thousand tenants.
enum CoverageTable {
    /// Reasons and clause lists longer than this are shortened, to keep one row on one line.
    static let detailLimit = 70

    /// The table for `reports`, ending in a line break; empty when there are none.
    static func render(_ reports: [CoverageReport]) -> String {
        let labelWidth = GDPRItem.allCases.map(\.label.count).max() ?? 0
        let statusWidth = CoverageReport.Status.allCases.map { symbol($0).count }.max() ?? 0
        var lines: [String] = []
        for report in reports {
            if !lines.isEmpty { lines.append("") }
            let counts = CoverageReport.Status.allCases.compactMap { status -> String? in
                let count = report.count(status)
                return count == 0 && status != .missing ? nil : "\(count) \(status.rawValue.replacingOccurrences(of: "-", with: " "))"
            }
            lines.append("GDPR Art. 13 coverage of \(report.tenantID): \(counts.joined(separator: ", "))")
            for item in report.items {
                let row = "  " + pad(item.article, 8) + "  " + pad(item.label, labelWidth) + "  " + pad(symbol(item.status), statusWidth)
                    + "  " + shorten(detail(item))
                lines.append(String(row.reversed().drop { $0 == " " }.reversed()))
            }
        }
        return lines.isEmpty ? "" : lines.joined(separator: "\n") + "\n"
    }

    /// How a status reads in the table.
    static func symbol(_ status: CoverageReport.Status) -> String {
        switch status {
        case .covered: return "✓"
        case .openQuestion: return "open question"
        case .acknowledged: return "acknowledged"
        case .missing: return "missing"
        case .notApplicable: return "n/a"
        }
    }

    private static func detail(_ item: CoverageReport.Item) -> String {
        switch item.status {
        case .covered: return item.clauses.map(shortClause).joined(separator: ", ")
        case .openQuestion: return item.questions.map { "“\($0.question)”" }.joined(separator: " ")
        case .acknowledged: return "“\(item.reason ?? "")”"
        case .missing: return item.missing.first ?? ""
        case .notApplicable: return item.reason ?? ""
        }
    }

    /// A clause location without its folders (`processing.md:17`): the JSON has it whole.
    private static func shortClause(_ clause: String) -> String {
        clause.split(separator: "/").last.map(String.init) ?? clause
    }

    private static func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - text.count))
    }

    private static func shorten(_ text: String) -> String {
        text.count > detailLimit ? String(text.prefix(detailLimit - 1)) + "…" : text
    }
}

extension CheckReport {
    /// The coverage of every checked tenant as the aligned text table `sitegen check` prints.
    public func coverageTable() -> String {
        CoverageTable.render(coverage)
    }
}
