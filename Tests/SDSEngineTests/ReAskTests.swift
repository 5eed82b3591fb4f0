import Foundation
import SDSEngine
import Testing
import TestSupport

/// Loads the demo system file plus `text` as one script, and fails the test on any error.
func inlineScript(_ text: String, file: String = "inline.txt") throws -> Script {
  let systemPath = folder(of: #filePath) + "/Fixtures/demo/script/00-system.txt"
  let system = SourceFile(path: "system.txt", text: try String(contentsOfFile: systemPath, encoding: .utf8))
  let (script, diagnostics) = ScriptLoader.load([system, SourceFile(path: file, text: text)])
  let errors = diagnostics.filter { $0.severity == .error }
  #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
  return script
}

/// The plain transcript of typing `lines` into a conversation on `script`.
func transcript(_ script: Script, _ lines: [String]) -> String {
  TranscriptHarness(engine: Engine(script: script)).run(inputLines: lines)
}

/// A question's `re-ask:` words replace the engine's own words when an answer is missing or not understood.
@Suite struct ReAskTests {
  static let script = """
    section a
    let them = you
    ask name text
      prompt: What name do you like to be called?
      help: Type a name.
      re-ask: Type the name you like to be called, like Sam.
    ask safe yesno
      prompt: Do {them} feel safe at home?
      help: Answer yes or no.
      not sure
      re-ask: Type yes if {them} feel safe at home, no if not, or not sure.
    ask contact choice
      prompt: How do you like to be contacted?
      choice phone: By phone
      choice letter: By letter
      help: Pick one.
      re-ask: Type 1 for phone or 2 for letter.
    ask areas multi
      prompt: Which parts of life matter most?
      choice home: My home
      choice people: Seeing people
      help: Pick one or more.
      re-ask: Type the numbers of the parts of life that matter, like 1, 2.
    ask helpers list
      prompt: Who helps you? Type one name.
      help: Type one person at a time.
      re-ask: Type the name of one person who helps you, like my son Tom.
    ask plain yesno
      prompt: Is this the last question?
      help: Answer yes or no.
    """

  struct Case: Sendable, CustomTestStringConvertible {
    var inputs: [String]
    var expected: String
    var unexpected: String
    var testDescription: String { inputs.joined(separator: " / ") }
  }

  static let cases: [Case] = [
    // An empty answer to a required text question.
    .init(inputs: [""], expected: "Type the name you like to be called, like Sam.", unexpected: "This question needs an answer."),
    // Not understood: yes or no, with a let filled in.
    .init(inputs: ["Ann", "banana"], expected: "Type yes if you feel safe at home, no if not, or not sure.", unexpected: "Please type yes, no or not sure."),
    .init(inputs: ["Ann", "yes", "by pigeon"], expected: "Type 1 for phone or 2 for letter.", unexpected: "I could not match that"),
    .init(inputs: ["Ann", "yes", "1", "9, 7"], expected: "Type the numbers of the parts of life that matter, like 1, 2.", unexpected: "I could not match all of that"),
    .init(inputs: ["Ann", "yes", "1", "1", ""], expected: "Type the name of one person who helps you, like my son Tom.", unexpected: "Please type at least one thing"),
    // A question without re-ask: keeps the engine's own words.
    .init(inputs: ["Ann", "yes", "1", "1", "Tom", "", "banana"], expected: "Please type yes or no.", unexpected: "Type the name of one person"),
  ]

  @Test(arguments: cases)
  func reAskReplacesTheEngineWords(_ test: Case) throws {
    let text = transcript(try inlineScript(Self.script), test.inputs)
    #expect(text.contains(test.expected), "\(text)")
    #expect(!text.contains(test.unexpected), "\(text)")
  }

  @Test func aSecondMissIsStillHelpedAndTheQuestionIsAskedAgain() throws {
    let text = transcript(try inlineScript(Self.script), ["", ""])
    let parts = text.components(separatedBy: "Type the name you like to be called, like Sam.")
    #expect(parts.count == 3, "\(text)")
    #expect(parts[2].contains("If you are stuck, type help"), "\(text)")
    #expect(parts[2].contains("What name do you like to be called?"), "\(text)")
  }

  @Test func anUnknownNameInReAskIsReported() throws {
    let systemPath = folder(of: #filePath) + "/Fixtures/demo/script/00-system.txt"
    let system = SourceFile(path: "system.txt", text: try String(contentsOfFile: systemPath, encoding: .utf8))
    let text = "section a\nask name text\n  prompt: Name?\n  help: Type it.\n  re-ask: Type {nobody}.\n"
    let (_, diagnostics) = ScriptLoader.load([system, SourceFile(path: "a.txt", text: text)])
    #expect(diagnostics.contains { $0.description.hasPrefix("a.txt:5:16: error E-UNKNOWN-NAME") }, "\(diagnostics)")
  }
}
