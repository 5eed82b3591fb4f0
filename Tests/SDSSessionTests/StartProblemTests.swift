import Foundation
import SDSEngine
import SDSSession
import Testing
import TestSupport

/// Content that cannot start a conversation: the problem comes back as data, for staff, and nothing is
/// printed until the program chooses to.
@Suite struct StartProblemTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var content: String
    var pack = "uk"
    var language: String?
    /// What the message must say.
    var says: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    Case(name: "no content folder", content: "/nonexistent/place", says: "I looked in:\n  /nonexistent/place\nUse --content DIR or set SDS_CONTENT"),
    Case(name: "no such pack", content: SessionHarness.demo, pack: "nowhere", says: "there is no pack called 'nowhere'. The packs are: anytown, cymru, uk."),
    Case(name: "a language the pack does not offer", content: SessionHarness.demo, pack: "cymru", language: "fr",
         says: "the pack 'cymru' does not offer the language 'fr'."),
    Case(name: "hidden characters in a pack name", content: SessionHarness.demo, pack: "no\u{1B}[31mwhere", says: "there is no pack called 'no?[31mwhere'."),
  ]

  @Test(arguments: cases)
  func theProblemSaysWhatToDo(_ test: Case) {
    #expect(throws: StartProblem.self) {
      _ = try ConversationContent.load(content: test.content, pack: test.pack, language: test.language)
    }
    do {
      _ = try ConversationContent.load(content: test.content, pack: test.pack, language: test.language)
    } catch {
      #expect(error.message.contains(test.says), "\(error.message)")
      #expect(error.diagnostics.isEmpty)
    }
    // Setting up a session says it on standard error, and nothing on standard output.
    let run = SessionHarness.run(SessionHarness.options(content: test.content, pack: test.pack, language: test.language), input: "me\n")
    #expect(!run.started)
    #expect(run.output.isEmpty)
    #expect(run.error.contains(test.says), "\(run.error)")
  }

  /// A conversation with an error does not start; the problem carries every error, and staff see the
  /// first five under the message.
  @Test func contentWithErrorsCarriesEveryErrorAndStaffSeeTheFirstFive() throws {
    let folder = makeTemporaryFolder("sds-broken") + "/Content"
    try FileManager.default.createDirectory(atPath: folder + "/script", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: SessionHarness.demo + "/script/00-system.txt", toPath: folder + "/script/00-system.txt")
    let broken = (1...7).map { "ask q\($0) number\n  prompt: How many?\n" }.joined()
    try ("section a\n" + broken).write(toFile: folder + "/script/10-a.txt", atomically: true, encoding: .utf8)
    do {
      _ = try ConversationContent.load(content: folder, pack: "uk", language: nil)
      Issue.record("broken content loaded")
    } catch {
      #expect(error.message.contains("the conversation files have problems, so the assistant cannot start"))
      #expect(error.diagnostics.filter { $0.code == "E-UNKNOWN-KIND" }.count == 7, "\(error.diagnostics)")
      #expect(error.diagnostics.allSatisfy { $0.severity == .error })
    }
    let run = SessionHarness.run(SessionHarness.options(content: folder), input: "")
    #expect(!run.started)
    #expect(run.error.components(separatedBy: "E-UNKNOWN-KIND").count - 1 == 5, "\(run.error)")
  }

  /// A broken FAQ stops the assistant from starting too, like a broken conversation.
  @Test func aBrokenFAQStopsTheStart() throws {
    let folder = makeTemporaryFolder("sds-broken-faq") + "/Content"
    try FileManager.default.copyItem(atPath: SessionHarness.shipped, toPath: folder)
    try "faq broken\n  title: Broken?\n".write(toFile: folder + "/faq/99-broken.txt", atomically: true, encoding: .utf8)
    let content = try ConversationContent.load(content: folder, pack: "uk", language: nil)
    do {
      _ = try LoadedFAQ.adding(to: content)
      Issue.record("a broken FAQ was used")
    } catch {
      #expect(error.message.contains("the FAQ files have problems, so the assistant cannot start"))
      #expect(error.diagnostics.map(\.code) == ["E-FAQ-NO-ANSWER"], "\(error.diagnostics)")
      #expect(error.diagnostics.allSatisfy { $0.file.hasSuffix("99-broken.txt") })
    }
  }
}
