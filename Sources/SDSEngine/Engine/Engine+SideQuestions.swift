// Questions asked in the middle of the conversation, answered from the FAQ library.

extension Engine {
  /// Whether a line reads as a question: it ends with "?" or starts with a question word.
  func looksLikeQuestion(_ text: String) -> Bool {
    if text.hasSuffix("?") { return true }
    guard let first = Understanding.normalise(text).split(separator: " ").first else { return false }
    return (script.words["question-words"] ?? []).contains(String(first))
  }

  /// Whether a free-text answer may be a question for the FAQ, so the person is asked which it is. A line
  /// ending with "?" may be; one that only starts like a question ("When she gets confused") is taken
  /// as a question only if the FAQ has something to say about it. Never for a `no faq` question.
  func mightBeSideQuestion(_ text: String, _ question: QuestionNode) -> Bool {
    guard let faq, !question.noFAQ, looksLikeQuestion(text) else { return false }
    if text.hasSuffix("?") { return true }
    if case .noMatch = faq.reply(to: text) { return false }
    return true
  }

  /// Answers a side question when the line reads as one and the FAQ library is there; nil otherwise.
  func sideQuestion(_ text: String, _ state: inout EngineState, _ walk: Walk) -> [Output]? {
    guard let faq, looksLikeQuestion(text), !(walk.steps[currentPosition(state, walk)].question?.noFAQ ?? false) else { return nil }
    return sideReply(faq.reply(to: text), &state, walk)
  }

  func sideReply(_ reply: SideReply?, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    state.failures = 0
    switch reply {
    case .answer(let id, let title, let text)?:
      var said = title + "\n\n" + text
      if faq?.more(forEntry: id) != nil {
        state.faqMore = id
        said += "\n\n" + message("faq-more", state)
      }
      return [.say(said), .say(message("back-to-question", state))] + presentCurrent(&state, walk)
    case .choose(let titles)?:
      state.waiting = .faqChoice(ids: titles.map(\.id))
      return [.ask(faqPrompt(titles, intro: "faq-choose", state))]
    case .noMatch(let text)?:
      return [.say(text)] + presentCurrent(&state, walk)
    case nil:
      return presentCurrent(&state, walk)
    }
  }
}
