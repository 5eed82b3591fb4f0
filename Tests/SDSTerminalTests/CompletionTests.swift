import SDSEngine
import Testing
@testable import SDSTerminal

@Suite struct CompletionTests {
  static let prompt = Prompt(id: "who-for", kind: .choice, text: "Who are you planning for?", choices: [
    Choice(key: "1", id: "self", label: "Me"),
    Choice(key: "2", id: "carer", label: "Someone I help"),
    Choice(key: "3", id: "learn", label: "I just want to find out more"),
  ])
  static let commands = ["help", "help me", "back", "go back", "stop", "start again", "summary", "Help"]

  @Test func candidatesAreTheChoicesThenTheCommandsEachOnce() {
    #expect(Completion.candidates(for: Self.prompt, commandWords: Self.commands) == [
      "Me", "Someone I help", "I just want to find out more", "help", "help me", "back", "go back", "stop", "start again", "summary",
    ])
  }

  @Test func aMemorableWordCompletesNothing() {
    let secret = Prompt(id: "save-word", kind: .text, text: "Choose a word", secret: true)
    #expect(Completion.candidates(for: secret, commandWords: Self.commands).isEmpty)
  }

  @Test func candidatesAreSanitised() {
    let hostile = Prompt(id: "x", kind: .choice, text: "?", choices: [Choice(key: "1", id: "a", label: "Bad\u{1B}]0;title\u{07} label")])
    #expect(Completion.candidates(for: hostile, commandWords: []) == ["Bad label"])
  }

  struct MatchCase: Sendable, CustomTestStringConvertible {
    var typed: String
    var expected: [String]
    var testDescription: String { "'\(typed)'" }
  }

  static let matchCases: [MatchCase] = [
    .init(typed: "som", expected: ["Someone I help"]),
    .init(typed: "SOM", expected: ["Someone I help"]),
    .init(typed: "  som", expected: ["Someone I help"]),
    .init(typed: "s", expected: ["Someone I help", "stop", "start again", "summary"]),
    .init(typed: "st", expected: ["stop", "start again"]),
    .init(typed: "help ", expected: ["help me"]),
    .init(typed: "i just", expected: ["I just want to find out more"]),
    .init(typed: "/", expected: []),
    .init(typed: "~/", expected: []),
    .init(typed: "/etc/pa", expected: []),
    .init(typed: "zzz", expected: []),
  ]

  @Test(arguments: matchCases)
  func matchesWhatWasTypedSoFar(_ test: MatchCase) {
    let candidates = Completion.candidates(for: Self.prompt, commandWords: Self.commands)
    #expect(Completion.matches(for: test.typed, in: candidates) == test.expected)
  }

  @Test func anEmptyLineOffersEverything() {
    let candidates = Completion.candidates(for: Self.prompt, commandWords: Self.commands)
    #expect(Completion.matches(for: "", in: candidates) == candidates)
  }
}
