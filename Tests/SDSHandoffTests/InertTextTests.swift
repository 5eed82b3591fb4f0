import Foundation
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
    ("zero\u{200B}width\u{2060}joiner\u{00AD}soft", "zerowidthjoinersoft"),
    ("mongolian\u{180E}hangul\u{3164}\u{115F}\u{FFA0}fillers", "mongolianhangulfillers"),
    ("tags\u{E0001}\u{E0068}\u{E0069}\u{E007F}hidden", "tagshidden"),
  ]

  @Test(arguments: cases)
  func cleansWhatCouldActOnADisplay(_ example: (typed: String, shown: String)) {
    #expect(InertText.clean(example.typed) == example.shown)
  }

  @Test(arguments: ["\u{200B}", "\u{2060}", "\u{00AD}", "\u{180E}", "\u{3164}", "\u{E0041}", "\u{FEFF}", "\u{202E}", "\u{85}"])
  func theDraftWriterEscapesEveryHiddenCharacter(_ hidden: String) throws {
    let quoted = JSONWriter.quote("a" + hidden + "b")
    #expect(!quoted.unicodeScalars.contains { InertText.isHidden($0) })
    #expect(quoted.contains("\\u"))
    // A JSON reader gets back exactly what was written.
    let back = try JSONSerialization.jsonObject(with: Data(("[" + quoted + "]").utf8)) as? [String]
    #expect(back == ["a" + hidden + "b"])
  }

  @Test func oneLineAndShortKeepWordsOnOneLine() {
    #expect(InertText.oneLine("first\r\nsecond\rthird") == "first second third")
    #expect(InertText.short("a long answer about my garden", limit: 10) == "a long an…")
    #expect(InertText.short("short", limit: 10) == "short")
  }
}
