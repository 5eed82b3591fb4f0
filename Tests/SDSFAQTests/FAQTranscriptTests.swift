import Foundation
import SDSEngine
import SDSFAQ
import Testing
import TestSupport

/// Golden transcripts of questions asked in the middle of a conversation, with the real FAQ library
/// (Content/faq) and the engine's demo conversation: the answer, then the same question again, with
/// nothing the person had typed lost.
///
/// `NAME.input` holds what the person types, one line each (an empty line is Enter); `NAME.txt` is what
/// the assistant says, then the answers recorded. A name starting with a nation (`scotland-...`) uses
/// that nation's answers. Record with `RECORD_GOLDENS=1`.
@Suite struct FAQTranscriptTests {
  static let demo = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"
  static let golden = folder(of: #filePath) + "/Golden"

  static let cases: [String] = {
    let names = (try? FileManager.default.contentsOfDirectory(atPath: golden)) ?? []
    return names.filter { $0.hasSuffix(".input") }.map { String($0.dropLast(6)) }.sorted()
  }()

  /// The cases are read from a folder: with none found, the test below would pass without testing
  /// anything, so the folder must hold at least the 3 golden transcripts it holds today.
  @Test func theCasesAreFound() {
    #expect(Self.cases.count >= 3, "found \(Self.cases.count)")
  }

  @Test(arguments: cases)
  func transcriptMatchesGolden(name: String) throws {
    let (script, diagnostics) = ScriptLoader.load(try ShippedFAQ.files(Self.demo + "/script"))
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    let nation = Nation.allCases.first { name.hasPrefix($0.rawValue + "-") }
    let faq = FAQLibrary(content: ShippedFAQ.loaded.content, nation: nation, terms: script.terms)
    var conversation = Conversation(engine: Engine(script: script, faq: faq))
    var lines = try String(contentsOfFile: Self.golden + "/\(name).input", encoding: .utf8).components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }

    var transcript = PlainTranscript.render(conversation.start())
    for line in lines where conversation.state.ending == nil {
      transcript += PlainTranscript.echo(line)
      transcript += PlainTranscript.render(conversation.handle(.input(line)))
    }
    transcript += "--- record ---\n"
    for entry in conversation.record.entries { transcript += "\(entry.storeName ?? entry.questionID) = \(entry.display)\n" }
    if let mismatch = goldenMismatch(transcript, goldenPath: Self.golden + "/\(name).txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
  }

  @Test func thereAreTranscripts() {
    #expect(Self.cases.count >= 3)
  }
}
