/// The dialogue engine: given the script, a state and one event, it returns what to say next and the new state.
///
/// It is pure: no printing, no clock, no files, no randomness. The same events always give the same outputs.
///
/// The engine a front end holds may speak several languages (`init(languages:initial:)`): each public
/// call goes to the engine for the language the state is in (`LanguageSwitch`). What one engine does with
/// a turn is spread over files named after each idea: `Engine+Events` (one event), `Engine+Input` (one
/// line typed), `Command` and `Engine+Commands` (words that work at any question), `Engine+Answers` (an
/// answer to the question asked), `Engine+Navigation` (moving on), `Engine+Presenting` (asking the next
/// thing) and `ReadBack` (the answers read back).
public struct Engine: Sendable {
  /// The loaded script.
  public let script: Script
  let renderer: Renderer
  let walker: Walker
  let faq: (any SideQuestionAnswering)?
  /// The code of the language this engine's script is in (`en`, `cy`).
  public let language: String
  /// The other languages the person can switch to, and their engines.
  let languages: LanguageSwitch

  /// Makes an engine for `script`. `terms` replace the script's own terms of the same name (a pack's
  /// council name, for example); `faq` answers questions asked in the middle of the conversation.
  public init(script: Script, terms: [String: String] = [:], faq: (any SideQuestionAnswering)? = nil, language: String = "en") {
    self.init(script: script, terms: terms, faq: faq, language: language, languages: LanguageSwitch())
  }

  init(script: Script, terms: [String: String], faq: (any SideQuestionAnswering)?, language: String, languages: LanguageSwitch) {
    self.script = script
    var renderer = Renderer(script: script, terms: script.terms.merging(terms) { _, new in new })
    renderer.minutes = JourneyEstimate(walker: Walker(script: script, render: renderer)).minutes
    self.renderer = renderer
    self.walker = Walker(script: script, render: renderer)
    self.faq = faq
    self.language = language
    self.languages = languages
  }

  /// Reads answers back in this engine's language.
  var readBack: ReadBack { ReadBack(walker: walker) }

  /// Starts a conversation: a fresh state and the first outputs, ending with the first question.
  public func start() -> (state: EngineState, outputs: [Output]) {
    var state = EngineState()
    if languages.isOffered { state.language = language }
    let walk = walker.walk(state)
    let outputs = arrive(at: walk, state: &state, saysFrom: 0)
    return (state, languageOffers() + outputs)
  }

  /// Carries on a saved conversation: welcomes the person back, reads back their answers, and asks the
  /// question they had reached. It carries on in the language it was saved in, when that is offered.
  public func resume(_ saved: EngineState) -> (state: EngineState, outputs: [Output]) {
    languages.engine(for: saved, home: self).localResume(saved)
  }

  /// Handles one event.
  public func handle(_ event: Event, state: EngineState) -> (state: EngineState, outputs: [Output]) {
    let core = languages.engine(for: state, home: self)
    var (next, outputs) = core.localHandle(event, state: state)
    let target = languages.engine(for: next, home: self)
    if next.ending == nil, target.language != core.language {
      outputs += target.carryOnInThisLanguage(&next)
      target.remember(outputs, in: &next)
    }
    return (next, outputs)
  }

  /// The question waiting for an answer in `state`, as it would be asked now.
  public func currentPrompt(_ state: EngineState) -> Prompt? {
    languages.engine(for: state, home: self).localCurrentPrompt(state)
  }

  /// Everything the person has said on the current path, for a draft, in the language they are using.
  public func record(_ state: EngineState) -> Record {
    languages.engine(for: state, home: self).localRecord(state)
  }

  /// The code of the language `state` is in.
  public func language(of state: EngineState) -> String { languages.engine(for: state, home: self).language }

  /// The codes of the languages the person can switch between, in the order offered (just this
  /// engine's language when there is only one).
  public var languageCodes: [String] { languages.menu.isEmpty ? [language] : languages.menu.map(\.code) }

  /// The words of the topic `id` with terms filled in, as the conversation says them; nil when there is
  /// no such topic.
  public func topicText(_ id: String) -> String? {
    script.topics.first { $0.id == id }.map { topicText($0, EngineState()) }
  }

  /// The message `id` with terms and `names` filled in, for a front end's own words (an idle warning, say).
  /// Empty when the script has no such message; `sds check` reports those listed in `RequiredText`.
  public func message(_ id: String, filling names: [String: String] = [:]) -> String {
    renderer.message(id, names, state: EngineState())
  }

  /// The words that work at any question, for tab completion, in the order `Command` tries them.
  public var commandWords: [String] {
    Command.allCases.flatMap(words(for:))
  }

  /// Carries on a saved conversation in this engine's language (see `resume(_:)`).
  func localResume(_ saved: EngineState) -> (state: EngineState, outputs: [Output]) {
    var state = saved
    state.language = languages.isOffered ? language : nil
    state.waiting = nil
    state.focus = nil
    state.failures = 0
    state.delivery = .none
    state.ending = nil
    state.faqMore = nil
    let walk = walker.walk(state)
    var outputs: [Output] = [.say(message("welcome-back", state))]
    let list = readBack.text(walk, upTo: walk.pending, state)
    if !list.isEmpty { outputs.append(.say(message("summary-intro", state) + "\n\n" + list)) }
    return (state, outputs + arrive(at: walk, state: &state, saysFrom: nil))
  }
}
