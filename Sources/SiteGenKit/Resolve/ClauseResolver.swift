/// The resolve stage for text: finds each clause of a tenant's statement (tenant's own first, then
/// the libraries), expands its placeholders and joins them into one Markdown document.
struct ClauseResolver {
    let libraries: [Library]

    /// The expanded statement, the clauses it used and a map from its lines back to clause files.
    struct Statement: Sendable {
        var markdown: String
        var clauses: [Clause]
        var sourceMap: SourceMap
        /// The GDPR facts the clauses put on the page, in statement order (`PrintedFact`).
        var printed: [PrintedFact] = []
    }

    /// Finds a clause by id: the tenant's own clause wins over a library's.
    func lookUp(_ id: String, for tenant: TenantSource) -> ClauseSet.Lookup {
        if case .unknown = tenant.clauses[id] {
            for library in libraries {
                let found = library.clauses[id]
                if case .unknown = found { continue }
                return found
            }
            return .unknown
        }
        return tenant.clauses[id]
    }

    /// The usable clause with `id`, if any.
    func clause(_ id: String, for tenant: TenantSource) -> Clause? {
        if case let .found(clause) = lookUp(id, for: tenant) { return clause }
        return nil
    }

    /// Resolves `tenant`'s statement against `values`.
    func statement(for tenant: TenantSource, values: TemplateValue, diagnostics: inout Diagnostics) -> Statement {
        var markdown = ""
        /// Line breaks in `markdown`, counted as it grows rather than by rescanning it per clause.
        var lineBreaks = 0
        var clauses: [Clause] = []
        var sourceMap = SourceMap()
        var footnotes = FootnoteLabels(tenantID: tenant.id)
        var printed: [PrintedFact] = []
        for (index, id) in tenant.config.statement.enumerated() {
            let clause: Clause
            switch lookUp(id, for: tenant) {
            case let .found(found):
                clause = found
            case .broken:
                continue
            case .unknown:
                var notes = ["clauses are looked up in tenants/\(tenant.id)/clauses/ and then in the libraries' clauses/ folders"]
                if id.contains(" - ") {
                    notes.insert("this looks like several list items read as one text: indent every '- id' line of 'statement:' alike, "
                                 + "or write the list as [intro, controller, …]", at: 0)
                }
                diagnostics.report(.error("unknown clause '\(id)'", at: tenant.keyLocations["statement[\(index)]"], notes: notes))
                continue
            }
            var expander = PlaceholderExpander(root: values, tenantID: tenant.id) { self.clause($0, for: tenant)?.template }
            let expanded = expander.expand(clause.template, clauseID: clause.id)
            diagnostics.report(contentsOf: expander.diagnostics)
            printed += expander.printed
            let text = expanded.trimmingLineBreaks
            footnotes.add(text, file: clause.file, firstLine: clause.template.firstLine, diagnostics: &diagnostics)
            if !markdown.isEmpty {
                markdown += "\n\n"
                lineBreaks += 2
            }
            sourceMap.add(file: clause.file, firstLine: clause.template.firstLine, startingAt: markdown.isEmpty ? 1 : lineBreaks + 1)
            markdown += text
            lineBreaks += text.utf8.withContiguousStorageIfAvailable(Self.lineBreaks) ?? Self.lineBreaks(in: Array(text.utf8))
            clauses.append(clause)
        }
        markdown += "\n"
        return Statement(markdown: markdown, clauses: clauses, sourceMap: sourceMap, printed: printed)
    }

    /// The number of `\n` bytes, counted without a branch per byte.
    private static func lineBreaks<Bytes: Collection<UInt8>>(in bytes: Bytes) -> Int {
        var count = 0
        for byte in bytes { count &+= byte == UInt8(ascii: "\n") ? 1 : 0 }
        return count
    }

    /// Reports a clause id defined in two libraries; run once per build, not per tenant.
    func reportDuplicateLibraryClauses(diagnostics: inout Diagnostics) {
        var seen: [String: Clause] = [:]
        for library in libraries {
            for (id, clause) in library.clauses.parsed.sorted(by: { $0.key < $1.key }) {
                if let first = seen[id] {
                    diagnostics.report(.error("clause '\(id)' is defined in two libraries", at: .init(file: clause.file),
                                              notes: ["first defined in \(first.file)"]))
                } else {
                    seen[id] = clause
                }
            }
        }
    }
}

/// Maps lines of a joined statement back to the clause files they came from, so Markdown problems
/// name the file an author edits. Lines inside expanded loops are approximate.
struct SourceMap: Sendable {
    private var entries: [(start: Int, file: String, firstLine: Int)] = []

    mutating func add(file: String, firstLine: Int, startingAt line: Int) {
        entries.append((line, file, firstLine))
    }

    /// The clause location of a statement line.
    func location(ofLine line: Int) -> Diagnostic.Location {
        guard let entry = entries.last(where: { $0.start <= line }) else { return .init(file: "statement") }
        return .init(file: entry.file, line: entry.firstLine + line - entry.start)
    }

    /// The clause files and their lines that statement `lines` come from, in order, one span per
    /// file run, for `diff` to say where a change is.
    func spans(ofLines lines: ClosedRange<Int>) -> [(file: String, lines: ClosedRange<Int>)] {
        var spans: [(file: String, lines: ClosedRange<Int>)] = []
        for line in lines {
            let location = location(ofLine: line)
            let clauseLine = max(location.line, 1)
            if let last = spans.last, last.file == location.file {
                spans[spans.count - 1].lines = min(last.lines.lowerBound, clauseLine)...max(last.lines.upperBound, clauseLine)
            } else {
                spans.append((location.file, clauseLine...clauseLine))
            }
        }
        return spans
    }
}

extension String {
    /// The text without `"\n"` Characters at either end, the end first — the same as removing
    /// them one by one, found by bytes. A `\n` after `\r` is part of a `"\r\n"` Character and stays.
    var trimmingLineBreaks: Substring {
        let utf8 = self.utf8
        var end = utf8.endIndex
        while end > utf8.startIndex {
            let last = utf8.index(before: end)
            guard utf8[last] == UInt8(ascii: "\n") else { break }
            if last > utf8.startIndex && utf8[utf8.index(before: last)] == UInt8(ascii: "\r") { break }
            end = last
        }
        var start = utf8.startIndex
        while start < end && utf8[start] == UInt8(ascii: "\n") { start = utf8.index(after: start) }
        return self[start..<end]
    }
}
