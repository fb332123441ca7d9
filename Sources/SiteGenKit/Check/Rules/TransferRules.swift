import Foundation

/// Rules about transfers outside the EEA: a statement that says data never leaves the EEA while
/// it names a processor established outside it (`transfers-outside-eea`), and a transfer without
/// its mechanism (`transfer-mechanism`).
enum TransferRules {
    private static let outside = #"buiten\s+(?:de\s+)?(?:EER|EU|Europese\s+(?:Economische\s+Ruimte|Unie)|Europa)\b|outside\s+(?:the\s+)?(?:EEA|EU|European\s+(?:Economic\s+Area|Union))"#
    /// "niet … buiten de EER", "geen … buiten de EU".
    private static let noTransfers = LintText.regex(#"\b(?:geen|niet|nooit|not|no|never)\b(?:\s+\S+){0,12}?\s+(?:"# + outside + ")",
                                                    caseInsensitive: true)
    private static let transfer = LintText.regex(outside + #"|\bderde\s+landen\b|\bthird\s+countr\w+"#, caseInsensitive: true)
    private static let mechanism = LintText.regex(
        #"standaard\s*contract\w*|modelcontract\w*|standard\s+contractual|adequa\w+|passend\s+beschermingsniveau|data\s+privacy\s+framework|bindende\s+bedrijfsvoorschriften|binding\s+corporate|\bart(?:ikel|\.)?\s*4[56]\b"#,
        caseInsensitive: true)
    /// Companies with their head office (or their parent's) in the United States. Being named is
    /// no proof of a transfer — it is why the finding is a question to the company.
    private static let nonEEAProcessor = LintText.regex(
        #"\b(?:Microsoft|Google|Amazon|AWS|Meta|Facebook|Instagram|WhatsApp|LinkedIn|Apple|Mailchimp|Kaseya|Datto|Autotask|IT\s*Glue|Salesforce|HubSpot|Zoom|Cloudflare|Dropbox|Slack|Zendesk|Twilio|SendGrid)\b"#)
    private static let nonEEACountry = LintText.regex(#"\b(?:Verenigde\s+Staten|United\s+States|USA|Amerika\w*)\b"#, caseInsensitive: true)

    /// The findings in `prose`.
    static func findings(in prose: Prose) -> [LintFinding] {
        var found: [LintFinding] = []
        let whole = prose.sentences.joined(separator: " ")
        let named = Array(Set(nonEEAProcessor.strings(in: whole) + nonEEACountry.strings(in: whole))).sorted()
        for (index, sentence) in prose.sentences.enumerated() where !prose.isHeading(index) && !sentence.hasPrefix("[^") {
            if noTransfers.found(in: sentence) {
                if !named.isEmpty {
                    found.append(prose.finding(.transfersOutsideEEA, at: index,
                                               summary: "no transfers outside the EEA are claimed, yet the statement names \(named.joined(separator: ", "))"))
                }
            } else if let spot = prose.range(of: transfer, in: index), !mechanism.found(in: prose.paragraph(of: index)) {
                // The excerpt is the phrase, not the sentence: a shared clause's sentence carries
                // each tenant's name, and one finding should cover them all.
                found.append(prose.finding(.transferMechanism, at: index, range: spot,
                                           summary: "a transfer outside the EEA names no mechanism"))
            }
        }
        return found
    }
}
