import Foundation
import SDSEngine
import Testing
import TestSupport
@testable import SDSTerminal

/// A whole conversation at 40 columns (an 80-column terminal at 200% zoom): no text lost, no word broken.
@Suite struct NarrowTranscriptTests {
  static let input = repositoryRoot() + "/Tests/CLITests/Golden/piped-demo.input"
  static let golden = folder(of: #filePath) + "/Golden/demo-40-columns.txt"

  /// The conversation from the piped demo's answers, rendered by `render`, with each answer after "> ".
  private func transcript(_ render: ([Output]) -> String) throws -> String {
    let lines = try String(contentsOfFile: Self.input, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false).dropLast()
    var conversation = TestSession.offline()
    var text = render(conversation.start())
    for line in lines {
      text += PlainTranscript.echo(String(line))
      text += render(conversation.handle(.input(String(line))))
    }
    return text
  }

  @Test func matchesTheGoldenTranscript() throws {
    let narrow = try transcript(ScreenRenderer(width: 40, style: .plain).render)
    if let mismatch = goldenMismatch(narrow, goldenPath: Self.golden) { Issue.record(Comment(rawValue: mismatch)) }
  }

  @Test func losesNoTextAndBreaksNoWord() throws {
    let narrow = try transcript(ScreenRenderer(width: 40, style: .plain).render)
    let unwrapped = try transcript(PlainTranscript.render)
    let words = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }
    #expect(words(narrow) == words(unwrapped))
    #expect(narrow.contains("- skip: leave out a question you do not\n  have to answer"))
    for line in narrow.split(separator: "\n") {
      #expect(TextWrapper.displayWidth(line) <= 40, "\(line)")
    }
  }
}
