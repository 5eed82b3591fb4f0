extension Engine {
  /// After `Event.draftTooLarge`: nothing was sent. The person is told the answer is too long and asked
  /// that question again, with their words filled in; once it is answered, the draft is sent again.
  func draftTooLarge(_ question: String, keepUnder: Int, _ state: inout EngineState) -> [Output] {
    guard state.delivery == .awaiting else { return [] }
    let walk = walker.walk(state)
    guard walk.index(of: question) != nil, state.answers[question] != nil else {
      state.delivery = .failed
      return [.say(message("send-failed", state))] + presentCurrent(&state, walk)
    }
    state.delivery = .none
    state.focus = .init(instance: question, mode: .change)
    var prompts = presentCurrent(&state, walk)
    if case .text(let words)? = state.answers[question], case .ask(var prompt)? = prompts.last {
      prompt.prefill = words
      prompts[prompts.count - 1] = .ask(prompt)
    }
    return [.say(message("too-long", state, ["limit": String(max(1, keepUnder))]))] + prompts
  }
}
