import Foundation
import SDSSession
import Testing
import TestSupport

/// Whole conversations with piped answers, in-process, against the golden transcripts the command line
/// shows: the demo, the shipped content under every nation's pack, and Welsh.
@Suite struct PipedTranscriptTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var golden: String
    var input: String
    var content: String
    var pack = "uk"
    var language: String?
    /// True when the golden holds only the start and the option section (see `excerpt`).
    var excerpt: String?
    var testDescription: String { golden }
  }

  static let cases: [Case] = [
    Case(golden: "piped-content-learn", input: "piped-content-learn", content: SessionHarness.shipped),
    Case(golden: "piped-content-stop", input: "piped-content-stop", content: SessionHarness.shipped),
    Case(golden: "piped-welsh", input: "piped-welsh", content: SessionHarness.demo, pack: "anytown", language: "cy"),
    Case(golden: "piped-welsh-faq", input: "piped-welsh-faq", content: SessionHarness.shipped, pack: "wales", language: "cy"),
  ] + ["uk", "england", "scotland", "wales", "northern-ireland", "example-council"].map {
    Case(golden: "nation-options-\($0)", input: "nation-options", content: SessionHarness.shipped, pack: $0, excerpt: "Lunch with my sister on Sundays")
  } + [
    Case(golden: "nation-options-wales.cy", input: "nation-options.cy", content: SessionHarness.shipped, pack: "wales", language: "cy",
         excerpt: "Cinio gyda fy chwaer ar ddydd Sul"),
  ]

  /// The start of the conversation (the welcome, up to the first answer) and the option section (the
  /// option-intro, the `options` topic typed at the option question, the answer). The questions in
  /// between are the same under every pack and are left out, so each golden shows what the pack changes.
  static func excerpt(_ output: String, after marker: String) -> String {
    let lines = output.components(separatedBy: "\n")
    let firstAnswer = lines.firstIndex { $0.hasPrefix("> ") } ?? lines.count - 1
    let options = lines.firstIndex(of: "> " + marker).map { $0 + 1 } ?? lines.count
    return (lines[...firstAnswer] + ["", "[... the questions between are left out ...]"] + lines[options...]).joined(separator: "\n")
  }

  @Test(arguments: cases)
  func matchesGolden(_ test: Case) throws {
    let run = SessionHarness.run(
      SessionHarness.options(content: test.content, pack: test.pack, language: test.language), input: try SessionHarness.read(test.input + ".input"))
    #expect(run.started, "\(run.error)")
    #expect(run.error.isEmpty, "\(run.error)")
    var text = run.output
    if let marker = test.excerpt {
      #expect(text.contains("> " + marker), "the input reached the last support question")
      text = Self.excerpt(text, after: marker)
    }
    if let mismatch = goldenMismatch(text, goldenPath: SessionHarness.golden + "/" + test.golden + ".txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
  }

  /// The demo, whose draft cannot be sent (the drop folder cannot exist): the person is told plainly, and
  /// the reason goes to staff on standard error, never to the screen.
  @Test func aDraftThatCannotBeSentIsToldToThePersonAndTheReasonToStaff() throws {
    let run = SessionHarness.run(SessionHarness.options(outbox: "/dev/null/outbox"), input: try SessionHarness.read("piped-demo.input"))
    if let mismatch = goldenMismatch(run.output, goldenPath: SessionHarness.golden + "/piped-demo.txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
    #expect(run.error.contains("sds: warning: "), "\(run.error)")
    #expect(run.error.contains("sds: the draft could not be sent: "), "\(run.error)")
    #expect(!run.output.contains("/dev/null"))
  }

  /// With a drop folder that works, the demo's draft is written to `new/` under the reference the person
  /// is given.
  @Test func aSentDraftIsInTheDropFolderUnderTheReferenceThePersonIsGiven() throws {
    let outbox = makeTemporaryFolder("sds-session-outbox")
    let run = SessionHarness.run(SessionHarness.options(outbox: outbox), input: try SessionHarness.read("piped-demo.input"))
    #expect(run.error.isEmpty, "\(run.error)")
    let reference = try #require(run.output.firstMatch(of: /Your reference is ([0-9A-Z-]+)\./).map { String($0.output.1) })
    let drafts = (try? FileManager.default.contentsOfDirectory(atPath: outbox + "/new")) ?? []
    #expect(drafts == ["\(reference).json"])
    let draft = try String(contentsOfFile: outbox + "/new/\(reference).json", encoding: .utf8)
    #expect(draft.contains("sds 0.0.0-test"), "the draft records the program that wrote it")
  }
}
