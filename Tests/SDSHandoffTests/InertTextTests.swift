import SDSHandoff
import Testing

/// Every export shows a draft's strings through InertText, so a key worker's screen, page or
/// spreadsheet never meets a hidden character or an escape sequence, and line breaks survive as line breaks.
@Suite struct InertTextTests {
  static let cases: [(typed: String, shown: String)] = [
    ("I like my garden", "I like my garden"),
    ("first line\r\nsecond line", "first line\nsecond line"),
    ("old mac\rline ends", "old mac\nline ends"),
    ("two\n\nparagraphs", "two\n\nparagraphs"),
    ("\r\n\r\n", "\n\n"),
    ("red \u{1B}[31mtext\u{1B}[0m here", "red text here"),
    ("title \u{1B}]0;pwned\u{07}set", "title set"),
    ("a\u{2028}b\u{2029}c", "a b c"),
    ("\u{FEFF}starts with a byte order mark", "starts with a byte order mark"),
    ("hidden\u{202E}reversed\u{200F}", "hiddenreversed"),
    ("nul\u{0}and del\u{7F}", "nuland del"),
    ("  spaces around  \n\tand a tab", "spaces around\nand a tab"),
    ("Gwen ap Llŷr, café, 家", "Gwen ap Llŷr, café, 家"),
  ]

  @Test(arguments: cases)
  func cleansWhatCouldActOnADisplay(_ example: (typed: String, shown: String)) {
    #expect(InertText.clean(example.typed) == example.shown)
  }

  @Test func oneLineAndShortKeepWordsOnOneLine() {
    #expect(InertText.oneLine("first\r\nsecond\rthird") == "first second third")
    #expect(InertText.short("a long answer about my garden", limit: 10) == "a long an…")
    #expect(InertText.short("short", limit: 10) == "short")
  }
}
