// One conversation in several languages: the list of languages and switching between them.

extension Engine {
  /// An engine that holds the same conversation in several languages. It starts in `initial` (the first
  /// language when no language has that code). Typing one of the `language` words at any question lists
  /// the languages; picking one carries on in it with every answer kept. Answers are stored by question
  /// and choice id, so they mean the same in every language; words the person typed are kept as typed.
  public init(languages: [EngineLanguage], initial: String) {
    guard let first = languages.first(where: { $0.code == initial }) ?? languages.first else {
      self.init(script: Script())
      return
    }
    let menu: [LanguageOption] = languages.count > 1 ? languages.map {
      LanguageOption(code: $0.code, name: $0.name, aliases: $0.aliases, words: $0.openingWords, offer: $0.offer)
    } : []
    var others: [String: LaterEngine] = [:]
    for other in languages where other.code != first.code && others[other.code] == nil {
      others[other.code] = LaterEngine {
        let content = other.make()
        return Engine(script: content.script, terms: content.terms, faq: content.faq, language: other.code, languages: LanguageSwitch(menu: menu))
      }
    }
    let content = first.make()
    self.init(script: content.script, terms: content.terms, faq: content.faq, language: first.code, languages: LanguageSwitch(menu: menu, others: others))
  }

  /// Every word that opens the list of languages, in any language offered, so a person can always
  /// find their way back to a language they can read.
  var languageWords: [String] {
    var words = languages.menu.flatMap(\.words) + (script.words["language"] ?? [])
    if words.isEmpty { words = ["language"] }
    return words
  }

  /// At the start, how to switch to each other language, each in its own words.
  func languageOffers() -> [Output] {
    let offers = languages.menu.filter { $0.code != language && !$0.offer.isEmpty }.map(\.offer)
    return offers.isEmpty ? [] : [.say(offers.joined(separator: "\n\n"))]
  }

  /// The list of languages, each in its own name.
  func languagePrompt(_ state: EngineState) -> Prompt {
    Prompt(id: "language", kind: .choice, text: message("choose-language", state), choices: languages.menu.enumerated().map {
      Choice(key: String($0.offset + 1), id: $0.element.code, label: $0.element.name)
    }, optional: true)
  }

  /// Reads the answer to the list of languages. A different language is recorded in the state with no
  /// outputs: `handle` then lets that language's engine carry on.
  func chooseLanguage(_ text: String, words: String, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    if words.isEmpty { return carryOn(&state, walk) }
    let match = Understanding.matchChoice(text, labels: languages.menu.map(\.name), aliases: languages.menu.map(\.aliases), ids: languages.menu.map(\.code), ignored: [])
    guard case .one(let index) = match else {
      return [.say(message("not-understood-choice", state)), .ask(languagePrompt(state))]
    }
    state.waiting = nil
    let code = languages.menu[index].code
    if code == language { return carryOn(&state, walk) }
    state.language = code
    return []
  }

  /// Says, in this language, that the conversation carries on in it, then asks the current question
  /// again with the text that leads up to it.
  func carryOnInThisLanguage(_ state: inout EngineState) -> [Output] {
    state.language = language
    let walk = walker.walk(state)
    return [.say(message("language-changed", state))] + presentCurrent(&state, walk, withSays: true)
  }
}
