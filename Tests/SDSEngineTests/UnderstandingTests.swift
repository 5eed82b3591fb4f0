import SDSEngine
import Testing
@testable import SDSEngine

@Suite struct UnderstandingTests {
  static let words: [String: [String]] = [
    "yes": ["yes", "yeah", "yep", "y", "ok", "sure"],
    "no": ["no", "nope", "n", "not really"],
    "not-sure": ["not sure", "dont know", "dunno"],
  ]

  struct YesNoCase: Sendable, CustomTestStringConvertible {
    var input: String
    var allowsNotSure: Bool
    var expected: YesNo?
    var testDescription: String { "\"\(input)\" -> \(expected?.rawValue ?? "nil")" }
  }

  static let yesNoCases: [YesNoCase] = [
    .init(input: "Yes", allowsNotSure: false, expected: .yes),
    .init(input: "  YEAH!  ", allowsNotSure: false, expected: .yes),
    .init(input: "y", allowsNotSure: false, expected: .yes),
    .init(input: "yes please", allowsNotSure: false, expected: .yes),
    .init(input: "1", allowsNotSure: false, expected: .yes),
    .init(input: "nope", allowsNotSure: false, expected: .no),
    .init(input: "Not really.", allowsNotSure: false, expected: .no),
    .init(input: "2", allowsNotSure: false, expected: .no),
    .init(input: "don't know", allowsNotSure: true, expected: .notSure),
    .init(input: "Not sure", allowsNotSure: true, expected: .notSure),
    .init(input: "3", allowsNotSure: true, expected: .notSure),
    .init(input: "not sure", allowsNotSure: false, expected: nil),
    .init(input: "3", allowsNotSure: false, expected: nil),
    .init(input: "banana", allowsNotSure: true, expected: nil),
    .init(input: "yes no", allowsNotSure: false, expected: nil),
    .init(input: "", allowsNotSure: false, expected: nil),
  ]

  @Test(arguments: yesNoCases)
  func yesNo(_ test: YesNoCase) {
    #expect(Understanding.matchYesNo(test.input, words: Self.words, allowsNotSure: test.allowsNotSure) == test.expected)
  }

  struct ChoiceCase: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: String
    var testDescription: String { "\"\(input)\" -> \(expected)" }
  }

  static let labels = ["By phone", "By email", "By letter", "Through my carer"]
  static let aliases = [["telephone", "ring me"], ["e-mail"], ["post"], []]
  static let ids = ["phone", "email", "letter", "through-carer"]

  static let choiceCases: [ChoiceCase] = [
    .init(input: "1", expected: "one 0"),
    .init(input: "4", expected: "one 3"),
    .init(input: "5", expected: "none"),
    .init(input: "by EMAIL", expected: "one 1"),
    .init(input: "post", expected: "one 2"),
    .init(input: "please ring me", expected: "one 0"),
    .init(input: "phone", expected: "one 0"),
    .init(input: "carer", expected: "one 3"),
    .init(input: "email or letter", expected: "ambiguous 1,2"),
    .init(input: "by", expected: "ambiguous 0,1,2"),
    .init(input: "pigeon", expected: "none"),
    .init(input: "through-carer", expected: "one 3"),
  ]

  @Test(arguments: choiceCases)
  func choice(_ test: ChoiceCase) {
    let result = Understanding.matchChoice(test.input, labels: Self.labels, aliases: Self.aliases, ids: Self.ids, ignored: ["my", "or", "please"])
    let shown: String
    switch result {
    case .one(let index): shown = "one \(index)"
    case .ambiguous(let list): shown = list.isEmpty ? "ambiguous" : "ambiguous " + list.map(String.init).joined(separator: ",")
    case .none: shown = "none"
    }
    #expect(shown == test.expected)
  }

  @Test(arguments: [
    ("1, 3", ["1", "3"]), ("1 3 4", ["1", "3", "4"]), ("phone and post", ["phone", "post"]), ("email/letter", ["email", "letter"]), ("1", ["1"]),
  ])
  func severalChoices(input: String, parts: [String]) {
    #expect(Understanding.splitMany(input) == parts)
  }

  struct CleanCase: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: String
    var testDescription: String { expected }
  }

  static let cleanCases: [CleanCase] = [
    .init(input: "\u{1B}[31mred\u{1B}[0m", expected: "red"),
    .init(input: "a\u{1B}]0;evil title\u{07}b", expected: "ab"),
    .init(input: "a\u{1B}]8;;http://x\u{1B}\\link\u{1B}]8;;\u{1B}\\b", expected: "alinkb"),
    .init(input: "\u{1B}[2J\u{1B}[3Jwiped", expected: "wiped"),
    .init(input: "nul\u{0}byte", expected: "nulbyte"),
    .init(input: "bell\u{07} and \u{08}backspace", expected: "bell and backspace"),
    .init(input: "tab\there", expected: "tab here"),
    .init(input: "\u{202E}reversed\u{202C}", expected: "reversed"),
    .init(input: "c1\u{9B}31mcsi", expected: "c1csi"),
    .init(input: "  Café ☕ ", expected: "Café ☕"),
    .init(input: "\u{1B}cRIS", expected: "RIS"),
  ]

  @Test(arguments: cleanCases)
  func sanitiser(_ test: CleanCase) {
    #expect(InputSanitiser.clean(test.input) == test.expected)
  }

  @Test func normalisingIgnoresCaseSpacingAndPunctuation() {
    #expect(Understanding.normalise("  Don't   KNOW!! ") == "dont know")
    #expect(Understanding.normalise("e-mail") == "e mail")
  }
}
