import SDSFAQ
import Testing

/// England and Wales have no numbered options, so their titles name the way itself ("What is a direct
/// payment?"), yet people who have heard of "option 1" still ask for it by number, in English and Welsh.
/// A keyword with a number weighs like a title word, so those questions still find their entry.
@Suite struct NumberedOptionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var welsh: Bool
    var nation: Nation
    var question: String
    var expected: String
    var testDescription: String { "\(welsh ? "cy" : "en") \(nation) \"\(question)\"" }
  }

  static let cases: [Case] = [
    .init(welsh: true, nation: .wales, question: "opsiwn 1?", expected: "option-1"),
    .init(welsh: true, nation: .wales, question: "opsiwn 3", expected: "option-3"),
    .init(welsh: true, nation: .wales, question: "opsiwn 4", expected: "option-4"),
    .init(welsh: false, nation: .wales, question: "option 1?", expected: "option-1"),
    .init(welsh: false, nation: .wales, question: "what is option 4", expected: "option-4"),
    .init(welsh: false, nation: .england, question: "option 1?", expected: "option-1"),
    .init(welsh: false, nation: .england, question: "option 3", expected: "option-3"),
  ]

  @Test(arguments: cases)
  func aNumberedQuestionFindsTheUnnumberedEntry(_ test: Case) throws {
    let library = test.welsh ? ShippedWelshFAQ.library : ShippedFAQ.library(test.nation)
    let title = try #require(library.entry(test.expected)?.title)
    let numbered = title.contains { $0.isNumber }
    #expect(!numbered, "\(title) still numbers the option")
    let found = library.match(test.question).matchedID
    #expect(found == test.expected, "found \(found ?? "nothing")")
  }
}
