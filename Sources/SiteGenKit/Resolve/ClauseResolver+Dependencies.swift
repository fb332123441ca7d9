extension ClauseResolver {
    /// Every clause file `tenant`'s statement reads — its clauses and, followed through, the
    /// clauses they include — sorted. What an incremental build hashes besides whole folders.
    func clauseFiles(for tenant: TenantSource) -> [String] {
        var files: Set<String> = []
        var seen: Set<String> = []
        var pending = tenant.config.statement
        while let id = pending.popLast() {
            guard seen.insert(id).inserted, let clause = clause(id, for: tenant) else { continue }
            files.insert(clause.file)
            pending.append(contentsOf: clause.template.includedIDs)
        }
        return files.sorted()
    }
}
