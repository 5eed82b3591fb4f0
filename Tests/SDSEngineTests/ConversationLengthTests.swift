import Foundation
@testable import SDSEngine
import Testing
import TestSupport

/// The conversation stays short: for a person planning for herself and choosing three parts of life
/// (the three-parts journey), at most 25 inputs and 1,000 words to read before the check page, and for
/// everyone at most 80 words before the first question. Scripts/bench-journeys prints the same figures
/// for every golden journey.
@Suite struct ConversationLengthTests {
  struct Length {
    var inputs = 0
    var wordsBeforeCheck = 0
    var wordsBeforeFirstQuestion: Int?
    var reachedCheck = false
  }

  static func words(_ text: String?) -> Int { text?.split(whereSeparator: \.isWhitespace).count ?? 0 }

  /// Counts what a person reads and types in a journey, up to the check page (which is not counted).
  static func measure(_ journey: String) throws -> Length {
    let (script, _) = try TranscriptHarness.loadScript(ContentTranscriptTests.content)
    let input = try String(contentsOfFile: ContentTranscriptTests.golden + "/\(journey).input", encoding: .utf8)
    var lines = input.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    var conversation = Conversation(engine: Engine(script: script))
    var length = Length()
    var said = 0
    func count(_ outputs: [Output]) {
      for output in outputs where !length.reachedCheck {
        switch output {
        case .say(let text):
          said += words(text)
        case .ask(let prompt):
          if prompt.id == "check-answers" { length.reachedCheck = true; return }
          if length.wordsBeforeFirstQuestion == nil { length.wordsBeforeFirstQuestion = length.wordsBeforeCheck + said }
          length.wordsBeforeCheck += said + words(prompt.text) + words(prompt.hint) + prompt.choices.map { words($0.label) }.reduce(0, +)
          said = 0
          length.inputs += 1
        default: break
        }
      }
    }
    count(conversation.start())
    for line in lines where !length.reachedCheck { count(conversation.handle(.input(line))) }
    // Every question asked before the check page waited for one line typed.
    return length
  }

  @Test func threePartsOfLifeTakeAtMost25InputsAnd1000Words() throws {
    let length = try Self.measure("three-parts")
    #expect(length.reachedCheck)
    #expect(length.inputs <= 25, "\(length.inputs) inputs")
    #expect(length.wordsBeforeCheck <= 1000, "\(length.wordsBeforeCheck) words")
  }

  /// The time the welcome promises is worked out from the script for a slow reader and typist, so it
  /// changes when questions are added, and it is never less than the plain journey takes at that pace.
  @Test func theWelcomesTimeIsWorkedOutFromTheScript() throws {
    let (script, _) = try TranscriptHarness.loadScript(ContentTranscriptTests.content)
    let estimate = JourneyEstimate(script: script)
    #expect(estimate.minutes % 5 == 0)
    var conversation = Conversation(engine: Engine(script: script))
    let welcome = conversation.start().compactMap { output -> String? in
      if case .say(let text) = output { return text }
      return nil
    }.joined(separator: "\n")
    #expect(welcome.contains("It takes about \(estimate.minutes) minutes."), "\(welcome)")
    // At least as long as the three-parts journey takes at the slow pace the estimate assumes.
    let length = try Self.measure("three-parts")
    let slow = Double(length.wordsBeforeCheck) / JourneyEstimate.wordsPerMinute + Double(length.inputs) * JourneyEstimate.secondsPerPick / 60
    #expect(Double(estimate.minutes) >= slow)
    #expect(estimate.inputs >= length.inputs, "the model journey answers every question the plain one does")
  }

  @Test(arguments: ["three-parts", "carer-extra-words", "learn-only", "review"])
  func at80WordsOrFewerComeBeforeTheFirstQuestion(_ journey: String) throws {
    let length = try Self.measure(journey)
    let before = try #require(length.wordsBeforeFirstQuestion)
    #expect(before <= 80, "\(before) words")
  }
}
