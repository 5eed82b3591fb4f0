// One event (a line typed, a draft delivered, a save done, the idle timer) in one engine's language.

extension Engine {
  /// Handles one event in this engine's language (see `handle(_:state:)`).
  func localHandle(_ event: Event, state: EngineState) -> (state: EngineState, outputs: [Output]) {
    var state = state
    guard state.ending == nil else { return (state, []) }
    let outputs: [Output]
    switch event {
    case .input(let raw): outputs = input(raw, &state)
    case .delivered(let reference, let destination):
      guard state.delivery != .none else { return (state, []) }
      state.delivery = .none
      state.reference = reference
      state.destination = destination
      state.focus = nil
      let walk = walker.walk(state)
      let sendIndex = walk.steps.lastIndex { if case .send = $0.kind { true } else { false } } ?? 0
      outputs = arrive(at: walk, state: &state, saysFrom: sendIndex + 1)
    case .draftTooLarge(let question, let keepUnder):
      outputs = draftTooLarge(question, keepUnder: keepUnder, &state)
    case .deliveryFailed:
      guard state.delivery == .awaiting else { return (state, []) }
      state.delivery = .failed
      outputs = [.say(message("send-failed", state)), .ask(retryPrompt(state))]
    case .saved(let reference, let until):
      guard case .storing? = state.waiting else { return (state, []) }
      // The answers are in the drop folder now; nothing stays here.
      state = EngineState()
      state.ending = Ending(status: .saved, reference: reference)
      outputs = [.say(message("saved", state, ["saved-reference": reference, "until": until])), .end(state.ending!)]
    case .saveFailed:
      guard case .storing? = state.waiting else { return (state, []) }
      state.waiting = nil
      outputs = [.say(message("save-failed", state))] + presentCurrent(&state, walker.walk(state))
    case .resumeFailed(let failure):
      guard case .storing(let reference)? = state.waiting else { return (state, []) }
      state.waiting = nil
      var said: [Output]
      switch failure {
      case .notFound: said = [.say(message("resume-not-found", state))]
      case .mistyped: said = [.say(message("resume-mistyped", state))]
      case .locked(let until): said = [.say(message("resume-locked", state, ["until": until]))]
      case .unavailable: said = [.say(message("resume-unavailable", state))]
      case .wrongWord(let attempts):
        said = [.say(message("resume-wrong-word", state, ["attempts": String(attempts)]))]
        if let reference, attempts > 0 {
          state.waiting = .resumeWord(reference: reference)
          return (state, said + [.ask(textPrompt("resume-word", state))])
        }
      }
      outputs = said + presentCurrent(&state, walker.walk(state))
    case .idleTimeout:
      // Nothing of the person's stays behind, even in memory.
      state = EngineState()
      state.ending = Ending(status: .timeout)
      outputs = [.say(message("timed-out", state)), .end(state.ending!)]
    }
    remember(outputs, in: &state)
    return (state, outputs)
  }

  /// Keeps what a reply said before its question, so `repeat` can say it again.
  func remember(_ outputs: [Output], in state: inout EngineState) {
    guard case .ask? = outputs.last else {
      state.lastSaid = nil
      return
    }
    let said = outputs.compactMap { if case .say(let text) = $0 { text } else { nil } }
    state.lastSaid = said.isEmpty ? nil : said
  }
}
