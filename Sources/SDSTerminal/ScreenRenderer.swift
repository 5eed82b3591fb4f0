import SDSEngine

/// Turns the engine's outputs into the text shown on the terminal: sanitised, wrapped, emphasised or plain.
///
/// The layout is a linear transcript, the same as the piped one: each block is followed by a blank line,
/// a question is followed by its hint and its numbered choices. Nothing is ever moved or redrawn.
public struct ScreenRenderer: Sendable {
  /// The wrap width, in columns.
  public var width: Int
  /// Emphasis or plain.
  public var style: OutputStyle

  /// Makes a renderer.
  public init(width: Int, style: OutputStyle) {
    self.width = width
    self.style = style
  }

  /// The text for `outputs`. Sends, saves and endings show nothing: the engine's words say what happened.
  public func render(_ outputs: [Output]) -> String {
    var text = ""
    for output in outputs {
      switch output {
      case .say(let words):
        text += block(words)
      case .ask(let prompt):
        text += question(prompt)
      case .send, .save, .resume, .end:
        break
      }
    }
    return text
  }

  /// One block the assistant says, followed by a blank line.
  public func block(_ words: String) -> String {
    TextWrapper.wrap(ScreenText.sanitise(words), width: width) + "\n\n"
  }

  /// A question, its hint and its choices, followed by a blank line.
  public func question(_ prompt: Prompt) -> String {
    var text = ""
    let wrapped = TextWrapper.wrap(ScreenText.sanitise(prompt.text), width: width)
    for line in wrapped.split(separator: "\n", omittingEmptySubsequences: false) {
      text += emphasise(String(line)) + "\n"
    }
    if let hint = prompt.hint.map(ScreenText.sanitise), !hint.isEmpty {
      text += TextWrapper.wrap(hint, width: width) + "\n"
    }
    for choice in prompt.choices {
      let key = ScreenText.sanitise(choice.key) + "."
      let lines = TextWrapper.wrap("  \(key) " + ScreenText.sanitise(choice.label), width: width)
        .split(separator: "\n", omittingEmptySubsequences: false)
      for (index, line) in lines.enumerated() {
        if index == 0 && line.hasPrefix("  " + key) {
          text += "  " + emphasise(key) + line.dropFirst(2 + key.count) + "\n"
        } else {
          text += line + "\n"
        }
      }
    }
    return text + "\n"
  }

  private func emphasise(_ text: String) -> String {
    guard style == .emphasis, !text.isEmpty else { return text }
    return Escape.bold + text + Escape.reset
  }
}
