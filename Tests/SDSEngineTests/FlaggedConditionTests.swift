import SDSEngine
import Testing
import TestSupport

/// `if: flagged NAME` holds once the flag is raised, by a `flag` item on the path or by a topic typed at
/// any question: what happens next can then say the team is told, and who to call now.
@Suite struct FlaggedConditionTests {
  static let script = """
    section a
    ask safe yesno
      prompt: Do you feel safe at home?
      help: Answer yes or no.
    flag feels-unsafe
      if: safe is no
    ask ready yesno
      prompt: Shall we go on?
      help: Answer yes or no.
    say marked
      if: flagged feels-unsafe
      The team will see this first. If anyone is in danger now, call {emergency}.
    say not-marked
      if: not flagged feels-unsafe
      The team will get in touch.

    topic staying-safe
      flag: feels-unsafe
      words: i am scared
      If anyone is in danger now, call {emergency}.
    """

  @Test(arguments: [
    (["yes", "yes"], false),
    (["no", "yes"], true),
    (["yes", "I am scared", "yes"], true),
    (["I am scared", "yes", "yes"], true),
  ] as [([String], Bool)])
  func saysWhatHappensToAFlaggedDraft(_ typed: [String], _ marked: Bool) throws {
    let text = transcript(try inlineScript(Self.script), typed)
    #expect(text.contains("The team will see this first.") == marked, "\(text)")
    #expect(text.contains("The team will get in touch.") == !marked, "\(text)")
  }

  @Test func aFlagNobodyRaisesIsReported() throws {
    let (_, diagnostics) = ScriptLoader.load([SourceFile(path: "t.txt", text: """
      section a
      say x
        if: flagged never-raised
        Hello.
      """)])
    #expect(diagnostics.contains { $0.code == "E-UNKNOWN-FLAG" && $0.line == 3 })
  }
}
