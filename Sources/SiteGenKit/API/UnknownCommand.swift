/// The message for a first argument that is no subcommand (`sitegen buidl`): without it, the
/// word would be read as an argument of the default command and the error would be about
/// something else entirely ("Pass --tenant <id> or --all.").
public enum UnknownCommand {
    /// The error for `arguments` (without the program name) when the first one looks like a
    /// command but is not one of `known`; nil when it is fine or an option.
    public static func diagnostic(for arguments: [String], known: [String]) -> Diagnostic? {
        guard let word = arguments.first, !word.hasPrefix("-"), !known.contains(word) else { return nil }
        var notes = ["the commands are: \(known.joined(separator: ", ")); 'sitegen help' shows what each does"]
        if let close = Suggestion.closest(to: word, in: known) { notes.insert("did you mean '\(close)'?", at: 0) }
        return .error("unknown command '\(word)'", notes: notes)
    }
}
