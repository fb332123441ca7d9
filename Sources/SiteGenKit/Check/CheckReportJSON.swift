import Foundation

/// The JSON form of a `CheckReport`, for CI tools. Its shape is documented in docs/checks.md and
/// kept stable: keys are sorted, every key is always present (`null` when a value is unknown), and
/// `format_version` goes up when a key changes meaning or disappears.
struct CheckReportJSON: Encodable {
    /// Goes up when a key changes meaning or is removed; adding a key does not change it.
    static let formatVersion = 2

    private struct Counts: Encodable {
        let errors: Int
        let warnings: Int
        let tenants: Int
    }

    private struct DiagnosticJSON: Encodable {
        let severity: String
        let message: String
        let file: String?
        let line: Int?
        let column: Int?
        let notes: [String]

        init(_ diagnostic: Diagnostic) {
            severity = diagnostic.severity.rawValue
            message = diagnostic.message
            file = diagnostic.location?.file
            line = diagnostic.location.flatMap { $0.line > 0 ? $0.line : nil }
            column = diagnostic.location.flatMap { $0.line > 0 && $0.column > 0 ? $0.column : nil }
            notes = diagnostic.notes
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(severity, forKey: .severity)
            try container.encode(message, forKey: .message)
            try container.encode(file, forKey: .file)
            try container.encode(line, forKey: .line)
            try container.encode(column, forKey: .column)
            try container.encode(notes, forKey: .notes)
        }

        enum CodingKeys: String, CodingKey { case severity, message, file, line, column, notes }
    }

    private struct FactJSON: Encodable {
        let path: String
        let value: String?
        let clause: String

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(value, forKey: .value)
            try container.encode(clause, forKey: .clause)
        }

        enum CodingKeys: String, CodingKey { case path, value, clause }
    }

    private struct QuestionJSON: Encodable {
        let path: String
        let question: String
        let location: String?

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(path, forKey: .path)
            try container.encode(question, forKey: .question)
            try container.encode(location, forKey: .location)
        }

        enum CodingKeys: String, CodingKey { case path, question, location }
    }

    private struct ItemJSON: Encodable {
        let item: String
        let article: String
        let label: String
        let status: String
        let facts: [FactJSON]
        let questions: [QuestionJSON]
        let missing: [String]
        let clauses: [String]
        let reason: String?

        init(_ item: CoverageReport.Item) {
            self.item = item.id
            article = item.article
            label = item.label
            status = item.status.rawValue
            facts = item.facts.map { FactJSON(path: $0.path, value: $0.value, clause: $0.clause) }
            questions = item.questions.map { QuestionJSON(path: $0.path, question: $0.question, location: $0.location) }
            missing = item.missing
            clauses = item.clauses
            reason = item.reason
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(item, forKey: .item)
            try container.encode(article, forKey: .article)
            try container.encode(label, forKey: .label)
            try container.encode(status, forKey: .status)
            try container.encode(facts, forKey: .facts)
            try container.encode(questions, forKey: .questions)
            try container.encode(missing, forKey: .missing)
            try container.encode(clauses, forKey: .clauses)
            try container.encode(reason, forKey: .reason)
        }

        enum CodingKeys: String, CodingKey { case item, article, label, status, facts, questions, missing, clauses, reason }
    }

    private struct CoverageJSON: Encodable {
        let tenant: String
        let complete: Bool
        let counts: [String: Int]
        let items: [ItemJSON]
    }

    private let formatVersion = Self.formatVersion
    private let generator = "sitegen \(SiteGen.version)"
    private let strict: Bool
    private let counts: Counts
    private let diagnostics: [DiagnosticJSON]
    private let coverage: [CoverageJSON]

    private enum CodingKeys: String, CodingKey {
        case formatVersion = "format_version"
        case generator, strict, counts, diagnostics, coverage
    }

    /// The JSON form of `report`, diagnostics sorted as the text format prints them.
    init(_ report: CheckReport) {
        strict = report.strict
        counts = Counts(errors: report.errorCount, warnings: report.warningCount, tenants: report.tenantIDs.count)
        diagnostics = report.diagnostics.sorted.map(DiagnosticJSON.init)
        coverage = report.coverage.map { tenant in
            CoverageJSON(
                tenant: tenant.tenantID, complete: tenant.missing.isEmpty,
                counts: Dictionary(uniqueKeysWithValues: CoverageReport.Status.allCases.map { ($0.rawValue, tenant.count($0)) }),
                items: tenant.items.map(ItemJSON.init))
        }
    }
}

extension CheckReport {
    /// The report as pretty-printed JSON with sorted keys (docs/checks.md describes the shape).
    public func json() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        // Encoding plain strings, numbers and arrays cannot fail.
        let data = (try? encoder.encode(CheckReportJSON(self))) ?? Data("{}".utf8)
        return String(decoding: data, as: UTF8.self) + "\n"
    }
}
