/// Something that happened, given to the engine one at a time.
public enum Event: Equatable, Sendable {
  /// The person typed a line (without its line ending).
  case input(String)
  /// The front end delivered the draft asked for by `Output.send`, under this reference, to `destination`
  /// (the council, unless it had to stay on this computer).
  case delivered(reference: String, destination: DraftDestination = .sent)
  /// The front end could not deliver the draft; the person is told and can try again.
  case deliveryFailed
  /// The draft was not delivered because it would be larger than an importer reads. The person is asked
  /// `question` (a `Record.Entry.questionID`) again, with their words, to keep it under `keepUnder` characters.
  case draftTooLarge(question: String, keepUnder: Int)
  /// Nobody typed for too long; the answers are cleared.
  case idleTimeout
  /// The conversation was saved under `reference` until `until` (a date in words, for the person).
  case saved(reference: String, until: String)
  /// The conversation could not be saved; the person is told and carries on.
  case saveFailed
  /// A saved conversation could not be opened.
  case resumeFailed(ResumeFailure)
}

/// Why a saved conversation could not be opened.
public enum ResumeFailure: Equatable, Sendable {
  /// No saved conversation has that reference (or it was deleted after its time ran out).
  case notFound
  /// The reference cannot be right: its check character does not match, or it has letters references
  /// never use. The person is told to check it; no attempt is counted.
  case mistyped
  /// The word did not match; `attemptsLeft` more tries before it is locked.
  case wrongWord(attemptsLeft: Int)
  /// Too many wrong words: it is locked until this time (in words, for the person).
  case locked(until: String)
  /// The drop folder could not be read.
  case unavailable
}
