/// Renders outputs as a plain text transcript: no colour, no escape sequences, nothing moved on screen.
public enum PlainTranscript {
  /// The text for `outputs`. Sends are not shown; the engine's own words say what happened.
  public static func render(_ outputs: [Output]) -> String {
    var text = ""
    for output in outputs {
      switch output {
      case .say(let words):
        text += words + "\n\n"
      case .ask(let prompt):
        text += prompt.text + "\n"
        if let hint = prompt.hint, !hint.isEmpty { text += hint + "\n" }
        for choice in prompt.choices { text += "  \(choice.key). \(choice.label)\n" }
        text += "\n"
      case .send, .save, .resume, .end:
        break
      }
    }
    return text
  }

  /// How the person's line is shown in the transcript: cleaned, after "> ".
  public static func echo(_ line: String, secret: Bool = false) -> String {
    if secret { return "> (hidden)\n\n" }
    // Only the start of a long line is shown, so only the start is cleaned.
    let head = line.unicodeScalars.prefix(2_000)
    let clean = InputSanitiser.clean(String(String.UnicodeScalarView(head)))
    let cut = head.endIndex != line.unicodeScalars.endIndex
    let shown = cut || clean.count > 200 ? String(clean.prefix(200)) + "..." : clean
    return "> " + shown + "\n\n"
  }
}
