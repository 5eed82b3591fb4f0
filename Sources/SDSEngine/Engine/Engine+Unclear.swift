// Answers that were not understood: asking again, offering the nearest answer back, keeping the words.

extension Engine {
  /// The question's own `re-ask:` words, when it has them.
  func reAsk(_ question: QuestionNode, _ step: Walk.Step, _ walk: Walk, _ state: EngineState) -> String? {
    question.reAsk.map { render($0, step, walk, state) }
  }

  /// Says what is needed (the question's `re-ask:` words, else the message `id`), then asks again.
  func notUnderstood(_ id: String, _ state: inout EngineState, _ walk: Walk, _ extra: [String: String] = [:], reAsk: String? = nil) -> [Output] {
    var text = reAsk ?? message(id, state, extra)
    if state.failures >= 2 { text += "\n\n" + message("still-stuck", state) }
    return [.say(text)] + presentCurrent(&state, walk)
  }

  /// Whether an answer says something in several words ("a bit, Jean is 81 herself"), rather than
  /// being a mistyped choice ("banana"): such an answer is checked back, a mistyped one asked again.
  func isSentence(_ text: String) -> Bool {
    Understanding.normalise(text).split(separator: " ").filter { !ignoredWords.contains(String($0)) }.count >= 3
  }

  /// Keeps words that were not understood at question `key`, to go in its note when it is answered.
  func hold(_ text: String, at key: String, _ state: inout EngineState) {
    let words = AnswerReading.trimmed(text)
    guard Understanding.normalise(words).count > 3 else { return }
    var held = state.held ?? [:]
    if !(held[key] ?? []).contains(words) { held[key, default: []].append(words) }
    state.held = held
  }

  /// An answer that fits no choice. Its words are kept for the note, and the nearest answer is offered
  /// back once ("Did you mean Not sure?"). Offered the same answer twice, the person has moved on: that
  /// answer is taken, with their words as its note. With nothing to offer, `otherwise` asks again.
  func unclear(_ text: String, offer: AnswerValue?, question: QuestionNode, step: Walk.Step, _ state: inout EngineState, _ walk: Walk,
                       otherwise: (inout EngineState) -> [Output]) -> [Output] {
    state.failures += 1
    hold(text, at: step.key, &state)
    guard let offer else { return otherwise(&state) }
    let shown = renderer.display(offer, of: question, state: state)
    if state.offered == shown { return store(offer, question: question, step: step, &state, walk) }
    state.offered = shown
    let prompt = makePrompt(question, step, walk, state)
    let key: String
    switch offer {
    case .yesNo(let value): key = prompt.choices.first { $0.id == value.rawValue }?.key ?? ""
    case .choice(let id): key = prompt.choices.first { $0.id == id }?.key ?? ""
    default: key = ""
    }
    return [.say(message("check-back", state, ["answer": shown, "number": key]))] + presentCurrent(&state, walk)
  }
}
