import Foundation
import Testing
import TestSupport
@testable import SDSEngine

/// The shipped words understand the everyday ways people say yes, no and not sure, most of all to
/// "Do you feel safe at home?", where a "no" that is not understood would hide that someone is at risk.
@Suite struct ShippedYesNoTests {
  static let words: [String: [String]] = {
    let path = repositoryRoot() + "/Content/script/00-system.txt"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return ScriptParser.parse([SourceFile(path: "00-system.txt", text: text)]).script.words
  }()

  struct Case: Sendable, CustomTestStringConvertible {
    var input: String
    var expected: YesNo?
    var testDescription: String { "\"\(input)\" -> \(expected?.rawValue ?? "not understood")" }
  }

  @Test(arguments: [
    Case(input: "i dont feel safe, my son shouts at me", expected: .no),
    Case(input: "I don't", expected: .no),
    Case(input: "not always", expected: .no),
    Case(input: "nah", expected: .no),
    Case(input: "never", expected: .no),
    Case(input: "No I don't", expected: .no),
    Case(input: "sometimes", expected: .notSure),
    Case(input: "I don't know", expected: .notSure),
    Case(input: "it depends", expected: .notSure),
    Case(input: "I'm not sure", expected: .notSure),
    Case(input: "yes I do", expected: .yes),
    Case(input: "of course", expected: .yes),
    Case(input: "i do", expected: .yes),
    Case(input: "I do not know", expected: .notSure),
  ])
  func understood(_ test: Case) {
    #expect(Understanding.matchYesNo(test.input, words: Self.words, allowsNotSure: true) == test.expected)
  }
}
