@testable import SDSFAQ
import Testing

/// How a question is read before it is scored: short forms written out, slips in long words forgiven,
/// and the two examples issue 11 names.
@Suite struct QuestionReadingTests {
  /// "'ll" is written out as "will", so "I'll" is never read as "ill".
  static let contractions: [(String, String)] = [
    ("who'll help me", "who will help me"),
    ("I\u{2019}ll need help", "I will need help"),
    ("WE'LL see", "WE will see"),
    ("my carer's ill", "my carer's ill"),
    ("it's all fine", "it's all fine"),
    ("they'llbe", "they'llbe"),
    ("ends with '", "ends with '"),
  ]

  @Test(arguments: contractions)
  func willIsWrittenOut(_ typed: String, _ read: String) {
    #expect(QueryReader.expandingWill(typed) == read)
  }

  @Test func aContractionIsNotReadAsIllness() {
    let library = ShippedFAQ.neutral
    #expect(!library.explain("who'll come and help me").contains(" ill×"), "\(library.explain("who'll come and help me"))")
    #expect(library.explain("my carer is ill").contains("ill×"))
  }

  /// A long word with two slips is still known, when what was typed is long enough to tell.
  @Test(arguments: [("asesment", "assess"), ("adaptatons", "adapt"), ("assesmnt", "assess")])
  func twoSlipsInALongWordAreForgiven(_ typed: String, _ stem: String) {
    #expect(ShippedFAQ.neutral.explain("what about \(typed)").contains("\(stem)×0.8"), "\(ShippedFAQ.neutral.explain(typed))")
  }

  /// The README's example gets a direct answer; choosing who helps offers the entries that answer it.
  @Test func theIssueExamplesAreAnswered() {
    let library = ShippedFAQ.neutral
    #expect(library.match("can I pay my daughter?").matchedID == "pay-family")
    let choosing = library.match("can I choose who comes to help me?")
    #expect(choosing.matchedID == nil)
    #expect(Set(choosing.alternatives).isSuperset(of: ["personal-assistant", "option-1"]), "\(choosing)")
  }

  /// One subject word shared by many entries is a close call, not an answer.
  @Test func oneSharedWordOffersAChoice() {
    let match = ShippedFAQ.neutral.match("what about the money?")
    #expect(match.matchedID == nil && match.alternatives.count >= 2, "\(match)")
  }
}
