import Foundation
import SDSEngine
import Testing
import TestSupport

/// The end of the shipped conversation says exactly what happened to the draft: sent to the council,
/// or kept on this computer (where, how to get it to the council, and that nobody has it yet).
@Suite struct DeliveryEndingTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var directive: String?
    /// Words that must be in what is said after the draft is handed over.
    var says: [String]
    /// Words that must not be.
    var never: [String]
    var testDescription: String { directive ?? "sent" }
  }

  static let cases: [Case] = [
    Case(directive: nil,
         says: ["Your draft plan has been sent to your council or Trust.", "Your reference is K7M4-Q9TX-R.", "They should get in touch within a few weeks."],
         never: ["has not been sent", "not reached", "kept on this computer"]),
    Case(directive: "@deliver-to retrying /srv/sds/queue",
         says: ["could not be sent just now. It has not reached your council or Trust yet.", "locked so that only your council or Trust can read it",
                "try again every few minutes", "Your reference is K7M4-Q9TX-R."],
         never: ["has been sent", "/srv/sds/queue"]),
    Case(directive: "@deliver-to queued /home/sam/.local/share/sds/outbox/queue",
         says: ["It has not reached your council or Trust yet.", "It is in /home/sam/.local/share/sds/outbox/queue.",
                "next time you start this planner", "Your reference is K7M4-Q9TX-R."],
         never: ["has been sent", "every few minutes"]),
    Case(directive: "@deliver-to kept /home/sam/.local/share/sds/outbox/new/K7M4-Q9TX-R.json",
         says: ["Your draft plan has not been sent. Nobody at your council or Trust has it yet.",
                "in this file: /home/sam/.local/share/sds/outbox/new/K7M4-Q9TX-R.json",
                "email the file to the email address on your council or Trust's website",
                "Nothing happens until your council or Trust has your draft plan.", "Your reference is K7M4-Q9TX-R."],
         never: ["has been sent", "They should get in touch within a few weeks", "locked"]),
  ]

  @Test(arguments: cases)
  func theEndingSaysWhereTheDraftIs(_ test: Case) throws {
    let (script, _) = try TranscriptHarness.loadScript(repositoryRoot() + "/Content")
    let input = try String(contentsOfFile: repositoryRoot() + "/Tests/SDSEngineTests/Golden/content/self-send.input", encoding: .utf8)
    var lines = input.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    if let directive = test.directive { lines.insert(directive, at: 0) }
    let run = TranscriptHarness(engine: Engine(script: script)).runDetailed(inputLines: lines)
    let after = try #require(run.transcript.range(of: "[draft sent:")).upperBound
    let ending = String(run.transcript[after...])
    for words in test.says { #expect(ending.contains(words), "missing: \(words)\n\(ending)") }
    for words in test.never { #expect(!ending.contains(words), "should not say: \(words)\n\(ending)") }
    #expect(run.endings.last?.status == .sent)
  }

  @Test func aKioskWithAPrinterOffersACopyAndSaysWhereToGetIt() throws {
    let (script, _) = try TranscriptHarness.loadScript(repositoryRoot() + "/Content")
    let input = try String(contentsOfFile: repositoryRoot() + "/Tests/SDSEngineTests/Golden/content/self-send.input", encoding: .utf8)
    var lines = input.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    // The golden input answers the spelling question with yes; then comes the copy.
    let run = TranscriptHarness(engine: Engine(script: script)).runDetailed(inputLines: ["@copy printer"] + lines + ["yes"])
    #expect(run.transcript.contains("Would you like a printed copy of your answers to take away?"))
    #expect(run.transcript.contains("Your copy is being printed. Ask a member of staff for it before you go."))
    let none = TranscriptHarness(engine: Engine(script: script)).runDetailed(inputLines: lines)
    #expect(!none.transcript.contains("printed copy") && !none.transcript.contains("A copy of your answers"))
    let home = TranscriptHarness(engine: Engine(script: script)).runDetailed(inputLines: ["@copy written /home/sam/Documents/draft-plan-K7M4-Q9TX-R.html"] + lines)
    #expect(home.transcript.contains("A copy of your answers is on this computer, for you to keep, in this file: /home/sam/Documents/draft-plan-K7M4-Q9TX-R.html"))
    #expect(!home.transcript.contains("printed copy"))
  }

  /// `sds check` knows `delivery` and its values, and says so when one is wrong.
  @Test func theCheckerKnowsTheDeliveryCondition() throws {
    let folder = makeTemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder + "/script", withIntermediateDirectories: true)
    try """
      section one
      ask name text
        prompt: What is your name?
      send
      say gone
        if: delivery is posted
        Gone.
      finish
      """.write(toFile: folder + "/script/one.txt", atomically: true, encoding: .utf8)
    let (_, diagnostics) = try TranscriptHarness.loadScript(folder)
    let errors = diagnostics.filter { $0.severity == .error }.map(\.description)
    #expect(errors.contains { $0.contains("E-UNKNOWN-VALUE") && $0.contains("\"delivery\" cannot be \"posted\". It can be: sent, retrying, queued, kept.") }, "\(errors)")
  }
}
