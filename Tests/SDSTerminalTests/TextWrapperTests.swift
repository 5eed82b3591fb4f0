import Testing
@testable import SDSTerminal

@Suite struct TextWrapperTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var width: Int
    var expected: String
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    .init(name: "short line unchanged", text: "Who are you planning for?", width: 40, expected: "Who are you planning for?"),
    .init(name: "wraps between words", text: "Hello. This is a short practice conversation.", width: 20,
          expected: "Hello. This is a\nshort practice\nconversation."),
    .init(name: "exact fit stays on one line", text: "abcd efgh", width: 9, expected: "abcd efgh"),
    .init(name: "keeps line breaks and blank lines", text: "one two three\n\nfour five six", width: 8,
          expected: "one two\nthree\n\nfour\nfive six"),
    .init(name: "list item hangs under its words", text: "- change and a number: change that answer, like change 2", width: 40,
          expected: "- change and a number: change that\n  answer, like change 2"),
    .init(name: "numbered choice hangs under its label", text: "  3. I just want to find out more about it", width: 24,
          expected: "  3. I just want to find\n     out more about it"),
    .init(name: "a long word is never broken", text: "see https://www.example.org/a/very/long/address today", width: 20,
          expected: "see\nhttps://www.example.org/a/very/long/address\ntoday"),
    .init(name: "wide characters take two columns", text: "日本語 日本語 日本語", width: 14, expected: "日本語 日本語\n日本語"),
  ]

  @Test(arguments: cases)
  func wraps(_ test: Case) {
    #expect(TextWrapper.wrap(test.text, width: test.width) == test.expected)
  }

  @Test(arguments: [(nil, 80), (200, 80), (81, 80), (80, 80), (40, 40), (33, 33), (5, 10), (0, 80)] as [(Int?, Int)])
  func widthIsTheTerminalsButNeverMoreThan80(columns: Int?, expected: Int) {
    #expect(TextWrapper.width(forColumns: columns) == expected)
  }

  /// Whatever the width, wrapping only changes spaces into line breaks: no word is lost, broken or added,
  /// and no line is longer than the width unless it is one long word.
  @Test(arguments: [10, 17, 25, 40, 61, 80])
  func losesNothingAndBreaksNoWord(width: Int) {
    let text = """
      Your answers have been sent. Your reference is K7M4-2QX9. Please write it down, and keep it safe.

      - help: see this list
      - change and a number: change that answer, like change 2
        1. Looking after myself day to day, with washing, dressing and meals
      """
    let wrapped = TextWrapper.wrap(text, width: width)
    #expect(words(wrapped) == words(text))
    for line in wrapped.split(separator: "\n") where TextWrapper.displayWidth(line) > width {
      #expect(!String(line).trimmingSpaces().contains(" "), "line longer than \(width): \(line)")
    }
  }

  private func words(_ text: String) -> [Substring] {
    text.split(whereSeparator: { $0 == " " || $0 == "\n" })
  }
}
