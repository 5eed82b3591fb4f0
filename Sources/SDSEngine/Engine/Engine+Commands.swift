// Doing a command (see `Command` for the words and the order they are tried in).

extension Engine {
  /// Does the command the words `words` call for (see `Command`); nil when they are not a command here,
  /// so they are read as an answer.
  func command(_ words: String, _ state: inout EngineState, _ walk: Walk) -> [Output]? {
    guard let command = command(for: words) else { return nil }
    let position = currentPosition(state, walk)
    let step = walk.steps[position]
    let question = step.question
    let sent = state.reference != nil

    switch command {
    case .language:
      keepListItems(step, &state)
      state.waiting = .chooseLanguage
      return [.ask(languagePrompt(state))]
    case .help:
      var outputs: [Output] = []
      if let help = question?.help { outputs.append(.say(render(help, step, walk, state))) }
      var words = message("help-commands", state)
      if languages.isOffered, script.messages["help-language"] != nil { words += "\n" + message("help-language", state) }
      outputs.append(.say(words))
      return outputs + presentCurrent(&state, walk)
    case .why:
      let why = question?.why.map { render($0, step, walk, state) } ?? message("no-why", state)
      return [.say(why)] + presentCurrent(&state, walk)
    case .repeat:
      // The last block again: an answer to a question, help, or what led to this question.
      if let said = state.lastSaid, !said.isEmpty { return said.map(Output.say) + presentCurrent(&state, walk) }
      return presentCurrent(&state, walk, withSays: true)
    case .stop:
      if sent {
        state.ending = Ending(status: .sent, reference: state.reference)
        return [.end(state.ending!)]
      }
      state.waiting = .confirmStop
      return [.ask(confirmPrompt(.confirmStop, state))]
    case .startAgain:
      if sent { return [.say(message("already-sent", state))] + presentCurrent(&state, walk) }
      state.waiting = .confirmStartAgain
      return [.ask(confirmPrompt(.confirmStartAgain, state))]
    case .save:
      if sent { return [.say(message("already-sent", state))] + presentCurrent(&state, walk) }
      keepListItems(step, &state)
      state.waiting = .saveWord
      return [.ask(textPrompt("save-word", state))]
    case .resume:
      guard walk.answered.isEmpty, !sent else { return [.say(message("resume-only-at-start", state))] + presentCurrent(&state, walk) }
      state.waiting = .resumeReference
      return [.ask(textPrompt("resume-reference", state))]
    case .faq:
      let titles = faq?.titles() ?? []
      guard !titles.isEmpty else { return nil }
      state.waiting = .faqChoice(ids: titles.map(\.id))
      return [.ask(faqPrompt(titles, intro: "faq-list", state))]
    case .topic:
      guard let topic = script.topics.first(where: { $0.words.contains(words) }) else { return nil }
      if let flag = topic.flag, !(state.topicFlags ?? []).contains(flag) { state.topicFlags = (state.topicFlags ?? []) + [flag] }
      let text = topicText(topic, state)
      return [.say(text)] + presentCurrent(&state, walk)
    case .summary:
      if case .check = step.kind { return presentCurrent(&state, walk, readBack: true) }
      let list = readBack.text(walk, upTo: position, state)
      let body = list.isEmpty ? message("summary-empty", state) : message("summary-intro", state) + "\n\n" + list
      return [.say(body)] + presentCurrent(&state, walk)
    case .back:
      if sent { return [.say(message("already-sent", state))] + presentCurrent(&state, walk) }
      keepListItems(step, &state)
      state.failures = 0
      guard let previous = walk.steps[..<position].lastIndex(where: { $0.isQuestion }) else {
        return [.say(message("first-question", state))] + presentCurrent(&state, walk)
      }
      state.focus = .init(instance: walk.steps[previous].key, mode: .back)
      return presentCurrent(&state, walk)
    case .skip:
      guard let question else { return nil }
      if question.optional { return store(.notProvided, question: question, step: step, &state, walk) }
      return [.say(message("cannot-skip", state))] + presentCurrent(&state, walk)
    case .change:
      if sent { return [.say(message("already-sent", state))] + presentCurrent(&state, walk) }
      let parts = words.split(separator: " ")
      guard parts.count == 2, let number = Int(parts[1]) else {
        return [.say(message("change-which", state))] + presentCurrent(&state, walk)
      }
      return change(number, &state, walk, position: position)
    }
  }

  /// Keeps the items of a list the person is part way through, so moving away loses nothing.
  func keepListItems(_ step: Walk.Step, _ state: inout EngineState) {
    if step.question?.kind == .list, let items = state.listItems, !items.isEmpty { state.answers[step.key] = .list(items) }
    state.listItems = nil
  }
}
