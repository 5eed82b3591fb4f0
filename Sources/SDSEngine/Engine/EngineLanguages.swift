import Foundation
import Synchronization

/// One language a conversation can be held in: its script (already translated) and what goes with it.
///
/// A language can be made ready at once, or only when the person first switches to it (`later:`), so a
/// conversation that offers several languages starts as quickly as one that offers one.
public struct EngineLanguage: Sendable {
  /// What a language is made of, once it is ready.
  public struct Content: Sendable {
    /// The conversation in this language.
    public var script: Script
    /// Terms on top of the script's own (see `Engine.init(script:terms:faq:language:)`).
    public var terms: [String: String]
    /// Answers side questions in this language.
    public var faq: (any SideQuestionAnswering)?

    /// Makes the content.
    public init(script: Script, terms: [String: String] = [:], faq: (any SideQuestionAnswering)? = nil) {
      self.script = script
      self.terms = terms
      self.faq = faq
    }
  }

  /// The language's code, like `en` or `cy`.
  public var code: String
  /// Its name in its own language, as shown in the list of languages: `English`, `Cymraeg`.
  public var name: String
  /// Other words that pick it from the list (`welsh`); its code always works too.
  public var aliases: [String]
  /// How to switch to it, in itself, said at the start in the other languages (its `language-offer`).
  public var offer: String
  /// The words that open the list of languages, in it (its `language` words).
  public var openingWords: [String]
  /// Makes the content. It must be pure: the same every time.
  public var make: @Sendable () -> Content

  /// The conversation in this language (made now, if it was left for later).
  public var script: Script { make().script }

  /// A language that is ready now.
  public init(code: String, name: String, aliases: [String] = [], script: Script, terms: [String: String] = [:], faq: (any SideQuestionAnswering)? = nil) {
    let content = Content(script: script, terms: terms, faq: faq)
    let allTerms = script.terms.merging(terms) { _, new in new }
    self.init(
      code: code, name: name, aliases: aliases,
      offer: (script.messages["language-offer"] ?? []).map { $0.render { allTerms[$0] } }.joined(separator: "\n\n"),
      openingWords: script.words["language"] ?? [], later: { content })
  }

  /// A language made only when the person first switches to it. `offer` and `openingWords` are needed
  /// from the start; `make` runs once, at the first switch.
  public init(code: String, name: String, aliases: [String] = [], offer: String, openingWords: [String], later make: @escaping @Sendable () -> Content) {
    self.code = code
    self.name = name
    self.aliases = aliases
    self.offer = offer
    self.openingWords = openingWords
    self.make = make
  }
}

/// An engine for another language, made the first time it is needed and then kept.
final class LaterEngine: Sendable {
  private let made = Mutex<Engine?>(nil)
  private let make: @Sendable () -> Engine

  init(_ make: @escaping @Sendable () -> Engine) { self.make = make }

  /// The engine, made now if this is the first time.
  var engine: Engine {
    made.withLock { made in
      if let made { return made }
      let engine = make()
      made = engine
      return engine
    }
  }
}

/// A language in the list shown after `language`.
struct LanguageOption: Sendable {
  var code: String
  var name: String
  var aliases: [String]
  /// The words that open the list, in this language (the `language` line of its words).
  var words: [String]
  /// How to switch to it, in itself (its `language-offer` message), said at the start in the others.
  var offer: String
}

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
        return Engine(script: content.script, terms: content.terms, faq: content.faq, language: other.code, menu: menu, others: [:])
      }
    }
    let content = first.make()
    self.init(script: content.script, terms: content.terms, faq: content.faq, language: first.code, menu: menu, others: others)
  }

  /// The codes of the languages the person can switch between, in the order offered (just this
  /// engine's language when there is only one).
  public var languageCodes: [String] { menu.isEmpty ? [language] : menu.map(\.code) }

  /// The code of the language `state` is in.
  public func language(of state: EngineState) -> String { core(for: state).language }

  /// Carries on a saved conversation: welcomes the person back, reads back their answers, and asks the
  /// question they had reached. It carries on in the language it was saved in, when that is offered.
  public func resume(_ saved: EngineState) -> (state: EngineState, outputs: [Output]) {
    core(for: saved).localResume(saved)
  }

  /// Handles one event.
  public func handle(_ event: Event, state: EngineState) -> (state: EngineState, outputs: [Output]) {
    let core = core(for: state)
    var (next, outputs) = core.localHandle(event, state: state)
    let target = self.core(for: next)
    if next.ending == nil, target.language != core.language {
      outputs += target.carryOnInThisLanguage(&next)
      target.remember(outputs, in: &next)
    }
    return (next, outputs)
  }

  /// The question waiting for an answer in `state`, as it would be asked now.
  public func currentPrompt(_ state: EngineState) -> Prompt? {
    core(for: state).localCurrentPrompt(state)
  }

  /// Everything the person has said on the current path, for a draft, in the language they are using.
  public func record(_ state: EngineState) -> Record {
    core(for: state).localRecord(state)
  }

  /// The engine for the language `state` is in.
  func core(for state: EngineState) -> Engine {
    guard let code = state.language, code != language, let other = others[code] else { return self }
    return other.engine
  }

  /// Every word that opens the list of languages, in any language offered, so a person can always
  /// find their way back to a language they can read.
  var languageWords: [String] {
    var words = menu.flatMap(\.words) + (script.words["language"] ?? [])
    if words.isEmpty { words = ["language"] }
    return words
  }

  /// At the start, how to switch to each other language, each in its own words.
  func languageOffers() -> [Output] {
    let offers = menu.filter { $0.code != language && !$0.offer.isEmpty }.map(\.offer)
    return offers.isEmpty ? [] : [.say(offers.joined(separator: "\n\n"))]
  }

  /// The list of languages, each in its own name.
  func languagePrompt(_ state: EngineState) -> Prompt {
    Prompt(id: "language", kind: .choice, text: message("choose-language", state), choices: menu.enumerated().map {
      Choice(key: String($0.offset + 1), id: $0.element.code, label: $0.element.name)
    }, optional: true)
  }

  /// Reads the answer to the list of languages. A different language is recorded in the state with no
  /// outputs: `handle` then lets that language's engine carry on.
  func chooseLanguage(_ text: String, words: String, _ state: inout EngineState, _ walk: Walk) -> [Output] {
    if words.isEmpty {
      state.waiting = nil
      return [.say(message("carry-on", state))] + presentCurrent(&state, walk)
    }
    let match = Understanding.matchChoice(text, labels: menu.map(\.name), aliases: menu.map(\.aliases), ids: menu.map(\.code), ignored: [])
    guard case .one(let index) = match else {
      return [.say(message("not-understood-choice", state)), .ask(languagePrompt(state))]
    }
    state.waiting = nil
    let code = menu[index].code
    if code == language { return [.say(message("carry-on", state))] + presentCurrent(&state, walk) }
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
