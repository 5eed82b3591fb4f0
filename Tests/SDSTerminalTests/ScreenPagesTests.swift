import Testing
@testable import SDSTerminal

/// Cutting a block taller than the terminal into screenfuls.
@Suite struct ScreenPagesTests {
  /// `count` numbered lines, each ending with a line break.
  static func lines(_ count: Int, from first: Int = 1) -> String {
    (first..<(first + count)).map { "line \($0)\n" }.joined()
  }

  static let question = "Who are you planning for?\n  1. Me\n  2. Someone I help\n\n"

  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var questionLines: Int
    var rows: Int
    var columns = 80
    var expected: [String]
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    .init(name: "what fits with the prompt line is not cut", text: lines(19) + question, questionLines: 4, rows: 24, expected: [lines(19) + question]),
    .init(name: "one row too many: the text, then the whole question", text: lines(20) + question, questionLines: 4, rows: 24,
          expected: [lines(20), question]),
    .init(name: "a screenful is the screen less the see-more row", text: lines(30) + question, questionLines: 4, rows: 24,
          expected: [lines(23), lines(7, from: 24) + question]),
    .init(name: "three screenfuls", text: lines(50) + question, questionLines: 4, rows: 24,
          expected: [lines(23), lines(23, from: 24), lines(4, from: 47) + question]),
    .init(name: "a later screenful does not start with blank lines", text: lines(23) + "\n\n" + lines(5, from: 24) + question, questionLines: 4, rows: 24,
          expected: [lines(23), lines(5, from: 24) + question]),
    .init(name: "a line wider than the terminal takes two rows", text: String(repeating: "x", count: 50) + "\n" + lines(5) + "> next\n", questionLines: 1, rows: 8, columns: 40,
          expected: [String(repeating: "x", count: 50) + "\n" + lines(5), "> next\n"]),
    .init(name: "a question taller than the screen is paged like the rest, so its start never scrolls away", text: lines(3) + lines(10, from: 100), questionLines: 10, rows: 6,
          expected: [lines(3) + lines(2, from: 100), lines(5, from: 102), lines(3, from: 107)]),
    .init(name: "a see-more is never followed by an empty screen", text: lines(10) + "\n\n", questionLines: 0, rows: 6,
          expected: [lines(5), lines(5, from: 6)]),
    .init(name: "with no question, the text alone is cut", text: lines(10), questionLines: 0, rows: 6,
          expected: [lines(5), lines(5, from: 6)]),
    .init(name: "a terminal too small to page is not paged", text: lines(10), questionLines: 0, rows: 1, expected: [lines(10)]),
  ]

  @Test(arguments: cases)
  func cuts(_ test: Case) {
    let pages = ScreenPages.split(test.text, questionLines: test.questionLines, rows: test.rows, columns: test.columns, moreRows: 1)
    #expect(pages == test.expected)
  }

  @Test(arguments: [(80, 24), (40, 24), (40, 10), (20, 6)])
  func everyScreenfulFitsAndNothingIsLost(columns: Int, rows: Int) {
    let words = (1...400).map { "word\($0)" }.joined(separator: " ")
    let question = TextWrapper.wrap(Self.question, width: columns)
    let text = TextWrapper.wrap(words, width: columns) + "\n\n" + question
    let questionLines = question.split(separator: "\n", omittingEmptySubsequences: false).count - 1
    let pages = ScreenPages.split(text, questionLines: questionLines, rows: rows, columns: columns, moreRows: 1)
    #expect(pages.count > 1)
    for page in pages.dropLast() { #expect(page.split(separator: "\n", omittingEmptySubsequences: false).count - 1 <= rows - 1) }
    #expect(pages.last?.split(separator: "\n", omittingEmptySubsequences: false).count ?? 99 <= rows)
    #expect(pages.last?.hasSuffix(question) == true)
    let split = { (text: String) in text.split(whereSeparator: { $0 == " " || $0 == "\n" }) }
    #expect(split(pages.joined()) == split(text))
  }

  @Test func escapeSequencesTakeNoRoom() {
    #expect(ScreenPages.rowsTaken(by: "\u{1B}[H\u{1B}[2J\u{1B}[3J" + String(repeating: "x", count: 80), columns: 80) == 1)
    #expect(ScreenPages.rowsTaken(by: "\u{1B}[1m" + String(repeating: "x", count: 40) + "\u{1B}[0m", columns: 40) == 1)
    #expect(ScreenPages.rowsTaken(by: "", columns: 40) == 1)
    #expect(ScreenPages.rowsTaken(by: String(repeating: "x", count: 81), columns: 80) == 2)
  }
}
