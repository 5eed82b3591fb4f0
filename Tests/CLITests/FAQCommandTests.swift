import Foundation
import Testing
import TestSupport

/// `sds faq`, and the FAQ in `sds check` and in the conversation, through the real binary.
@Suite struct FAQCommandTests {
  static let root = repositoryRoot()
  static let demo = root + "/Tests/SDSEngineTests/Fixtures/demo"

  /// A content folder with the demo conversation and the shipped FAQ, so the tests do not depend on the
  /// shipped conversation.
  static func contentWithFAQ(extra: [String: String] = [:]) throws -> String {
    let folder = makeTemporaryFolder("sds-faq")
    try FileManager.default.copyItem(atPath: demo + "/script", toPath: folder + "/script")
    try FileManager.default.copyItem(atPath: root + "/Content/faq", toPath: folder + "/faq")
    for (name, text) in extra { try text.write(toFile: folder + "/faq/" + name, atomically: true, encoding: .utf8) }
    return folder
  }

  static func json(_ line: Substring) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
  }

  @Test func aQuestionGetsItsAnswerInPlainText() throws {
    let result = try runSDS(["faq", "--content", try Self.contentWithFAQ(), "can i pay my daughter to look after me"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Can I pay or employ a family member to care for me?\n\nSometimes."))
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test func closeCallsAndNoMatchesArePlain() throws {
    let content = try Self.contentWithFAQ()
    let choose = try runSDS(["faq", "--content", content, "what about the money"])
    #expect(choose.stdout.hasPrefix("More than one answer might fit."))
    #expect(choose.stdout.contains("  1. What if I need help to manage the money? (managing-money-help)"))
    let unrelated = try runSDS(["faq", "--content", content, "what", "time", "does", "the", "library", "open"])
    #expect(unrelated.stdout.hasPrefix("I can only help with planning care and support"))
    let none = try runSDS(["faq", "--content", content, "how do i fill this in?"])
    #expect(none.stdout.hasPrefix("I do not have an answer to that question here."))
    #expect(none.stdout.contains("Type help"))
  }

  @Test func jsonForOneQuestionHasExactlyTheAgreedFields() throws {
    let result = try runSDS(["faq", "--json", "--content", try Self.contentWithFAQ(), "wat is a dp"])
    #expect(result.status == 0)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.count == 1)
    let object = try Self.json(lines[0])
    #expect(Set(object.keys) == ["match", "alternatives", "score"])
    #expect(object["match"] as? String == "option-1")
    #expect((object["alternatives"] as? [String]) == [])
    #expect(((object["score"] as? Double) ?? 0) > 0)
  }

  /// One question a line in, one object a line out, in order, whatever the lines hold.
  @Test func aBatchFromStandardInputGetsOneLineEach() throws {
    let questions = ["can i get respite", "what about the money", "whats the wifi password", "", "\u{1B}[2J carers assessment", "x"]
    let result = try runSDS(["faq", "--json", "--content", try Self.contentWithFAQ()], input: questions.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    let objects = try result.stdout.split(separator: "\n").map(Self.json)
    #expect(objects.count == questions.count)
    #expect(objects[0]["match"] as? String == "short-breaks")
    #expect(objects[1]["match"] is NSNull)
    #expect(((objects[1]["alternatives"] as? [String]) ?? []).count >= 2)
    #expect(objects[2]["match"] is NSNull && (objects[2]["alternatives"] as? [String]) == [])
    #expect(objects[3]["score"] as? Double == 0)
    #expect(objects[4]["match"] as? String == "carers-support")
  }

  @Test func theListHasEveryEntryWithTermsFilledIn() throws {
    let content = try Self.contentWithFAQ()
    let result = try runSDS(["faq", "--list", "--json", "--content", content])
    #expect(result.status == 0)
    let objects = try result.stdout.split(separator: "\n").map(Self.json)
    #expect(objects.count >= 40)
    for object in objects {
      #expect(Set(object.keys) == ["id", "title", "answer"])
      #expect(!((object["answer"] as? String) ?? "{").contains("{"))
    }
    #expect(objects.first?["id"] as? String == "what-is-sds")
    let plain = try runSDS(["faq", "--list", "--content", content])
    #expect(plain.stdout.split(separator: "\n").first == "what-is-sds: What is self-directed support?")
  }

  @Test func theNationChangesTheAnswer() throws {
    let content = try Self.contentWithFAQ()
    let scotland = try runSDS(["faq", "--nation", "scotland", "--content", content, "will i have to pay for my care"])
    #expect(scotland.stdout.contains("In Scotland, personal care is free"))
    let neutral = try runSDS(["faq", "--content", content, "will i have to pay for my care"])
    #expect(!neutral.stdout.contains("Scotland"))
  }

  struct UsageCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var stderrContains: String
    var testDescription: String { "sds " + arguments.joined(separator: " ") }
  }

  static let usageCases: [UsageCase] = [
    .init(arguments: ["faq"], stderrContains: "give a question"),
    .init(arguments: ["faq", "--list", "respite"], stderrContains: "use --list on its own"),
    .init(arguments: ["faq", "--nation", "mars", "respite"], stderrContains: "\"mars\" is not a nation"),
    .init(arguments: ["faq", "--colour", "respite"], stderrContains: "There is no option '--colour' for 'sds faq'."),
  ]

  @Test(arguments: usageCases)
  func usageMistakesExit64(_ test: UsageCase) throws {
    let result = try runSDS(test.arguments)
    #expect(result.status == 64)
    #expect(result.stderr.contains(test.stderrContains), "\(result.stderr)")
  }

  @Test func contentWithoutAnFAQFolderIsExplained() throws {
    let result = try runSDS(["faq", "--content", Self.demo, "respite"])
    #expect(result.status == 66)
    #expect(result.stderr.contains("there is no faq folder"))
  }

  /// `sds check` lists FAQ problems with the conversation's, in one compiler-style list, and counts them.
  @Test func checkReportsFAQProblemsAlongsideTheScripts() throws {
    let content = try Self.contentWithFAQ(extra: ["60-broken.txt": "faq broken\n  title: Is {counsil} open?\n"])
    try "section a\nask x text\n  prompt: Name?\n".write(toFile: content + "/script/20-extra.txt", atomically: true, encoding: .utf8)
    let result = try runSDS(["check", content])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.contains { $0.hasSuffix("faq/60-broken.txt:1:5: error E-FAQ-NO-ANSWER: The question \"broken\" has no answer for everyone. Add an answer: line. Lines like answer for scotland: only replace it for one nation.") })
    #expect(lines.contains { $0.contains("faq/60-broken.txt:2:13: error E-FAQ-UNKNOWN-NAME: \"{counsil}\" is not a term I know.") })
    #expect(lines.contains { $0.contains("script/20-extra.txt:2:5: warning W-NO-HELP") })
    #expect(result.stderr.contains("2 errors, 1 warning"))
  }

  /// Broken FAQ files stop the assistant from starting, as broken conversation files do.
  @Test func aBrokenFAQStopsTheConversationFromStarting() throws {
    let content = try Self.contentWithFAQ(extra: ["60-broken.txt": "faq broken\n  title: Broken?\n"])
    let result = try runSDS(["--content", content], input: "me\n")
    #expect(result.status == 66)
    #expect(result.stderr.contains("the FAQ files have problems"))
    #expect(result.stderr.contains("E-FAQ-NO-ANSWER"))
    #expect(result.stdout.isEmpty)
  }

  /// In the conversation a question at any prompt is answered, and the same question comes back.
  @Test func theConversationAnswersQuestions() throws {
    let result = try runSDS(["--content", try Self.contentWithFAQ()], input: "what is a dp?\nme\n")
    #expect(result.status == 0)
    #expect(result.stdout.contains("> what is a dp?\n\nWhat is Option 1, a direct payment?"))
    #expect(result.stdout.contains("Now, back to where we were.\n\nWho are you planning for?"))
    #expect(result.stdout.contains("> me\n\nWhat does a good day look like for you?"))
  }
}
