// The check page: the answers read back, `change N`, and the yes that sends them.

extension Engine {
  /// The check page: the answers read back (when `readBack`), then the question whether to send them.
  func presentCheck(_ check: CheckNode, _ step: Walk.Step, position: Int, readBack showList: Bool, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    var outputs: [Output] = []
    if showList {
      // When the change added or took away questions, everything is read back, so nothing moves unseen.
      let numbered = ReadBack.numbered(walk, upTo: position).map { walk.steps[$0].key }
      let only = state.focus == nil && state.changed?.keys == numbered ? state.changed?.section : nil
      if state.focus == nil { state.changed = nil }
      // After a change, the part changed (check-changed, when the script has it, says how to see the rest).
      let intro = only != nil && script.messages["check-changed"] != nil ? "check-changed" : "check-intro"
      outputs.append(.say(message(intro, state) + "\n\n" + readBack.text(walk, upTo: position, state, onlySection: only)))
    }
    outputs.append(.ask(Prompt(id: "check-answers", kind: .confirm, text: check.prompt.map { render($0, step, walk, state) } ?? "", choices: [])))
    return outputs
  }

  /// `change N`: asks question N of the read-back again, then goes back to where the person was.
  func change(_ number: Int, _ state: inout EngineState, _ walk: Walk, position: Int) -> [Output] {
    let numbered = ReadBack.numbered(walk, upTo: position)
    guard (1...max(1, numbered.count)).contains(number), number <= numbered.count else {
      return [.say(message("change-unknown", state, ["count": String(numbered.count)]))] + presentCurrent(&state, walk)
    }
    keepListItems(walk.steps[position], &state)
    state.failures = 0
    // Changed from the check page, only the changed part is read back when it comes back there.
    if case .check = walk.steps[position].kind {
      state.changed = .init(section: walk.steps[numbered[number - 1]].sectionIndex, keys: numbered.map { walk.steps[$0].key })
    }
    state.focus = .init(instance: walk.steps[numbered[number - 1]].key, mode: .change)
    return presentCurrent(&state, walk)
  }

  /// Reads the answer on the check page: a number changes that answer, yes (or a `send` word) sends.
  func answerCheck(_ text: String, words: String, step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    if let number = Int(words) { return change(number, &state, walk, position: walk.pending) }
    if Understanding.matchYesNo(text, words: script.words, allowsNotSure: false) == .yes || isWord(words, "send") {
      state.answers[step.key] = .yesNo(.yes)
      state.failures = 0
      return advance(after: step.key, &state, oldWalk: walk)
    }
    state.failures += 1
    return notUnderstood("not-understood-check", &state, walk)
  }
}
