/// The messages and word lists the engine needs from every script.
public enum RequiredText {
  /// Message ids the engine says, with the extra `{names}` each may use.
  public static let messages: [String: Set<String>] = [
    "answer-yes": [], "answer-no": [], "answer-not-sure": [], "not-provided": [],
    "send-failed": [], "send-retry": [], "not-sent-yet": [], "send-not-now": [], "sending": [], "timed-out": [],
    "stopped": [], "started-again": [], "carry-on": [], "confirm-stop": [], "confirm-start-again": [],
    "not-understood-yesno": [], "not-understood-yesno-not-sure": [], "not-understood-choice": [],
    "ambiguous-choice": ["numbers"], "not-understood-multi": [], "not-understood-check": [],
    "needs-answer": [], "list-needs-one": [], "still-stuck": [], "too-long": ["limit"],
    "choice-question": [], "choice-answer": [], "question-or-answer": [], "faq-list": [], "faq-choose": [],
    "back-to-question": [], "help-commands": [], "no-why": [], "summary-empty": [], "summary-intro": [],
    "first-question": [], "cannot-skip": [], "change-which": [], "change-unknown": ["count"],
    "already-sent": [], "previous-answer": ["previous"], "add-another": [], "check-intro": [],
    "save-word": [], "save-word-short": [], "save-word-again": [], "save-word-different": [], "saved": ["until", "saved-reference"], "save-failed": [], "resume-reference": [],
    "resume-reference-unclear": [], "resume-word": [], "resume-not-found": [], "resume-mistyped": [], "resume-wrong-word": ["attempts"],
    "resume-locked": ["until"], "resume-unavailable": [], "resume-only-at-start": [], "welcome-back": [],
    "faq-more": [], "check-back": ["answer", "number"], "answer-note": ["answer", "note"],
    // Said by the terminal front end (SDSTerminal) rather than the engine.
    "terminal-secret-hint": [], "interrupt-question": [], "interrupt-question-sent": [], "idle-warning": ["time"], "idle-notice": ["time"], "idle-countdown": ["time"],
    "duration-seconds": ["count"], "duration-one-second": [], "duration-minutes": ["count"], "duration-one-minute": [],
    "kiosk-welcome": ["time"], "kiosk-cleared": [], "kiosk-next-person": [], "kiosk-closed": [], "speech-missing": [],
    "terminal-more": [],
  ]

  /// Word lists the engine reads: the answer words, the commands' (see `Command`), and the words that
  /// help read answers.
  public static let words: [String] =
    ["yes", "no", "not-sure", "done", "send"] + Command.allCases.filter(\.isRequired).compactMap(\.wordList)
    + ["question-words", "ignore", "more", "maybe-yes"]

  /// Names every text may use without defining them.
  public static let builtInNames: Set<String> = ["reference", "reference-spelled", "duration", DraftDestination.placeName, DraftDestination.copyPlaceName]
}
