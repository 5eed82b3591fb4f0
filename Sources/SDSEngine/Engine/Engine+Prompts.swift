// The questions the engine asks, as `Prompt`s: the script's own and the engine's short ones.

extension Engine {
  func makePrompt(_ question: QuestionNode, _ step: Walk.Step, _ walk: Walk, _ state: EngineState) -> Prompt {
    var choices: [Choice] = []
    switch question.kind {
    case .choice, .multi:
      choices = script.choices(of: question).enumerated().map { offset, choice in
        Choice(key: String(offset + 1), id: choice.id, label: render(choice.label, step, walk, state))
      }
    case .yesno:
      choices = [Choice(key: "1", id: "yes", label: message("answer-yes", state)), Choice(key: "2", id: "no", label: message("answer-no", state))]
      if question.allowsNotSure { choices.append(Choice(key: "3", id: "not-sure", label: message("answer-not-sure", state))) }
    default:
      break
    }
    return Prompt(
      id: step.key, kind: question.kind, text: render(question.prompt, step, walk, state),
      hint: question.hint.map { render($0, step, walk, state) }, choices: choices, optional: question.optional)
  }

  func confirmPrompt(_ waiting: EngineState.Waiting, _ state: EngineState) -> Prompt {
    let id = waiting == .confirmStop ? "confirm-stop" : "confirm-start-again"
    return Prompt(id: id, kind: .confirm, text: message(id, state), choices: yesNoChoices(state))
  }

  /// A one-line text question whose words are the message `id`.
  func textPrompt(_ id: String, _ state: EngineState) -> Prompt {
    Prompt(id: id, kind: .text, text: message(id, state), optional: true, secret: id == "save-word" || id == "save-word-again" || id == "resume-word")
  }

  func retryPrompt(_ state: EngineState) -> Prompt {
    Prompt(id: "send-retry", kind: .confirm, text: message("send-retry", state), choices: yesNoChoices(state))
  }

  func yesNoChoices(_ state: EngineState) -> [Choice] {
    [Choice(key: "1", id: "yes", label: message("answer-yes", state)), Choice(key: "2", id: "no", label: message("answer-no", state))]
  }

  func questionOrAnswerPrompt(_ state: EngineState) -> Prompt {
    Prompt(id: "question-or-answer", kind: .choice, text: message("question-or-answer", state), choices: [
      Choice(key: "1", id: "question", label: message("choice-question", state)),
      Choice(key: "2", id: "answer", label: message("choice-answer", state)),
    ])
  }

  func faqPrompt(_ titles: [SideTitle], intro: String, _ state: EngineState) -> Prompt {
    Prompt(id: "faq", kind: .choice, text: message(intro, state), choices: titles.enumerated().map {
      Choice(key: String($0.offset + 1), id: $0.element.id, label: $0.element.title)
    }, optional: true)
  }
}
