import Foundation
import SDSEngine
import Testing
import TestSupport

/// `repeat` says the last block again: a person who missed what was said (or did not hear it, with
/// speech) gets that, not only the question.
@Suite struct RepeatTests {
  static let script = """
    section a
    say intro
      Hello. This is a short chat.
    ask colour choice
      prompt: Which colour do you like?
      help: Pick the one you like best.
      choice red: Red
      choice blue: Blue
    say thanks
      Thank you. Next, a question about pets.
    ask pets yesno
      prompt: Do you have a pet?
      help: Answer yes or no.
    """

  static let cases: [(typed: [String], lastBlock: String)] = [
    // At the start: the welcome and the question again.
    (["repeat"], "Hello. This is a short chat.\n\nWhich colour do you like?"),
    // After help: the help again, then the question.
    (["help", "repeat"], "Pick the one you like best."),
    // After an answer: what led to the next question.
    (["red", "repeat"], "Thank you. Next, a question about pets.\n\nDo you have a pet?"),
    // Repeating twice says the same thing twice.
    (["red", "repeat", "repeat"], "Thank you. Next, a question about pets.\n\nDo you have a pet?"),
  ]

  @Test(arguments: cases)
  func repeatSaysTheLastBlockAgain(_ example: (typed: [String], lastBlock: String)) throws {
    let engine = Engine(script: try inlineScript(Self.script))
    var (state, _) = engine.start()
    var last: [Output] = []
    for line in example.typed { (state, last) = engine.handle(.input(line), state: state) }
    let shown = PlainTranscript.render(last)
    #expect(shown.contains(example.lastBlock), "\(shown)")
    // The question is always asked again at the end, so the person can carry on.
    guard case .ask(let prompt)? = last.last else { Issue.record("no question after repeat: \(shown)"); return }
    #expect(engine.currentPrompt(state)?.id == prompt.id)
  }

  @Test func whatWasLastSaidIsNeverInASavedConversation() throws {
    let engine = Engine(script: try inlineScript(Self.script))
    var (state, _) = engine.start()
    (state, _) = engine.handle(.input("red"), state: state)
    let saved = String(decoding: try JSONEncoder().encode(state), as: UTF8.self)
    #expect(!saved.contains("Thank you. Next"))
    let back = try JSONDecoder().decode(EngineState.self, from: Data(saved.utf8))
    #expect(back.answers == state.answers)
  }
}
