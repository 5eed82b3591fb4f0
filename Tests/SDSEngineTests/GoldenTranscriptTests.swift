import Foundation
import SDSEngine
import Testing
import TestSupport

/// A tiny FAQ library for the tests: two entries, matched by a keyword.
struct FakeFAQ: SideQuestionAnswering {
  func reply(to question: String) -> SideReply {
    let words = question.lowercased()
    if words.contains("family") { return .answer(id: "pay-family", title: "Can I pay a family member?", text: "Sometimes. Ask your key worker.") }
    if words.contains("money") {
      return .choose([SideTitle(id: "option-1", title: "What is a direct payment?"), SideTitle(id: "paying-towards", title: "Will I pay towards my support?")])
    }
    return .noMatch(text: "I do not have an answer to that. Your key worker can help.")
  }
  func reply(toEntry id: String) -> SideReply {
    .answer(id: id, title: titles().first { $0.id == id }?.title ?? id, text: "This is the answer for \(id).")
  }
  func titles() -> [SideTitle] {
    [SideTitle(id: "option-1", title: "What is a direct payment?"), SideTitle(id: "paying-towards", title: "Will I pay towards my support?")]
  }
  func more(forEntry id: String) -> String? {
    id == "pay-family" ? "The rules are different in each part of the UK." : nil
  }
}

@Suite struct GoldenTranscriptTests {
  static let fixtures = folder(of: #filePath) + "/Fixtures/demo"
  static let golden = folder(of: #filePath) + "/Golden"

  /// Every `NAME.input` in Golden/ is a case; `NAME.txt` is what the assistant must say.
  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: golden)) ?? []
    return names.filter { $0.hasSuffix(".input") }.map { String($0.dropLast(6)) }.sorted()
  }()

  /// The cases are read from a folder: with none found, the test below would pass without testing
  /// anything, so the folder must hold at least the 16 golden transcripts it holds today.
  @Test func theCasesAreFound() {
    #expect(Self.cases.count >= 16, "found \(Self.cases.count)")
  }

  @Test(arguments: cases)
  func transcriptMatchesGolden(name: String) throws {
    let (script, diagnostics) = try TranscriptHarness.loadScript(Self.fixtures)
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    let faq: (any SideQuestionAnswering)? = name.hasPrefix("faq") ? FakeFAQ() : nil
    let harness = TranscriptHarness(engine: Engine(script: script, faq: faq))
    let input = try String(contentsOfFile: Self.golden + "/\(name).input", encoding: .utf8)
    var lines = input.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    let transcript = harness.run(inputLines: lines)
    if let mismatch = goldenMismatch(transcript, goldenPath: Self.golden + "/\(name).txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
  }

  @Test func thereAreGoldenTranscripts() {
    #expect(Self.cases.count >= 10)
  }
}
