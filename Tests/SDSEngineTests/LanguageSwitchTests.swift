import Foundation
import SDSEngine
import Testing
import TestSupport

/// `language` at any question lists the languages offered and switches without losing answers.
///
/// The second language is a pseudo-translation of the demo: every text wrapped in ⟦ ⟧, so any text
/// that was not switched shows up at once.
@Suite struct LanguageSwitchTests {
  static func scripts() throws -> (english: Script, pseudo: Script) {
    let (script, diagnostics) = try TranscriptHarness.loadScript(folder(of: #filePath) + "/Fixtures/demo")
    #expect(diagnostics.isEmpty)
    var pseudo = script.mapTexts { text in
      guard text.kind != .term else { return nil }
      return TextReplacement(paragraphs: text.paragraphs.map { Template("⟦" + $0.source + "⟧", at: $0.location) })
    }
    pseudo.words["language"] = ["langue"]
    pseudo.words["yes"] = ["oui"]
    return (script, pseudo)
  }

  static func engine(initial: String = "en") throws -> Engine {
    let (english, pseudo) = try scripts()
    return Engine(languages: [
      EngineLanguage(code: "en", name: "English", script: english),
      EngineLanguage(code: "zz", name: "Pseudo", aliases: ["pseudo language"], script: pseudo),
    ], initial: initial)
  }

  static func say(_ outputs: [Output]) -> String {
    outputs.compactMap { if case .say(let text) = $0 { text } else { nil } }.joined(separator: "\n")
  }

  static func asked(_ outputs: [Output]) -> Prompt? {
    outputs.compactMap { if case .ask(let prompt) = $0 { prompt } else { nil } }.last
  }

  @Test func theListShowsEachLanguageInItsOwnName() throws {
    var conversation = Conversation(engine: try Self.engine())
    _ = conversation.start()
    let prompt = try #require(Self.asked(conversation.handle(.input("language"))))
    #expect(prompt.id == "language")
    #expect(prompt.text == "Which language would you like to use? Type its number. Your answers are kept.")
    #expect(prompt.choices.map(\.label) == ["English", "Pseudo"])
    #expect(prompt.choices.map(\.id) == ["en", "zz"])
    #expect(prompt.optional)
  }

  /// At the start, each other language says, in itself, how to switch to it.
  @Test func theStartOffersTheOtherLanguagesInTheirOwnWords() throws {
    var english = Conversation(engine: try Self.engine())
    let outputs = english.start()
    #expect(outputs.first == .say("⟦To use English, type language.⟧"))
    var pseudo = Conversation(engine: try Self.engine(initial: "zz"))
    #expect(pseudo.start().first == .say("To use English, type language."))
    let (plain, _) = try Self.scripts()
    var single = Conversation(engine: Engine(script: plain))
    #expect(single.start().first == .say("Hello. This is a short practice conversation.\n\nType help at any question to see what you can type."))
  }

  @Test func switchingKeepsEveryAnswerAsTyped() throws {
    var conversation = Conversation(engine: try Self.engine())
    _ = conversation.start()
    for line in ["me", "A walk, then TEA"] { _ = conversation.handle(.input(line)) }
    let before = conversation.record
    #expect(before.language == "en")
    _ = conversation.handle(.input("language"))
    let switched = conversation.handle(.input("2"))
    #expect(Self.say(switched).hasPrefix("⟦We will carry on in English. Your answers are kept.⟧"))
    #expect(Self.asked(switched)?.text == "⟦Is there anything else we should call ⟦you⟧?⟧")
    #expect(conversation.language == "zz")
    let after = conversation.record
    #expect(after.language == "zz")
    #expect(after.fields == before.fields)
    #expect(after.fields["whatMatters.goodDay"] == .text("A walk, then TEA"))
    #expect(after.entries.first?.display == "⟦Me⟧")
    #expect(after.entries.first?.label == "⟦Who the plan is for⟧")
    let summary = Self.say(conversation.handle(.input("summary")))
    #expect(summary.contains("⟦A good day⟧: A walk, then TEA"))
    // The pseudo language's own words work now, and the English ones still open the list.
    _ = conversation.handle(.input(""))
    #expect(Self.asked(conversation.handle(.input("oui")))?.text == "⟦Which parts of life matter most right now?⟧")
    #expect(conversation.record.fields["safety.safeAtHome"] == .yesNo(.yes))
    #expect(Self.asked(conversation.handle(.input("language")))?.id == "language")
    let back = conversation.handle(.input("English"))
    #expect(Self.say(back).hasPrefix("We will carry on in English."))
    #expect(conversation.language == "en")
  }

  @Test func enterOrTheSameLanguageCarriesOn() throws {
    var conversation = Conversation(engine: try Self.engine())
    _ = conversation.start()
    _ = conversation.handle(.input("language"))
    let kept = conversation.handle(.input(""))
    #expect(Self.say(kept) == "That is fine. Let us carry on.")
    #expect(Self.asked(kept)?.id == "who-for")
    _ = conversation.handle(.input("language"))
    #expect(Self.say(conversation.handle(.input("en"))) == "That is fine. Let us carry on.")
    _ = conversation.handle(.input("language"))
    let unclear = conversation.handle(.input("klingon"))
    #expect(Self.say(unclear) == "I could not match that to one of the choices. Type the number of the one you want.")
    #expect(Self.asked(unclear)?.id == "language")
    _ = conversation.handle(.input("pseudo language"))
    #expect(conversation.language == "zz")
  }

  @Test func helpListsTheLanguageWordOnlyWhenThereIsAChoice() throws {
    var two = Conversation(engine: try Self.engine())
    _ = two.start()
    #expect(Self.say(two.handle(.input("help"))).contains("- stop: stop now\n- language: change the language"))
    let (english, _) = try Self.scripts()
    var one = Conversation(engine: Engine(script: english))
    _ = one.start()
    #expect(!Self.say(one.handle(.input("help"))).contains("language"))
  }

  @Test func withOneLanguageTheWordIsJustAnAnswer() throws {
    let (english, _) = try Self.scripts()
    var conversation = Conversation(engine: Engine(script: english))
    _ = conversation.start()
    _ = conversation.handle(.input("me"))
    _ = conversation.handle(.input("language"))
    #expect(conversation.record.fields["whatMatters.goodDay"] == .text("language"))
    #expect(conversation.record.language == "en")
    #expect(conversation.state.language == nil)
  }

  @Test func startingAgainKeepsTheLanguageButTheNextPersonGetsTheDefault() throws {
    var conversation = Conversation(engine: try Self.engine())
    _ = conversation.start()
    _ = conversation.handle(.input("langue"))
    _ = conversation.handle(.input("2"))
    _ = conversation.handle(.input("start again"))
    let again = conversation.handle(.input("oui"))
    #expect(Self.asked(again)?.text == "⟦Who are you planning for?⟧")
    #expect(conversation.language == "zz")
    _ = conversation.handle(.input("stop"))
    _ = conversation.handle(.input("oui"))
    #expect(conversation.state.ending?.status == .stopped)
    var next = Conversation(engine: try Self.engine())
    #expect(Self.asked(next.start())?.text == "Who are you planning for?")
  }

  @Test func aSavedConversationCarriesOnInItsLanguage() throws {
    let engine = try Self.engine()
    var conversation = Conversation(engine: engine)
    _ = conversation.start()
    _ = conversation.handle(.input("me"))
    _ = conversation.handle(.input("language"))
    _ = conversation.handle(.input("2"))
    let data = try JSONEncoder().encode(conversation.state)
    let saved = try JSONDecoder().decode(EngineState.self, from: data)
    // Everything but what was last said (for `repeat`), which a saved conversation never holds.
    #expect(saved.answers == conversation.state.answers)
    #expect(saved.language == "zz")
    let (_, outputs) = engine.resume(saved)
    #expect(Self.say(outputs).hasPrefix("⟦Welcome back."))
    #expect(Self.asked(outputs)?.text == "⟦What does a good day look like for ⟦you⟧?⟧")
    // An engine that does not offer the language carries on in its own.
    let (english, _) = try Self.scripts()
    let (_, plain) = Engine(script: english).resume(saved)
    #expect(Self.asked(plain)?.text == "What does a good day look like for you?")
  }

  @Test func anEngineCanStartInAnyOfItsLanguages() throws {
    let engine = try Self.engine(initial: "zz")
    #expect(engine.languageCodes == ["en", "zz"])
    let (state, outputs) = engine.start()
    #expect(engine.language(of: state) == "zz")
    #expect(Self.asked(outputs)?.text == "⟦Who are you planning for?⟧")
    #expect(engine.commandWords.contains("langue") && engine.commandWords.contains("language"))
  }
}
