/// The dialogue engine: given the script, a state and one event, it returns what to say next and the new state.
///
/// It is pure: no printing, no clock, no files, no randomness. The same events always give the same outputs.
public struct Engine: Sendable {
  /// The loaded script.
  public let script: Script
  let renderer: Renderer
  let walker: Walker
  let faq: (any SideQuestionAnswering)?
  /// The code of the language this engine's script is in (`en`, `cy`).
  public let language: String
  /// The languages the person can switch between, in the order offered; empty when there is one.
  let menu: [LanguageOption]
  /// The engines for the other languages, by code, made when first needed. Only the engine a front
  /// end holds has them.
  let others: [String: LaterEngine]

  /// Makes an engine for `script`. `terms` replace the script's own terms of the same name (a pack's
  /// council name, for example); `faq` answers questions asked in the middle of the conversation.
  public init(script: Script, terms: [String: String] = [:], faq: (any SideQuestionAnswering)? = nil, language: String = "en") {
    self.init(script: script, terms: terms, faq: faq, language: language, menu: [], others: [:])
  }

  init(script: Script, terms: [String: String], faq: (any SideQuestionAnswering)?, language: String, menu: [LanguageOption], others: [String: LaterEngine]) {
    self.script = script
    var renderer = Renderer(script: script, terms: script.terms.merging(terms) { _, new in new })
    renderer.minutes = JourneyEstimate(walker: Walker(script: script, render: renderer)).minutes
    self.renderer = renderer
    self.walker = Walker(script: script, render: renderer)
    self.faq = faq
    self.language = language
    self.menu = menu
    self.others = others
  }

  /// Starts a conversation: a fresh state and the first outputs, ending with the first question.
  public func start() -> (state: EngineState, outputs: [Output]) {
    var state = EngineState()
    if menu.count > 1 { state.language = language }
    let walk = walker.walk(state)
    let outputs = arrive(at: walk, state: &state, saysFrom: 0)
    return (state, languageOffers() + outputs)
  }

  /// Carries on a saved conversation in this engine's language (see `resume(_:)`).
  func localResume(_ saved: EngineState) -> (state: EngineState, outputs: [Output]) {
    var state = saved
    state.language = menu.count > 1 ? language : nil
    state.waiting = nil
    state.focus = nil
    state.failures = 0
    state.delivery = .none
    state.ending = nil
    state.faqMore = nil
    let walk = walker.walk(state)
    var outputs: [Output] = [.say(message("welcome-back", state))]
    let list = readBack(walk, upTo: walk.pending, state)
    if !list.isEmpty { outputs.append(.say(message("summary-intro", state) + "\n\n" + list)) }
    return (state, outputs + arrive(at: walk, state: &state, saysFrom: nil))
  }

  /// Handles one event in this engine's language (see `handle(_:state:)`).
  func localHandle(_ event: Event, state: EngineState) -> (state: EngineState, outputs: [Output]) {
    var state = state
    guard state.ending == nil else { return (state, []) }
    let outputs: [Output]
    switch event {
    case .input(let raw): outputs = input(raw, &state)
    case .delivered(let reference, let destination):
      guard state.delivery != .none else { return (state, []) }
      state.delivery = .none
      state.reference = reference
      state.destination = destination
      state.focus = nil
      let walk = walker.walk(state)
      let sendIndex = walk.steps.lastIndex { if case .send = $0.kind { true } else { false } } ?? 0
      outputs = arrive(at: walk, state: &state, saysFrom: sendIndex + 1)
    case .draftTooLarge(let question, let keepUnder):
      outputs = draftTooLarge(question, keepUnder: keepUnder, &state)
    case .deliveryFailed:
      guard state.delivery == .awaiting else { return (state, []) }
      state.delivery = .failed
      outputs = [.say(message("send-failed", state)), .ask(retryPrompt(state))]
    case .saved(let reference, let until):
      guard case .storing? = state.waiting else { return (state, []) }
      // The answers are in the drop folder now; nothing stays here.
      state = EngineState()
      state.ending = Ending(status: .saved, reference: reference)
      outputs = [.say(message("saved", state, ["saved-reference": reference, "until": until])), .end(state.ending!)]
    case .saveFailed:
      guard case .storing? = state.waiting else { return (state, []) }
      state.waiting = nil
      outputs = [.say(message("save-failed", state))] + presentCurrent(&state, walker.walk(state))
    case .resumeFailed(let failure):
      guard case .storing(let reference)? = state.waiting else { return (state, []) }
      state.waiting = nil
      var said: [Output]
      switch failure {
      case .notFound: said = [.say(message("resume-not-found", state))]
      case .mistyped: said = [.say(message("resume-mistyped", state))]
      case .locked(let until): said = [.say(message("resume-locked", state, ["until": until]))]
      case .unavailable: said = [.say(message("resume-unavailable", state))]
      case .wrongWord(let attempts):
        said = [.say(message("resume-wrong-word", state, ["attempts": String(attempts)]))]
        if let reference, attempts > 0 {
          state.waiting = .resumeWord(reference: reference)
          return (state, said + [.ask(textPrompt("resume-word", state))])
        }
      }
      outputs = said + presentCurrent(&state, walker.walk(state))
    case .idleTimeout:
      // Nothing of the person's stays behind, even in memory.
      state = EngineState()
      state.ending = Ending(status: .timeout)
      outputs = [.say(message("timed-out", state)), .end(state.ending!)]
    }
    remember(outputs, in: &state)
    return (state, outputs)
  }

  /// Keeps what a reply said before its question, so `repeat` can say it again.
  func remember(_ outputs: [Output], in state: inout EngineState) {
    guard case .ask? = outputs.last else {
      state.lastSaid = nil
      return
    }
    let said = outputs.compactMap { if case .say(let text) = $0 { text } else { nil } }
    state.lastSaid = said.isEmpty ? nil : said
  }

  /// The question waiting for an answer in `state`, in this engine's language.
  func localCurrentPrompt(_ state: EngineState) -> Prompt? {
    guard state.ending == nil else { return nil }
    var copy = state
    return presentCurrent(&copy, walker.walk(state)).compactMap { if case .ask(let prompt) = $0 { prompt } else { nil } }.last
  }

  /// Everything the person has said on the current path, in this engine's language.
  func localRecord(_ state: EngineState) -> Record {
    let walk = walker.walk(state)
    var entries: [Record.Entry] = []
    for step in walk.steps {
      guard let question = step.question, walk.answered.contains(step.key), let value = state.answers[step.key] else { continue }
      let prompt = render(question.prompt, step, walk, state)
      let label = question.label.map { render($0, step, walk, state) } ?? prompt
      let store = question.store.map { name in step.item.map { name.replacingOccurrences(of: "*", with: $0) } ?? name }
      entries.append(Record.Entry(
        questionID: step.key, storeName: store, prompt: prompt, label: label, sectionID: script.sections[step.sectionIndex].id,
        value: value, display: renderer.display(value, of: question, state: state), note: state.notes?[step.key]))
    }
    var labels: [String: [String: String]] = [:]
    for (id, question) in walker.questions where question.kind == .choice || question.kind == .multi {
      let map = Dictionary(script.choices(of: question).map { ($0.id, $0.label.render { renderer.builtIn($0, state: state) }) }, uniquingKeysWith: { a, _ in a })
      labels[id] = map
      if let store = question.store { labels[store] = map }
      if let list = question.choiceList { labels[list] = map }
    }
    var flags = walk.flags
    for flag in (state.topicFlags ?? []) + (state.disclosures ?? []).map(\.flag) where !flags.contains(flag) { flags.append(flag) }
    return Record(entries: entries, flags: flags, choiceLabels: labels, language: language, disclosures: state.disclosures ?? [])
  }

  /// The words of the topic `id` with terms filled in, as the conversation says them; nil when there is
  /// no such topic.
  public func topicText(_ id: String) -> String? {
    script.topics.first { $0.id == id }.map { topicText($0, EngineState()) }
  }

  /// The words of `topic` as said in the conversation `state`.
  func topicText(_ topic: Script.Topic, _ state: EngineState) -> String {
    topic.paragraphs.map { $0.render { renderer.builtIn($0, state: state) } }.joined(separator: "\n\n")
  }

  /// The message `id` with terms and `names` filled in, for a front end's own words (an idle warning, say).
  /// Empty when the script has no such message; `sds check` reports those listed in `RequiredText`.
  public func message(_ id: String, filling names: [String: String] = [:]) -> String {
    renderer.message(id, names, state: EngineState())
  }

  /// The words that work at any question, for tab completion.
  public var commandWords: [String] {
    let meanings = ["help", "why", "repeat", "back", "skip", "summary", "change", "start-again", "stop", "faq", "save", "resume"]
    return meanings.flatMap { script.words[$0] ?? [] } + script.topics.flatMap(\.words) + (menu.count > 1 ? languageWords : [])
  }

  // MARK: - Input

  private func input(_ raw: String, _ state: inout EngineState) -> [Output] {
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

    if let outputs = command(words, text: text, &state, walk) { return outputs }

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

  /// The step the person is answering now: a question asked again on purpose, or the first one still to do.
  func currentPosition(_ state: EngineState, _ walk: Walk) -> Int {
    if let focus = state.focus, let index = walk.index(of: focus.instance) { return index }
    return walk.pending
  }

  private func answerWaiting(_ waiting: EngineState.Waiting, text: String, words: String, _ state: inout EngineState, _ walk: Walk) -> [Output]? {
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
        state.waiting = nil
        return [.say(message("carry-on", state))] + presentCurrent(&state, walk)
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
      if text.isEmpty {
        state.waiting = nil
        return [.say(message("carry-on", state))] + presentCurrent(&state, walk)
      }
      if text.count < 4 { return [.say(message("save-word-short", state)), .ask(textPrompt("save-word", state))] }
      // The word cannot be seen as it is typed, so it is typed twice: a slip would lose the answers.
      state.waiting = .saveWordAgain(word: text)
      return [.ask(textPrompt("save-word-again", state))]
    case .saveWordAgain(let word):
      if text.isEmpty {
        state.waiting = nil
        return [.say(message("carry-on", state))] + presentCurrent(&state, walk)
      }
      guard text == word else {
        state.waiting = .saveWord
        return [.say(message("save-word-different", state)), .ask(textPrompt("save-word", state))]
      }
      state.waiting = .storing(reference: nil)
      return [.save(word: text)]
    case .resumeReference:
      if text.isEmpty {
        state.waiting = nil
        return [.say(message("carry-on", state))] + presentCurrent(&state, walk)
      }
      let reference = String(text.uppercased().filter { $0.isLetter || $0.isNumber || $0 == "-" })
      guard !reference.isEmpty else { return [.say(message("resume-reference-unclear", state)), .ask(textPrompt("resume-reference", state))] }
      state.waiting = .resumeWord(reference: reference)
      return [.ask(textPrompt("resume-word", state))]
    case .resumeWord(let reference):
      if text.isEmpty {
        state.waiting = nil
        return [.say(message("carry-on", state))] + presentCurrent(&state, walk)
      }
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

  private var ignoredWords: Set<String> { Set(script.words["ignore"] ?? []) }

  /// Yes or no to a question of the assistant's own ("Do you want to stop?"), where "ok" can only mean yes.
  private func confirmation(_ text: String) -> YesNo? {
    if case .answer(let value, _) = AnswerReading.readYesNo(text, words: script.words, allowsNotSure: false, okIsYes: true) { return value }
    return nil
  }

  private func isWord(_ words: String, _ meaning: String) -> Bool {
    !words.isEmpty && (script.words[meaning] ?? []).contains(words)
  }

  // MARK: - Commands

  private func command(_ words: String, text: String, _ state: inout EngineState, _ walk: Walk) -> [Output]? {
    let position = currentPosition(state, walk)
    let step = walk.steps[position]
    let question = step.question
    let sent = state.reference != nil

    if menu.count > 1, languageWords.contains(words) {
      keepListItems(step, &state)
      state.waiting = .chooseLanguage
      return [.ask(languagePrompt(state))]
    }
    if isWord(words, "help") {
      var outputs: [Output] = []
      if let help = question?.help { outputs.append(.say(render(help, step, walk, state))) }
      var words = message("help-commands", state)
      if menu.count > 1, script.messages["help-language"] != nil { words += "\n" + message("help-language", state) }
      outputs.append(.say(words))
      return outputs + presentCurrent(&state, walk)
    }
    if isWord(words, "why") {
      let why = question?.why.map { render($0, step, walk, state) } ?? message("no-why", state)
      return [.say(why)] + presentCurrent(&state, walk)
    }
    if isWord(words, "repeat") {
      // The last block again: an answer to a question, help, or what led to this question.
      if let said = state.lastSaid, !said.isEmpty { return said.map(Output.say) + presentCurrent(&state, walk) }
      return presentCurrent(&state, walk, withSays: true)
    }
    if isWord(words, "stop") {
      if sent {
        state.ending = Ending(status: .sent, reference: state.reference)
        return [.end(state.ending!)]
      }
      state.waiting = .confirmStop
      return [.ask(confirmPrompt(.confirmStop, state))]
    }
    if isWord(words, "start-again") {
      if sent { return [.say(message("already-sent", state))] + presentCurrent(&state, walk) }
      state.waiting = .confirmStartAgain
      return [.ask(confirmPrompt(.confirmStartAgain, state))]
    }
    if isWord(words, "save") {
      if sent { return [.say(message("already-sent", state))] + presentCurrent(&state, walk) }
      keepListItems(step, &state)
      state.waiting = .saveWord
      return [.ask(textPrompt("save-word", state))]
    }
    if isWord(words, "resume") {
      guard walk.answered.isEmpty, !sent else { return [.say(message("resume-only-at-start", state))] + presentCurrent(&state, walk) }
      state.waiting = .resumeReference
      return [.ask(textPrompt("resume-reference", state))]
    }
    if isWord(words, "faq"), let faq {
      let titles = faq.titles()
      guard !titles.isEmpty else { return nil }
      state.waiting = .faqChoice(ids: titles.map(\.id))
      return [.ask(faqPrompt(titles, intro: "faq-list", state))]
    }
    if let topic = script.topics.first(where: { $0.words.contains(words) }) {
      if let flag = topic.flag, !(state.topicFlags ?? []).contains(flag) { state.topicFlags = (state.topicFlags ?? []) + [flag] }
      let text = topicText(topic, state)
      return [.say(text)] + presentCurrent(&state, walk)
    }
    if isWord(words, "summary") {
      if case .check = step.kind { return presentCurrent(&state, walk, readBack: true) }
      let list = readBack(walk, upTo: position, state)
      let body = list.isEmpty ? message("summary-empty", state) : message("summary-intro", state) + "\n\n" + list
      return [.say(body)] + presentCurrent(&state, walk)
    }
    if isWord(words, "back") {
      if sent { return [.say(message("already-sent", state))] + presentCurrent(&state, walk) }
      keepListItems(step, &state)
      state.failures = 0
      guard let previous = walk.steps[..<position].lastIndex(where: { $0.isQuestion }) else {
        return [.say(message("first-question", state))] + presentCurrent(&state, walk)
      }
      state.focus = .init(instance: walk.steps[previous].key, mode: .back)
      return presentCurrent(&state, walk)
    }
    if isWord(words, "skip") {
      guard let question else { return nil }
      if question.optional { return store(.notProvided, question: question, step: step, &state, walk) }
      return [.say(message("cannot-skip", state))] + presentCurrent(&state, walk)
    }
    // "change 3", or "change" alone.
    let parts = words.split(separator: " ")
    if let first = parts.first, isWord(String(first), "change"), parts.count <= 2 {
      if sent { return [.say(message("already-sent", state))] + presentCurrent(&state, walk) }
      guard parts.count == 2, let number = Int(parts[1]) else {
        return [.say(message("change-which", state))] + presentCurrent(&state, walk)
      }
      return change(number, &state, walk, position: position)
    }
    return nil
  }

  /// Keeps the items of a list the person is part way through, so moving away loses nothing.
  private func keepListItems(_ step: Walk.Step, _ state: inout EngineState) {
    if step.question?.kind == .list, let items = state.listItems, !items.isEmpty { state.answers[step.key] = .list(items) }
    state.listItems = nil
  }

  private func change(_ number: Int, _ state: inout EngineState, _ walk: Walk, position: Int) -> [Output] {
    let numbered = numberedQuestions(walk, upTo: position)
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

  // MARK: - Answers

  private func answerCheck(_ text: String, words: String, step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    if let number = Int(words) { return change(number, &state, walk, position: walk.pending) }
    if Understanding.matchYesNo(text, words: script.words, allowsNotSure: false) == .yes || isWord(words, "send") {
      state.answers[step.key] = .yesNo(.yes)
      state.failures = 0
      return advance(after: step.key, &state, oldWalk: walk)
    }
    state.failures += 1
    return notUnderstood("not-understood-check", &state, walk)
  }

  private func answer(_ text: String, question: QuestionNode, step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
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
  private func addListItem(_ text: String, question: QuestionNode, step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    var items = state.listItems ?? []
    items.append(text)
    if question.oneLine || items.count >= question.maxItems { return store(.list(items), question: question, step: step, &state, walk) }
    state.listItems = items
    return presentCurrent(&state, walk)
  }

  /// Whether a line reads as a question: it ends with "?" or starts with a question word.
  func looksLikeQuestion(_ text: String) -> Bool {
    if text.hasSuffix("?") { return true }
    guard let first = Understanding.normalise(text).split(separator: " ").first else { return false }
    return (script.words["question-words"] ?? []).contains(String(first))
  }

  /// Whether a free-text answer may be a question for the FAQ, so the person is asked which it is. A line
  /// ending with "?" may be; one that only starts like a question ("When she gets confused") is taken
  /// as a question only if the FAQ has something to say about it. Never for a `no faq` question.
  private func mightBeSideQuestion(_ text: String, _ question: QuestionNode) -> Bool {
    guard let faq, !question.noFAQ, looksLikeQuestion(text) else { return false }
    if text.hasSuffix("?") { return true }
    if case .noMatch = faq.reply(to: text) { return false }
    return true
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

  /// Answers a side question when the line reads as one and the FAQ library is there; nil otherwise.
  private func sideQuestion(_ text: String, _ state: inout EngineState, _ walk: Walk) -> [Output]? {
    guard let faq, looksLikeQuestion(text), !(walk.steps[currentPosition(state, walk)].question?.noFAQ ?? false) else { return nil }
    return sideReply(faq.reply(to: text), &state, walk)
  }

  private func sideReply(_ reply: SideReply?, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    state.failures = 0
    switch reply {
    case .answer(let id, let title, let text)?:
      var said = title + "\n\n" + text
      if faq?.more(forEntry: id) != nil {
        state.faqMore = id
        said += "\n\n" + message("faq-more", state)
      }
      return [.say(said), .say(message("back-to-question", state))] + presentCurrent(&state, walk)
    case .choose(let titles)?:
      state.waiting = .faqChoice(ids: titles.map(\.id))
      return [.ask(faqPrompt(titles, intro: "faq-choose", state))]
    case .noMatch(let text)?:
      return [.say(text)] + presentCurrent(&state, walk)
    case nil:
      return presentCurrent(&state, walk)
    }
  }

  /// The question's own `re-ask:` words, when it has them.
  private func reAsk(_ question: QuestionNode, _ step: Walk.Step, _ walk: Walk, _ state: EngineState) -> String? {
    question.reAsk.map { render($0, step, walk, state) }
  }

  /// Says what is needed (the question's `re-ask:` words, else the message `id`), then asks again.
  private func notUnderstood(_ id: String, _ state: inout EngineState, _ walk: Walk, _ extra: [String: String] = [:], reAsk: String? = nil) -> [Output] {
    var text = reAsk ?? message(id, state, extra)
    if state.failures >= 2 { text += "\n\n" + message("still-stuck", state) }
    return [.say(text)] + presentCurrent(&state, walk)
  }

  /// Whether an answer says something in several words ("a bit, Jean is 81 herself"), rather than
  /// being a mistyped choice ("banana"): such an answer is checked back, a mistyped one asked again.
  private func isSentence(_ text: String) -> Bool {
    Understanding.normalise(text).split(separator: " ").filter { !ignoredWords.contains(String($0)) }.count >= 3
  }

  /// Keeps words that were not understood at question `key`, to go in its note when it is answered.
  private func hold(_ text: String, at key: String, _ state: inout EngineState) {
    let words = AnswerReading.trimmed(text)
    guard Understanding.normalise(words).count > 3 else { return }
    var held = state.held ?? [:]
    if !(held[key] ?? []).contains(words) { held[key, default: []].append(words) }
    state.held = held
  }

  /// An answer that fits no choice. Its words are kept for the note, and the nearest answer is offered
  /// back once ("Did you mean Not sure?"). Offered the same answer twice, the person has moved on: that
  /// answer is taken, with their words as its note. With nothing to offer, `otherwise` asks again.
  private func unclear(_ text: String, offer: AnswerValue?, question: QuestionNode, step: Walk.Step, _ state: inout EngineState, _ walk: Walk,
                       otherwise: (inout EngineState) -> [Output]) -> [Output] {
    state.failures += 1
    hold(text, at: step.key, &state)
    guard let offer else { return otherwise(&state) }
    let shown = renderer.display(offer, of: question, state: state)
    if state.offered == shown { return store(offer, question: question, step: step, &state, walk) }
    state.offered = shown
    let prompt = makePrompt(question, step, walk, state)
    let key: String
    switch offer {
    case .yesNo(let value): key = prompt.choices.first { $0.id == value.rawValue }?.key ?? ""
    case .choice(let id): key = prompt.choices.first { $0.id == id }?.key ?? ""
    default: key = ""
    }
    return [.say(message("check-back", state, ["answer": shown, "number": key]))] + presentCurrent(&state, walk)
  }

  private func keep(_ step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    state.failures = 0
    state.offered = nil
    state.listItems = nil
    return advance(after: step.key, &state, oldWalk: walk)
  }

  private func store(_ value: AnswerValue, note: String? = nil, question: QuestionNode, step: Walk.Step, _ state: inout EngineState, _ walk: Walk) -> [Output] {
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

  // MARK: - Moving on

  /// Moves on after `key` was answered (or kept), and says what comes next.
  private func advance(after key: String, _ state: inout EngineState, oldWalk: Walk) -> [Output] {
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
  private func arrive(at walk: Walk, state: inout EngineState, saysFrom: Int?) -> [Output] {
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
        let shown = shown(value, question, step.key, state)
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
      if showList || withSays {
        // When the change added or took away questions, everything is read back, so nothing moves unseen.
        let numbered = numberedQuestions(walk, upTo: position).map { walk.steps[$0].key }
        let only = state.focus == nil && state.changed?.keys == numbered ? state.changed?.section : nil
        if state.focus == nil { state.changed = nil }
        // After a change, the part changed (check-changed, when the script has it, says how to see the rest).
        let intro = only != nil && script.messages["check-changed"] != nil ? "check-changed" : "check-intro"
        outputs.append(.say(message(intro, state) + "\n\n" + readBack(walk, upTo: position, state, onlySection: only)))
      }
      outputs.append(.ask(Prompt(id: "check-answers", kind: .confirm, text: check.prompt.map { render($0, step, walk, state) } ?? "", choices: [])))
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

  // MARK: - Text

  func message(_ id: String, _ state: EngineState, _ extra: [String: String] = [:]) -> String {
    renderer.message(id, extra, state: state)
  }

  private func render(_ template: Template?, _ step: Walk.Step, _ walk: Walk, _ state: EngineState) -> String {
    // A translation's whole-sentence version for this route, when it has one (`Template.chosen`).
    template?.chosen { walker.holds($0, item: step.item, walk: walk, state: state) }.render { walker.lookup($0, names: step.names, walk: walk, state: state) } ?? ""
  }

  private func renderSay(_ say: SayNode, _ step: Walk.Step, _ walk: Walk, _ state: EngineState) -> String {
    let paragraphs = say.topic.flatMap { id in script.topics.first { $0.id == id }?.paragraphs } ?? say.paragraphs
    return paragraphs.map { render($0, step, walk, state) }.joined(separator: "\n\n")
  }

  private func makePrompt(_ question: QuestionNode, _ step: Walk.Step, _ walk: Walk, _ state: EngineState) -> Prompt {
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

  private func confirmPrompt(_ waiting: EngineState.Waiting, _ state: EngineState) -> Prompt {
    let id = waiting == .confirmStop ? "confirm-stop" : "confirm-start-again"
    return Prompt(id: id, kind: .confirm, text: message(id, state), choices: yesNoChoices(state))
  }

  /// A one-line text question whose words are the message `id`.
  private func textPrompt(_ id: String, _ state: EngineState) -> Prompt {
    Prompt(id: id, kind: .text, text: message(id, state), optional: true, secret: id == "save-word" || id == "save-word-again" || id == "resume-word")
  }

  private func retryPrompt(_ state: EngineState) -> Prompt {
    Prompt(id: "send-retry", kind: .confirm, text: message("send-retry", state), choices: yesNoChoices(state))
  }

  private func yesNoChoices(_ state: EngineState) -> [Choice] {
    [Choice(key: "1", id: "yes", label: message("answer-yes", state)), Choice(key: "2", id: "no", label: message("answer-no", state))]
  }

  private func questionOrAnswerPrompt(_ state: EngineState) -> Prompt {
    Prompt(id: "question-or-answer", kind: .choice, text: message("question-or-answer", state), choices: [
      Choice(key: "1", id: "question", label: message("choice-question", state)),
      Choice(key: "2", id: "answer", label: message("choice-answer", state)),
    ])
  }

  private func faqPrompt(_ titles: [SideTitle], intro: String, _ state: EngineState) -> Prompt {
    Prompt(id: "faq", kind: .choice, text: message(intro, state), choices: titles.enumerated().map {
      Choice(key: String($0.offset + 1), id: $0.element.id, label: $0.element.title)
    }, optional: true)
  }

  /// An answer in words as read back, with the person's other words after it when there are some.
  private func shown(_ value: AnswerValue, _ question: QuestionNode, _ key: String, _ state: EngineState) -> String {
    let display = renderer.display(value, of: question, state: state)
    guard let note = state.notes?[key] else { return display }
    return message("answer-note", state, ["answer": display, "note": note])
  }

  /// The indexes of the answered questions on the path before `position`, in the order they are numbered.
  private func numberedQuestions(_ walk: Walk, upTo position: Int) -> [Int] {
    walk.steps[..<min(position, walk.steps.count)].indices.filter { index in
      walk.steps[index].isQuestion && walk.answered.contains(walk.steps[index].key)
    }
  }

  /// The numbered read-back of every answer before `position`, under section titles; with
  /// `onlySection`, only the answers of that section, keeping their numbers.
  private func readBack(_ walk: Walk, upTo position: Int, _ state: EngineState, onlySection: Int? = nil) -> String {
    var lines: [String] = []
    var lastTitle: String?
    for (number, index) in numberedQuestions(walk, upTo: position).enumerated() {
      let step = walk.steps[index]
      if let onlySection, step.sectionIndex != onlySection { continue }
      guard let question = step.question, let value = state.answers[step.key] else { continue }
      if let title = script.sections[step.sectionIndex].title.map({ render($0, step, walk, state) }), title != lastTitle {
        if !lines.isEmpty { lines.append("") }
        lines.append(title)
        lastTitle = title
      }
      let label = question.label.map { render($0, step, walk, state) } ?? render(question.prompt, step, walk, state)
      lines.append("\(number + 1). \(label): \(shown(value, question, step.key, state))")
    }
    return lines.joined(separator: "\n")
  }
}

import Foundation
