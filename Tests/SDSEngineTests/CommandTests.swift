import Testing
@testable import SDSEngine

/// Every word of every command works at a question and is never taken as the answer to it, even at a
/// question that takes any words. The commands are one table (`Command`), so a command missing from it,
/// or a word list it does not read, shows here. `language` and `faq` have their own tests: they work
/// only with several languages, or with an FAQ library.
@Suite struct CommandTests {
  static let script = """
    section a
    ask name text
      prompt: What name do you like to be called?
    topic money
      words: money, paying for care
      Money is the council's to work out with you.
    """

  @Test(arguments: Command.allCases.filter { $0 != .language && $0 != .faq })
  func everyWordOfACommandIsNeverTakenAsTheAnswer(_ command: Command) throws {
    let engine = Engine(script: try inlineScript(Self.script))
    let words = engine.words(for: command)
    #expect(!words.isEmpty, "the script has no words for \(command)")
    for word in words {
      var (state, _) = engine.start()
      var outputs: [Output]
      (state, outputs) = engine.handle(.input(word), state: state)
      #expect(state.answers.isEmpty, "\(command): \"\(word)\" was taken as the answer")
      #expect(engine.command(for: Understanding.normalise(word)) == command, "\"\(word)\" does another command")
      // Something is always asked next, so the person can carry on.
      guard case .ask? = outputs.last else {
        Issue.record("\(command): nothing asked after \"\(word)\": \(PlainTranscript.render(outputs))")
        continue
      }
    }
  }

  /// A word on two lists does what the first command in the table says: `change language` lists the
  /// languages rather than asking which answer to change.
  @Test func aWordOnTwoListsDoesTheFirstCommand() throws {
    let script = try inlineScript(Self.script)
    let engine = Engine(languages: [
      EngineLanguage(code: "en", name: "English", script: script),
      EngineLanguage(code: "cy", name: "Cymraeg", script: script),
    ], initial: "en")
    #expect(engine.command(for: "change language") == .language)
    #expect(engine.command(for: "change 1") == .change)
  }
}
