import Foundation
import Testing
import TestSupport
@testable import SDSEngine

/// Answers are read the same way at every question: small slips, a choice with more words after it,
/// and a choice word inside a sentence that means something else. Read with the shipped word lists.
@Suite struct AnswerReadingTests {
  static let script: Script = {
    // The shipped content always loads; a failure shows up in ContentTranscriptTests too.
    (try? TranscriptHarness.loadScript(repositoryRoot() + "/Content").0) ?? Script()
  }()
  static var words: [String: [String]] { script.words }
  static var ignored: Set<String> { Set(words["ignore"] ?? []) }

  struct YesNoCase: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: AnswerReading.YesNoReading
    var allowsNotSure = true
    var okIsYes = false
    var testDescription: String { "\"\(input)\"" }
  }

  static let yesNoCases: [YesNoCase] = [
    .init(input: "yse", expected: .answer(.yes, note: nil)),
    .init(input: "Yes.", expected: .answer(.yes, note: nil)),
    .init(input: "yaeh", expected: .answer(.yes, note: nil)),
    .init(input: "not shure", expected: .answer(.notSure, note: nil)),
    .init(input: "dunno", expected: .answer(.notSure, note: nil)),
    .init(input: "no idea", expected: .answer(.notSure, note: nil)),
    .init(input: "I don't know", expected: .answer(.notSure, note: nil)),
    .init(input: "yes please, I need a break and help in the evenings", expected: .answer(.yes, note: "I need a break and help in the evenings")),
    .init(input: "not sure really, because of falling", expected: .answer(.notSure, note: "really, because of falling")),
    .init(input: "no thanks", expected: .answer(.no, note: nil)),
    // "ok" and "fine" are yes only where nothing else can be meant; elsewhere they are checked.
    .init(input: "ok", expected: .maybe(.yes)),
    .init(input: "fine", expected: .maybe(.yes)),
    .init(input: "ok", expected: .answer(.yes, note: nil), okIsYes: true),
    // Not slips: a different short word, both answers at once, a sentence, or not sure where it cannot be.
    .init(input: "yet", expected: .none),
    .init(input: "yes no", expected: .none),
    .init(input: "a bit, Jean is 81 herself", expected: .none),
    .init(input: "dunno", expected: .none, allowsNotSure: false),
    .init(input: "3", expected: .none, allowsNotSure: false),
  ]

  @Test(arguments: yesNoCases)
  func yesNo(_ test: YesNoCase) {
    #expect(AnswerReading.readYesNo(test.input, words: Self.words, allowsNotSure: test.allowsNotSure, okIsYes: test.okIsYes) == test.expected)
  }

  /// Every choice of every shipped choice question, typed with two letters of its longest word swapped,
  /// reads as that choice: "by phnoe", "opton 2" are understood at whichever question they are typed.
  @Test func aSlipInAnyChoiceOfAnyQuestionIsReadAsThatChoice() throws {
    var tried = 0
    var misread: [String] = []
    for question in Self.script.questions.values where question.kind == .choice || question.kind == .multi {
      let choices = Self.script.choices(of: question)
      let labels = choices.map { $0.label.render { _ in "your council" } }
      for (index, label) in labels.enumerated() {
        let parts = label.split(separator: " ").map(String.init)
        guard let longest = parts.filter({ $0.allSatisfy(\.isLetter) && $0.count >= 5 }).max(by: { $0.count < $1.count }) else { continue }
        var letters = Array(longest)
        letters.swapAt(1, 2)
        guard String(letters) != longest else { continue }
        let typed = parts.map { $0 == longest ? String(letters) : $0 }.joined(separator: " ")
        tried += 1
        let reading = AnswerReading.readChoice(typed, labels: labels, aliases: choices.map(\.aliases), ids: choices.map(\.id), ignored: Self.ignored)
        guard case .one(index, _) = reading else {
          misread.append("\(question.id): \"\(typed)\" read as \(reading)")
          continue
        }
      }
    }
    #expect(tried > 20)
    #expect(misread.isEmpty, "\(misread.joined(separator: "\n"))")
  }

  struct ChoiceCase: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: AnswerReading.ChoiceReading
    var testDescription: String { "\"\(input)\"" }
  }

  static let contactLabels = ["By phone", "By email", "By letter", "Through a carer or family member"]
  static let contactAliases = [["phone", "telephone", "call", "ring", "mobile", "text"], ["email", "e-mail", "mail"], ["letter", "post", "write"],
                               ["carer", "family", "through my carer", "through me", "me"]]

  static let choiceCases: [ChoiceCase] = [
    .init(input: "by phnoe", expected: .one(0, note: nil)),
    .init(input: "ring me", expected: .one(0, note: nil)),
    .init(input: "2", expected: .one(1, note: nil)),
    .init(input: "by phone, after 10 in the morning", expected: .one(0, note: "after 10 in the morning")),
    .init(input: "4 please", expected: .one(3, note: nil)),
    // A choice word inside a sentence that means something else is checked, not taken.
    .init(input: "my family cannot use a computer at all", expected: .maybe(3)),
    .init(input: "9", expected: .none),
  ]

  @Test(arguments: choiceCases)
  func contactChoice(_ test: ChoiceCase) {
    let reading = AnswerReading.readChoice(test.input, labels: Self.contactLabels, aliases: Self.contactAliases,
                                           ids: ["phone", "email", "letter", "through-carer"], ignored: Self.ignored)
    #expect(reading == test.expected)
  }

  @Test(arguments: [
    ("2 3 4 and 6", ["2", "3", "4", "6"]),
    ("1, 3 and 8", ["1", "3", "8"]),
    ("1 3", ["1", "3"]),
    ("home and family", ["home", "family"]),
  ])
  func numbersWithAndOrCommasAreSeveralChoices(_ input: String, _ parts: [String]) {
    #expect(AnswerReading.splitMany(input).map { AnswerReading.trimmed($0) } == parts)
  }

  @Test(arguments: [
    ("cooking, music and gardening", ["cooking", "music", "gardening"]),
    ("Pat, my friend, takes me shopping", ["Pat, my friend, takes me shopping"]),
    ("Can I change to a direct payment? How often will my plan be checked?", ["Can I change to a direct payment?", "How often will my plan be checked?"]),
    ("knitting", ["knitting"]),
  ])
  func oneLineHoldsSeveralThingsButASentenceStaysWhole(_ input: String, _ items: [String]) {
    #expect(AnswerReading.listItems(input) == items)
  }
}
