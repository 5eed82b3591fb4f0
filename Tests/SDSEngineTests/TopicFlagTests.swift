import SDSEngine
import Testing

/// A topic with `flag:` raises that flag for the key worker when the person asks for it at any question,
/// so "I am scared" typed in the middle of the conversation is seen first, like a "no" to "Do you feel safe?".
@Suite struct TopicFlagTests {
  static let script = """
    section a
    ask name text
      prompt: What name do you like to be called?
      help: Type a name.
    ask ready yesno
      prompt: Shall we go on?
      help: Answer yes or no.

    topic staying-safe
      flag: feels-unsafe
      words: i am scared, help me now
      If anyone is in danger now, call {emergency}.

    topic steps
      words: steps
      Step 1 is finding out.
    """

  static func flags(after lines: [String]) throws -> [String] {
    var conversation = Conversation(engine: Engine(script: try inlineScript(Self.script)))
    _ = conversation.start()
    for line in lines { _ = conversation.handle(.input(line)) }
    return conversation.record.flags
  }

  struct Case: Sendable, CustomTestStringConvertible {
    var typed: [String]
    var flags: [String]
    var testDescription: String { typed.joined(separator: " / ") }
  }

  @Test(arguments: [
    Case(typed: ["I am scared"], flags: ["feels-unsafe"]),
    Case(typed: ["Sam", "help me now", "yes"], flags: ["feels-unsafe"]),
    Case(typed: ["i am scared", "I AM SCARED!", "Sam"], flags: ["feels-unsafe"]),
    Case(typed: ["steps", "Sam"], flags: []),
    Case(typed: ["Sam", "yes"], flags: []),
  ])
  func askingForATopicRaisesItsFlag(_ test: Case) throws {
    #expect(try Self.flags(after: test.typed) == test.flags)
  }

  @Test func theFlagIsKeptWhenTheConversationIsSavedAndOpenedAgain() throws {
    let engine = Engine(script: try inlineScript(Self.script))
    var conversation = Conversation(engine: engine)
    _ = conversation.start()
    _ = conversation.handle(.input("i am scared"))
    let saved = try JSONDecoder().decode(EngineState.self, from: JSONEncoder().encode(conversation.state))
    var resumed = Conversation(engine: engine)
    _ = resumed.resume(saved)
    #expect(resumed.record.flags == ["feels-unsafe"])
  }

  @Test func startingAgainClearsIt() throws {
    #expect(try Self.flags(after: ["i am scared", "start again", "yes"]).isEmpty)
  }
}

import Foundation
