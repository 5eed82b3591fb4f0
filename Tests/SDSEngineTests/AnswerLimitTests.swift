import SDSEngine
import Testing

/// An answer is too long by characters, by bytes or by combining marks, so nothing that passes here
/// can make a draft larger than the importer reads.
@Suite struct AnswerLimitTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var tooLong: Bool
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    .init(name: "2,000 letters", text: String(repeating: "a", count: 2_000), tooLong: false),
    .init(name: "2,001 letters", text: String(repeating: "a", count: 2_001), tooLong: true),
    .init(name: "2,000 Welsh letters with accents", text: String(repeating: "ŵ", count: 2_000), tooLong: false),
    .init(name: "2,000 Chinese characters", text: String(repeating: "家", count: 2_000), tooLong: false),
    .init(name: "2,000 emoji", text: String(repeating: "🌷", count: 2_000), tooLong: false),
    .init(name: "one letter with 700,000 combining marks", text: "a" + String(repeating: "\u{0301}", count: 700_000), tooLong: true),
    .init(name: "one letter with 2,001 combining marks", text: "a" + String(repeating: "\u{0301}", count: 2_001), tooLong: true),
    .init(name: "decomposed Welsh, one mark a letter", text: String(repeating: "w\u{0302}", count: 1_000), tooLong: false),
    .init(name: "long chains of joined emoji", text: String(repeating: "👩🏽‍🦰", count: 1_000), tooLong: true),
  ]

  @Test(arguments: cases)
  func tooLongCountsCharactersBytesAndMarks(_ example: Case) {
    #expect(InputSanitiser.isTooLong(example.text) == example.tooLong)
  }
}
