/// The libraries' labels of legal bases and transfer mechanisms (the first library that names
/// one wins); a value used without a label is an error at its tenant.yaml (or library.yaml) line.
struct LabelLookup {
    let libraries: [Library]
    let tenant: TenantSource
    private var reported: Set<String> = []

    /// A lookup over `libraries` for `tenant`'s messages.
    init(libraries: [Library], tenant: TenantSource) {
        self.libraries = libraries
        self.tenant = tenant
    }

    /// The label of a basis fact, the open question, or absent; `path` locates it in tenant.yaml.
    mutating func basis(_ fact: Fact<LegalBasis>?, at path: String, location: Diagnostic.Location? = nil,
                        diagnostics: inout Diagnostics) -> TemplateValue {
        let libraries = self.libraries
        return label(fact, kind: "legal_bases", at: location ?? tenant.keyLocations[path], diagnostics: &diagnostics) { value in
            libraries.lazy.compactMap { $0.config.legalBases?[value] }.first
        }
    }

    /// The label of a mechanism fact, the open question, or absent.
    mutating func mechanism(_ fact: Fact<TransferMechanism>?, at path: String, diagnostics: inout Diagnostics) -> TemplateValue {
        let libraries = self.libraries
        return label(fact, kind: "transfer_mechanisms", at: tenant.keyLocations[path], diagnostics: &diagnostics) { value in
            libraries.lazy.compactMap { $0.config.transferMechanisms?[value] }.first
        }
    }

    private mutating func label<Value: ClosedSetValue>(_ fact: Fact<Value>?, kind: String, at location: Diagnostic.Location?,
                                                       diagnostics: inout Diagnostics, find: (Value) -> String?) -> TemplateValue {
        switch fact {
        case nil: return .absent
        case let .unknown(question)?: return .unknown(question)
        case let .known(value)?:
            if let label = find(value) { return .text(label) }
            if reported.insert("\(kind).\(value.rawValue)").inserted {
                diagnostics.report(.error("no library gives a label for \(Value.valueKind) '\(value.rawValue)'",
                                          at: location ?? .init(file: tenant.configFile),
                                          notes: ["add '\(kind): { \(value.rawValue): \"…\" }' to a library's library.yaml: the statement prints the label",
                                                  "while building tenant '\(tenant.id)'"]))
            }
            return .text(value.rawValue)
        }
    }
}
