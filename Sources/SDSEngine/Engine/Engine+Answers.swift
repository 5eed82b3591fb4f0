// Reading an answer to the question asked, by kind: a list, free text, yes or no, one choice, several.

extension Engine {
  func answer(_ text: String, question: QuestionNode, step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    let words = Understanding.normalise(text)
    let previous = state.focus?.instance == step.key ? state.answers[step.key] : nil

    if question.kind == .list {
      // After the first thing, "no", "ok" or "that's all" means the list is finished, not another thing.
      let partWay = !(state.listItems ?? []).isEmpty
      // Before anything, "no" to a list that can be left out ("Any questions?" "No") means none.
      let finishing = words.isEmpty || isWord(words, "done") || (partWay && (isWord(words, "no") || isWord(words, "maybe-yes")))
        || (!partWay && question.optional && isWord(words, "no"))
      if finishing {
        if let items = state.listItems, !items.isEmpty { return store(.list(items), question: question, step: step, &state, walk) }
        if previous != nil { return keep(step, &state, walk) }
        if question.optional { return store(.notProvided, question: question, step: step, &state, walk) }
        return [.say(reAsk(question, step, walk, state) ?? message("list-needs-one", state))] + presentCurrent(&state, walk)
      }
      // A question part way through a list is answered too; the items so far are kept.
      if mightBeSideQuestion(text, question) {
        state.waiting = .questionOrAnswer(text: text)
        state.failures = 0
        return [.ask(questionOrAnswerPrompt(state))]
      }
      // Several short things on one line ("cooking, music and gardening") are several things, and a first
      // line that holds several is the whole list. A `one line` list always ends with its first line.
      let items = AnswerReading.listItems(text)
      var all = (state.listItems ?? []) + items
      // Never cut anything off: past the most a list holds, the line is kept whole as its last thing.
      if all.count > question.maxItems { all = (state.listItems ?? []) + [AnswerReading.trimmed(text)] }
      if question.oneLine || (items.count > 1 && !partWay) || all.count >= question.maxItems {
        return store(.list(all), question: question, step: step, &state, walk)
      }
      state.listItems = all
      return presentCurrent(&state, walk)
    }

    if words.isEmpty && text.isEmpty {
      if previous != nil { return keep(step, &state, walk) }
      if question.optional { return store(.notProvided, question: question, step: step, &state, walk) }
      state.failures += 1
      return notUnderstood("needs-answer", &state, walk, reAsk: reAsk(question, step, walk, state))
    }

    switch question.kind {
    case .text:
      if mightBeSideQuestion(text, question) {
        state.waiting = .questionOrAnswer(text: text)
        state.failures = 0
        return [.ask(questionOrAnswerPrompt(state))]
      }
      return store(.text(text), question: question, step: step, &state, walk)
    case .yesno:
      let reading = AnswerReading.readYesNo(text, words: script.words, allowsNotSure: question.allowsNotSure, okIsYes: question.okMeansYes)
      if case .answer(let value, let note) = reading { return store(.yesNo(value), note: note, question: question, step: step, &state, walk) }
      if let outputs = sideQuestion(text, &state, walk) { return outputs }
      var offer: AnswerValue?
      if case .maybe(let value) = reading { offer = .yesNo(value) } else if question.allowsNotSure, isSentence(text) { offer = .yesNo(.notSure) }
      return unclear(text, offer: offer, question: question, step: step, &state, walk) { (state: inout EngineState) in
        notUnderstood(question.allowsNotSure ? "not-understood-yesno-not-sure" : "not-understood-yesno", &state, walk, reAsk: reAsk(question, step, walk, state))
      }
    case .choice:
      let choices = script.choices(of: question)
      let reading = AnswerReading.readChoice(
        text, labels: choices.map { $0.label.render { renderer.builtIn($0, state: state) } }, aliases: choices.map(\.aliases),
        ids: choices.map(\.id), ignored: ignoredWords)
      if case .one(let index, let note) = reading { return store(.choice(choices[index].id), note: note, question: question, step: step, &state, walk) }
      // "Dunno", "no idea" or "not shure" mean the not-sure choice wherever there is one.
      if choices.contains(where: { $0.id == "not-sure" }),
         case .answer(.notSure, let note) = AnswerReading.readYesNo(text, words: ["not-sure": script.words["not-sure"] ?? []], allowsNotSure: true, okIsYes: false) {
        return store(.choice("not-sure"), note: note, question: question, step: step, &state, walk)
      }
      if let outputs = sideQuestion(text, &state, walk) { return outputs }
      var offer: AnswerValue? = isSentence(text) && choices.contains { $0.id == "not-sure" } ? .choice("not-sure") : nil
      if case .maybe(let index) = reading { offer = .choice(choices[index].id) }
      if case .ambiguous(let options) = reading, options.count > 1 {
        state.failures += 1
        hold(text, at: step.key, &state)
        let numbers = options.map { String($0 + 1) }.joined(separator: ", ")
        return notUnderstood("ambiguous-choice", &state, walk, ["numbers": numbers])
      }
      return unclear(text, offer: offer, question: question, step: step, &state, walk) { (state: inout EngineState) in
        notUnderstood("not-understood-choice", &state, walk, reAsk: reAsk(question, step, walk, state))
      }
    case .multi:
      let choices = script.choices(of: question)
      let labels = choices.map { $0.label.render { renderer.builtIn($0, state: state) } }
      var picked = Set<Int>()
      var unclear: [Int] = []
      var notes: [String] = []
      var missed = false
      var mistyped = false
      for part in AnswerReading.splitMany(text) {
        switch AnswerReading.readChoice(part, labels: labels, aliases: choices.map(\.aliases), ids: choices.map(\.id), ignored: ignoredWords) {
        case .one(let index, let note):
          picked.insert(index)
          if let note { notes.append(note) }
        case .maybe(let index):
          // Naming a part of life in a sentence ("I miss my family") picks it; the sentence is kept.
          picked.insert(index)
          notes.append(AnswerReading.trimmed(part))
        case .ambiguous(let options): unclear += options
        case .none:
          // A word or two that fits no choice ("1, banana") was meant as a choice: ask again. A longer
          // sentence is more said about the answer, and is kept with it.
          let meaningful = Understanding.normalise(part).split(separator: " ").filter { !ignoredWords.contains(String($0)) }
          if meaningful.count <= 2 { mistyped = true } else { missed = true }
        }
      }
      if !picked.isEmpty, unclear.isEmpty, !mistyped {
        // Words that fit no choice are kept with the ones that did, as the person wrote them.
        let note = missed ? AnswerReading.trimmed(text) : (notes.isEmpty ? nil : notes.joined(separator: "; "))
        return store(.choices(picked.sorted().map { choices[$0].id }), note: note, question: question, step: step, &state, walk)
      }
      if let outputs = sideQuestion(text, &state, walk) { return outputs }
      state.failures += 1
      hold(text, at: step.key, &state)
      if unclear.count > 1 {
        return notUnderstood("ambiguous-choice", &state, walk, ["numbers": Set(unclear).sorted().map { String($0 + 1) }.joined(separator: ", ")])
      }
      return notUnderstood("not-understood-multi", &state, walk, reAsk: reAsk(question, step, walk, state))
    case .list, .confirm:
      return presentCurrent(&state, walk)
    }
  }

  /// Adds one item, exactly as typed, to the list being answered, storing the list when it is full or
  /// when the list takes one line.
  func addListItem(_ text: String, question: QuestionNode, step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    var items = state.listItems ?? []
    items.append(text)
    if question.oneLine || items.count >= question.maxItems { return store(.list(items), question: question, step: step, &state, walk) }
    state.listItems = items
    return presentCurrent(&state, walk)
  }
}
