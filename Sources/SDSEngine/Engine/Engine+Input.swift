// One line the person typed: listened to for harm, then read as a short answer the engine waits on,
// a command, or an answer to the question.

extension Engine {
  func input(_ raw: String, _ state: inout EngineState) -> [Output] {
    let text = InputSanitiser.clean(raw)
    let walk = walker.walk(state)
    // Harm is listened for first, in every answer at every question, before anything else can read it.
    if let heard = listen(text, &state, walk) {
      return heard
    }
    return understand(text, &state, walk)
  }

  /// Reads one answer once the safety listener has heard nothing in it (or has already answered it).
  func understand(_ text: String, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    // `more` works only straight after an answer that has more text.
    let moreEntry = state.faqMore
    state.faqMore = nil
    if InputSanitiser.isTooLong(text) {
      var outputs: [Output] = [.say(message("too-long", state, ["limit": String(InputSanitiser.maximumLength)]))]
      var prompts = presentCurrent(&state, walk)
      if case .ask(var prompt)? = prompts.last {
        prompt.prefill = text
        prompts[prompts.count - 1] = .ask(prompt)
      }
      outputs += prompts
      return outputs
    }
    if state.delivery == .awaiting { return [.say(message("sending", state))] }
    let words = Understanding.normalise(text)

    if let moreEntry, state.waiting == nil, isWord(words, "more"), let more = faq?.more(forEntry: moreEntry) {
      return [.say(more), .say(message("back-to-question", state))] + presentCurrent(&state, walk)
    }

    if let waiting = state.waiting {
      if let outputs = answerWaiting(waiting, text: text, words: words, &state, walk) { return outputs }
    }

    if let outputs = command(words, &state, walk) { return outputs }

    let position = currentPosition(state, walk)
    let step = walk.steps[position]
    if state.delivery == .failed {
      switch confirmation(text) {
      case .yes?:
        state.delivery = .awaiting
        return [.send(record(state))]
      case .no?:
        return [.say(message("send-not-now", state)), .ask(retryPrompt(state))]
      default:
        return [.say(message("not-sent-yet", state)), .ask(retryPrompt(state))]
      }
    }
    switch step.kind {
    case .check:
      return answerCheck(text, words: words, step: step, &state, walk)
    case .ask(let question):
      return answer(text, question: question.node, step: step, &state, walk)
    case .say, .send, .finish:
      return presentCurrent(&state, walk)
    }
  }

  var ignoredWords: Set<String> { Set(script.words["ignore"] ?? []) }

  /// Yes or no to a question of the assistant's own ("Do you want to stop?"), where "ok" can only mean yes.
  func confirmation(_ text: String) -> YesNo? {
    if case .answer(let value, _) = AnswerReading.readYesNo(text, words: script.words, allowsNotSure: false, okIsYes: true) { return value }
    return nil
  }

  func isWord(_ words: String, _ meaning: String) -> Bool {
    !words.isEmpty && (script.words[meaning] ?? []).contains(words)
  }
}
