import Foundation
import SDSEngine
import Testing
import TestSupport

@Suite struct StateTests {
  static let inputs = ["someone i help", "Joan", "Dancing", "", "no", "1, 3", "Wash", "Friends", "Ann", "Bob", "", "yes", "back", "", "summary", "change 2", "Jo", "", "yes"]

  func engine() throws -> Engine {
    let (script, _) = try TranscriptHarness.loadScript(folder(of: #filePath) + "/Fixtures/demo")
    return Engine(script: script)
  }

  /// Saving the state as JSON after every answer and carrying on from the decoded copy changes nothing.
  @Test func stateSurvivesJSONAfterEveryTurn() throws {
    let engine = try engine()
    var (plain, _) = engine.start()
    var (saved, _) = engine.start()
    for input in Self.inputs {
      let a = engine.handle(.input(input), state: plain)
      let data = try JSONEncoder().encode(saved)
      let decoded = try JSONDecoder().decode(EngineState.self, from: data)
      let b = engine.handle(.input(input), state: decoded)
      #expect(a.outputs == b.outputs, "after \(input)")
      plain = a.state
      saved = b.state
    }
    #expect(plain == saved)
  }

  /// Replaying the same inputs gives the same outputs.
  @Test func replayIsDeterministic() throws {
    func run() throws -> [Output] {
      let engine = try engine()
      var (state, outputs) = engine.start()
      for input in Self.inputs {
        let step = engine.handle(.input(input), state: state)
        state = step.state
        outputs += step.outputs
      }
      return outputs
    }
    #expect(try run() == run())
  }

  /// An answer on a path no longer taken is never in the record, even though it is kept aside.
  @Test func staleAnswersAreNotInTheRecord() throws {
    let engine = try engine()
    var conversation = Conversation(engine: engine)
    _ = conversation.start()
    for input in ["someone i help", "Joan", "Dancing", "", "no", "1", "Wash", "Ann", "", "yes"] { _ = conversation.handle(.input(input)) }
    #expect(conversation.record.fields["person.preferredName"] == .text("Joan"))
    #expect(conversation.record.flags.contains("carer-needs-support"))
    for input in ["1", "me"] { _ = conversation.handle(.input(input)) }
    #expect(conversation.record.fields["person.preferredName"] == nil)
    #expect(conversation.record.fields["carer.gettingHarder"] == nil)
    #expect(!conversation.record.flags.contains("carer-needs-support"))
    #expect(conversation.record.flags.contains("feels-unsafe"))
    #expect(conversation.currentPrompt?.id == "check-answers")
  }

  /// Nothing is sent before the person confirms at the check step.
  @Test func nothingIsSentBeforeConfirmation() throws {
    let engine = try engine()
    var conversation = Conversation(engine: engine)
    var outputs = conversation.start()
    for input in ["me", "Sun", "", "yes", "1", "Wash", "Ann", "", "no", "maybe", "2", ""] {
      outputs += conversation.handle(.input(input))
    }
    #expect(!outputs.contains { if case .send = $0 { true } else { false } })
    let sent = conversation.handle(.input("yes"))
    guard case .send(let record)? = sent.first(where: { if case .send = $0 { true } else { false } }) else {
      Issue.record("no send after yes")
      return
    }
    #expect(record.fields["strengths.family"] == .list(["Ann"]))
    #expect(record.fields["outcomes.daily-living.inTheirWords"] == .text("Wash"))
  }
}
