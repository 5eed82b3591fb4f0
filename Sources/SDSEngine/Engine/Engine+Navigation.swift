// Moving along the path: which step is being answered, and what comes after an answer.

extension Engine {
  /// The step the person is answering now: a question asked again on purpose, or the first one still to do.
  func currentPosition(_ state: EngineState, _ walk: Walk) -> Int {
    if let focus = state.focus, let index = walk.index(of: focus.instance) { return index }
    return walk.pending
  }

  /// The question waiting for an answer in `state`, in this engine's language.
  func localCurrentPrompt(_ state: EngineState) -> Prompt? {
    guard state.ending == nil else { return nil }
    var copy = state
    return presentCurrent(&copy, walker.walk(state)).compactMap { if case .ask(let prompt) = $0 { prompt } else { nil } }.last
  }

  /// Moves on after `key` was answered (or kept), and says what comes next.
  func advance(after key: String, _ state: inout EngineState, oldWalk: Walk) -> [Output] {
    let walk = walker.walk(state)
    let focus = state.focus
    state.focus = nil
    guard let answeredIndex = walk.index(of: key) else { return arrive(at: walk, state: &state, saysFrom: nil) }
    if focus?.mode == .back, focus?.instance == key {
      // Go forward one question at a time through answers already given.
      if let next = walk.steps[(answeredIndex + 1)...].firstIndex(where: { $0.isQuestion }),
         next < walk.pending, walk.answered.contains(walk.steps[next].key) {
        state.focus = .init(instance: walk.steps[next].key, mode: .back)
        return presentCurrent(&state, walk)
      }
    }
    if focus?.mode == .change, focus?.instance == key {
      // Say what the new answer brings up straight after it (a safety message, say), then go back.
      let old = oldWalk.sayKeys
      let nextQuestion = walk.steps[(answeredIndex + 1)...].firstIndex { !$0.isSay } ?? walk.steps.count
      var outputs: [Output] = []
      for step in walk.steps[(answeredIndex + 1)..<nextQuestion] where !old.contains(step.key) {
        if case .say(let say) = step.kind { outputs.append(.say(renderSay(say, step, walk, state))) }
      }
      if nextQuestion == walk.pending, !outputs.isEmpty {
        return outputs + arrive(at: walk, state: &state, saysFrom: walk.pending)
      }
      return outputs + arrive(at: walk, state: &state, saysFrom: nil)
    }
    return arrive(at: walk, state: &state, saysFrom: nil)
  }

  /// Says the say steps before the pending step (from `saysFrom`, or from the last question before it),
  /// then presents the pending step.
  func arrive(at walk: Walk, state: inout EngineState, saysFrom: Int?) -> [Output] {
    let pending = walk.pending
    let from = saysFrom ?? ((walk.steps[..<pending].lastIndex { !$0.isSay }).map { $0 + 1 } ?? 0)
    var outputs: [Output] = []
    if from < pending {
      for step in walk.steps[from..<pending] {
        if case .say(let say) = step.kind { outputs.append(.say(renderSay(say, step, walk, state))) }
      }
    }
    return outputs + presentCurrent(&state, walk, readBack: true)
  }
}
