// Answers to the engine's own short questions: stop or start again, question or answer, the memorable
// word, the saved reference, the list of languages, the list of common questions.

extension Engine {
  func answerWaiting(_ waiting: EngineState.Waiting, text: String, words: String, _ state: inout EngineState, _ walk: Walk) -> [Output]? {
    switch waiting {
    case .confirmStop, .confirmStartAgain:
      switch confirmation(text) {
      case .yes?:
        state.waiting = nil
        if waiting == .confirmStop {
          state = EngineState()
          state.ending = Ending(status: .stopped)
          return [.say(message("stopped", state)), .end(state.ending!)]
        }
        let fresh = start()  // in this engine's language: starting again keeps the language
        state = fresh.state
        return [.say(message("started-again", state))] + fresh.outputs
      case .no?:
        return carryOn(&state, walk)
      default:
        // "save" instead of stopping keeps the answers for later.
        if waiting == .confirmStop, isWord(words, "save") {
          state.waiting = nil
          return nil
        }
        return [.say(message("not-understood-yesno", state)), .ask(confirmPrompt(waiting, state))]
      }
    case .questionOrAnswer(let original):
      let choices = [message("choice-question", state), message("choice-answer", state)]
      let match = Understanding.matchChoice(text, labels: choices, aliases: [script.words["choice-question"] ?? [], script.words["choice-answer"] ?? []], ids: ["question", "answer"], ignored: ignoredWords)
      switch match {
      case .one(0):
        state.waiting = nil
        return sideReply(faq?.reply(to: original), &state, walk)
      case .one(_):
        state.waiting = nil
        let position = currentPosition(state, walk)
        guard let question = walk.steps[position].question else { return presentCurrent(&state, walk) }
        if question.kind == .list { return addListItem(original, question: question, step: walk.steps[position], &state, walk) }
        return store(.text(original), question: question, step: walk.steps[position], &state, walk)
      default:
        // A command (help, summary, stop ...) works here as anywhere, and this choice is asked again after it.
        let first = words.split(separator: " ").first.map(String.init) ?? ""
        if commandWords.contains(words) || isWord(first, "change") { return nil }
        // Never lose the words: ask once more, then take them as the answer and carry on, putting
        // what was typed now back in the line for the next question.
        state.failures += 1
        if state.failures < 2 {
          return [.say(message("not-understood-choice", state)), .ask(questionOrAnswerPrompt(state))]
        }
        state.waiting = nil
        let position = currentPosition(state, walk)
        guard let question = walk.steps[position].question else { return presentCurrent(&state, walk) }
        let outputs = question.kind == .list
          ? addListItem(original, question: question, step: walk.steps[position], &state, walk)
          : store(.text(original), question: question, step: walk.steps[position], &state, walk)
        return Self.puttingBack(text, into: outputs)
      }
    case .saveWord:
      if text.isEmpty { return carryOn(&state, walk) }
      if text.count < 4 { return [.say(message("save-word-short", state)), .ask(textPrompt("save-word", state))] }
      // The word cannot be seen as it is typed, so it is typed twice: a slip would lose the answers.
      state.waiting = .saveWordAgain(word: text)
      return [.ask(textPrompt("save-word-again", state))]
    case .saveWordAgain(let word):
      if text.isEmpty { return carryOn(&state, walk) }
      guard text == word else {
        state.waiting = .saveWord
        return [.say(message("save-word-different", state)), .ask(textPrompt("save-word", state))]
      }
      state.waiting = .storing(reference: nil)
      return [.save(word: text)]
    case .resumeReference:
      if text.isEmpty { return carryOn(&state, walk) }
      let reference = String(text.uppercased().filter { $0.isLetter || $0.isNumber || $0 == "-" })
      guard !reference.isEmpty else { return [.say(message("resume-reference-unclear", state)), .ask(textPrompt("resume-reference", state))] }
      state.waiting = .resumeWord(reference: reference)
      return [.ask(textPrompt("resume-word", state))]
    case .resumeWord(let reference):
      if text.isEmpty { return carryOn(&state, walk) }
      state.waiting = .storing(reference: reference)
      return [.resume(reference: reference, word: text)]
    case .storing:
      return [.say(message("sending", state))]
    case .chooseLanguage:
      return chooseLanguage(text, words: words, &state, walk)
    case .faqChoice(let ids):
      if words.isEmpty {
        state.waiting = nil
        return presentCurrent(&state, walk)
      }
      if let number = Int(words), (1...ids.count).contains(number) {
        state.waiting = nil
        return sideReply(faq?.reply(toEntry: ids[number - 1]), &state, walk)
      }
      state.waiting = nil
      // Another question instead of a number: answer that one.
      if let faq, looksLikeQuestion(text) { return sideReply(faq.reply(to: text), &state, walk) }
      return nil  // anything else is handled as an ordinary answer
    }
  }

  /// Leaves the engine's own short question and carries on with the script's, saying so.
  func carryOn(_ state: inout EngineState, _ walk: Walk) -> [Output] {
    state.waiting = nil
    return [.say(message("carry-on", state))] + presentCurrent(&state, walk)
  }

  /// `outputs` with `text` put back in the line editor at the question they end with, so words typed at
  /// the wrong moment are not lost.
  static func puttingBack(_ text: String, into outputs: [Output]) -> [Output] {
    guard !text.isEmpty, let last = outputs.lastIndex(where: { if case .ask = $0 { true } else { false } }),
          case .ask(var prompt) = outputs[last], !prompt.secret else { return outputs }
    prompt.prefill = text
    var result = outputs
    result[last] = .ask(prompt)
    return result
  }
}
