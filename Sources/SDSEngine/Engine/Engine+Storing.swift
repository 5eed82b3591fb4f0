// Keeping an answer (or the one already given) and moving on.

extension Engine {
  func keep(_ step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    state.failures = 0
    state.offered = nil
    state.listItems = nil
    return advance(after: step.key, &state, oldWalk: walk)
  }

  func store(_ value: AnswerValue, note: String? = nil, question: QuestionNode, step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    state.answers[step.key] = value
    // The note is everything else the person typed for this answer: words not understood before, then
    // the words that came with it. A new answer replaces the old note.
    var words = state.held?.removeValue(forKey: step.key) ?? []
    if let note, !words.contains(note) { words.append(note) }
    var notes = state.notes ?? [:]
    notes[step.key] = words.isEmpty ? nil : words.joined(separator: "; ")
    state.notes = notes.isEmpty ? nil : notes
    if state.held?.isEmpty == true { state.held = nil }
    state.offered = nil
    state.failures = 0
    state.listItems = nil
    return advance(after: step.key, &state, oldWalk: walk)
  }
}
