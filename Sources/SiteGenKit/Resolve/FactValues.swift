/// The tenant's `facts:` as placeholder values under `facts.`: what clauses print, and what
/// coverage finds on the page (docs/authoring.md, "Facts (GDPR Art. 13)"). Every name is present
/// whether or not the tenant states the fact, so a misspelt name is an error for every tenant; an
/// open question is `.unknown`, which `{{#if}}` reads as false and printing refuses.
enum FactValues {
    /// The `facts` map of `tenant`; a basis or mechanism without a label in any library is an error.
    static func make(for tenant: TenantSource, libraries: [Library], diagnostics: inout Diagnostics) -> TemplateValue {
        var labels = LabelLookup(libraries: libraries, tenant: tenant)
        let facts = tenant.config.facts
        let purposes = (facts?.purposes ?? []).enumerated().map { index, purpose in
            TemplateValue.map([
                "id": .text(purpose.id),
                "name": .text(purpose.name),
                "basis": labels.basis(purpose.basis, at: "facts.purposes[\(index)].basis", diagnostics: &diagnostics),
                "basis_id": purpose.basis?.known.map { .text($0.rawValue) } ?? (purpose.basis?.question).map(TemplateValue.unknown) ?? .absent,
                "interest": text(purpose.interest),
                "law": text(purpose.law),
                "retention": text(purpose.retention),
            ])
        }
        return .map([
            "purposes": .list(purposes),
            "consent_withdrawal": text(facts?.consentWithdrawal),
            "requirement": text(facts?.requirement),
            "recipients": noneOr(facts?.recipients, empty: ["categories": .list([]), "processors": .list([])]) { recipients in
                ["categories": .list((recipients.categories ?? []).map(TemplateValue.text)),
                 "processors": .list((recipients.processors ?? []).map(TemplateValue.text))]
            },
            "transfers": noneOr(facts?.transfers, empty: ["list": .list([])]) { transfers in
                ["list": .list(transfers.enumerated().map { index, transfer in
                    .map([
                        "to": text(transfer.to),
                        "mechanism": labels.mechanism(transfer.mechanism, at: "facts.transfers[\(index)].mechanism", diagnostics: &diagnostics),
                        "mechanism_id": transfer.mechanism?.known.map { .text($0.rawValue) } ?? (transfer.mechanism?.question).map(TemplateValue.unknown) ?? .absent,
                        "copy": text(transfer.copy),
                    ])
                })]
            },
            "automated_decisions": noneOr(facts?.automatedDecisions, empty: ["logic": .absent, "consequences": .absent]) { decisions in
                ["logic": text(decisions.logic), "consequences": text(decisions.consequences)]
            },
        ])
    }

    /// A text fact as a value: the text, the open question, or absent.
    static func text(_ fact: Fact<String>?) -> TemplateValue {
        switch fact {
        case let .known(text)?: return .text(text)
        case let .unknown(question)?: return .unknown(question)
        case nil: return .absent
        }
    }

    /// A fact that may be `none`: a map with the flag `none` and the value's names (`empty`'s when
    /// it is none or not stated), or the open question.
    private static func noneOr<Value>(_ fact: Fact<NoneOr<Value>>?, empty: [String: TemplateValue],
                                      _ names: (Value) -> [String: TemplateValue]) -> TemplateValue {
        switch fact {
        case let .unknown(question)?: return .unknown(question)
        case .known(.none)?: return .map(empty.merging(["none": .flag(true)]) { $1 })
        case let .known(.some(value))?: return .map(names(value).merging(["none": .flag(false)]) { $1 })
        case nil: return .map(empty.merging(["none": .flag(false)]) { $1 })
        }
    }
}
