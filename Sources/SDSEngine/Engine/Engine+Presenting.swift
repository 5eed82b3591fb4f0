// Saying the step the conversation has reached: a question, the check page, sending, or the end.

extension Engine {
  /// Presents the current step: asks the question, reads answers back, sends, or ends.
  func presentCurrent(_ state: inout EngineState, _ walk: Walk, withSays: Bool = false, readBack showList: Bool = false) -> [Output] {
    if state.delivery == .failed { return [.ask(retryPrompt(state))] }
    if let waiting = state.waiting {
      switch waiting {
      case .confirmStop, .confirmStartAgain: return [.ask(confirmPrompt(waiting, state))]
      case .questionOrAnswer: return [.ask(questionOrAnswerPrompt(state))]
      case .faqChoice: state.waiting = nil
      case .saveWord: return [.ask(textPrompt("save-word", state))]
      case .saveWordAgain: return [.ask(textPrompt("save-word-again", state))]
      case .resumeReference: return [.ask(textPrompt("resume-reference", state))]
      case .resumeWord: return [.ask(textPrompt("resume-word", state))]
      case .chooseLanguage: return [.ask(languagePrompt(state))]
      case .storing: return []
      }
    }
    let position = currentPosition(state, walk)
    let step = walk.steps[position]
    var outputs: [Output] = []
    if withSays {
      let from = (walk.steps[..<position].lastIndex { !$0.isSay }).map { $0 + 1 } ?? 0
      for say in walk.steps[from..<position] {
        if case .say(let node) = say.kind { outputs.append(.say(renderSay(node, say, walk, state))) }
      }
    }
    switch step.kind {
    case .ask(let ref):
      let question = ref.node
      var prompt = makePrompt(question, step, walk, state)
      if let focus = state.focus, focus.instance == step.key, let value = state.answers[step.key] {
        let shown = readBack.shown(value, question, step.key, state)
        prompt.previous = shown
        outputs.append(.say(message("previous-answer", state, ["previous": shown])))
      }
      if question.kind == .list, let items = state.listItems, !items.isEmpty {
        prompt.text = question.addAnother.map { render($0, step, walk, state) } ?? message("add-another", state)
        // The first item's hint ("You can press Enter to leave this out") no longer fits: the words
        // for another item say how to finish.
        prompt.hint = nil
        prompt.optional = true
      }
      outputs.append(.ask(prompt))
    case .check(let check):
      outputs += presentCheck(check, step, position: position, readBack: showList || withSays, &state, walk)
    case .send:
      if state.delivery == .none { state.delivery = .awaiting }
      outputs.append(.send(record(state)))
    case .finish:
      state.ending = Ending(status: state.reference == nil ? .finished : .sent, reference: state.reference)
      // After a disclosure, the last words on the screen say again who to contact (never what was typed).
      if !(state.disclosures ?? []).isEmpty {
        let reminder = message("safety-reminder", state)
        if !reminder.isEmpty { outputs.append(.say(reminder)) }
      }
      outputs.append(.end(state.ending!))
    case .say:
      break
    }
    return outputs
  }
}
