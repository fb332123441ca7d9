/// The clause order of a tenant on the shared template: the real JS-ICT / M-ICT / Webcircuit
/// statement, plus the bench platform's extra sections (`PlatformLibrary`) where a real
/// statement would put them. Which optional sections a tenant has varies, as it does on a platform.
enum SharedStatement {
    /// The clause ids of one tenant's `statement:`.
    static func clauses(hasCookies: Bool, hasDPO: Bool, rng: inout SplitMix64) -> [String] {
        var clauses = ["intro", "controller", "processing"]
        if rng.chance(0.85) { clauses.append("service-details") }
        if rng.chance(0.8) { clauses.append("retention") }
        clauses += ["use", "provision", "recipients"]
        if rng.chance(0.6) { clauses.append("transfers") }
        if rng.chance(0.9) { clauses.append("security") }
        clauses += ["rights", "rights-access", "rights-rectification", "rights-objection-erasure", "rights-restriction",
                    "rights-portability", "complaint", "withdraw-consent"]
        // Art. 13 asks for both; without them `sitegen check` warns, and the statements must check clean.
        clauses.append("automated-decisions")
        if hasCookies { clauses.append("cookies") }
        // Art. 13(1)(b): a DPO's contact details, not only the signature.
        if hasDPO { clauses.append("dpo-contact") }
        clauses.append("contact")
        clauses.append(rng.chance(0.6) ? "changes" : "closing")
        // A tenant with a data protection officer ends with the officer's signature, as Webcircuit does;
        // this is also the shared clause the benchmark edits (used by only some tenants).
        if hasDPO { clauses.append("dpo-signature") }
        return clauses
    }
}
