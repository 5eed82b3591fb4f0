extension Engine {
  /// Listens to one answer for signs that the person is not safe. When the listener hears something,
  /// it keeps the words for the key worker, says at once who to contact, and then either carries on
  /// with the answer (words typed at a text or list question are kept as typed) or asks the same
  /// question again (a choice, a yes or no, the check page): harm is never taken as an answer.
  /// Returns nil when nothing was heard.
  func listen(_ text: String, _ state: inout EngineState, _ walk: Walk) -> [Output]? {
    if let waiting = state.waiting {
      switch waiting {
      // A memorable word or a reference is not listened to: it is secret or not words at all.
      case .saveWord, .saveWordAgain, .resumeWord, .resumeReference, .storing: return nil
      default: break
      }
    }
    let hearings = script.safety.hear(text)
    guard !hearings.isEmpty else { return nil }

    let position = currentPosition(state, walk)
    let step = walk.steps[position]
    let question: String
    switch (state.waiting, step.kind) {
    case (.faqChoice?, _), (.questionOrAnswer?, _): question = "faq"
    case (_, .check): question = "check-answers"
    default: question = step.key
    }
    let words = String(text.prefix(InputSanitiser.maximumLength))
    var disclosures = state.disclosures ?? []
    for hearing in hearings {
      let disclosure = Disclosure(question: question, words: words, kind: hearing.kind, language: language, flag: hearing.flag)
      if !disclosures.contains(disclosure) { disclosures.append(disclosure) }
    }
    state.disclosures = disclosures

    // The hearings come most urgent first, so help for self-harm is said before help for other harm.
    var replies: [String] = []
    for hearing in hearings where !replies.contains(hearing.reply) { replies.append(hearing.reply) }
    var outputs: [Output] = replies.compactMap { id in
      guard let topic = script.topics.first(where: { $0.id == id }) else { return nil }
      return .say(topicText(topic, state))
    }
    let carryOn = message("safety-carry-on", state)
    if !carryOn.isEmpty { outputs.append(.say(carryOn)) }

    let keepsWords: Bool
    if state.waiting != nil || state.delivery != .none {
      keepsWords = false
    } else if case .ask(let ref) = step.kind {
      keepsWords = ref.node.kind == .text || ref.node.kind == .list
    } else {
      keepsWords = false
    }
    if keepsWords || text.count > InputSanitiser.maximumLength {
      return outputs + understand(text, &state, walk)
    }
    return outputs + presentCurrent(&state, walk)
  }
}
