import SDSHandoff
import Testing

@Suite struct ReferenceTests {
  @Test func referencesAreGroupedFromTheUnambiguousAlphabet() {
    var random = SeededRandom(1)
    for _ in 0..<1_000 {
      let reference = Reference.random(using: &random)
      let text = reference.description
      #expect(text.count == 13)
      #expect(text.split(separator: "-").map(\.count) == [4, 4, 3])
      #expect(text.allSatisfy { $0 == "-" || Reference.alphabet.contains($0) })
      #expect(!text.contains { "0O1IL".contains($0) })
      #expect(try! Reference.parse(text) == reference)
    }
  }

  @Test func tenThousandRandomReferencesAreAllDifferent() {
    var random = SeededRandom(2)
    let references = (0..<10_000).map { _ in Reference.random(using: &random) }
    #expect(Set(references).count == references.count)
  }

  struct Typed: Sendable, CustomTestStringConvertible {
    var text: String
    var result: Result<String, ReferenceProblem>
    var testDescription: String { text.debugDescription }
  }

  static let typed: [Typed] = [
    .init(text: "K7QM-3XRT-VPZ", result: .success("K7QM-3XRT-VPZ")),
    .init(text: "k7qm3xrtvpz", result: .success("K7QM-3XRT-VPZ")),
    .init(text: " K7QM 3XRT VPZ ", result: .success("K7QM-3XRT-VPZ")),
    .init(text: "", result: .failure(.empty)),
    .init(text: "K7QM-3XRT-VP0", result: .failure(.unusedCharacters("0"))),
    .init(text: "KOQM-3XRT-VPI", result: .failure(.unusedCharacters("OI"))),
    .init(text: "K7QM-3XRT", result: .failure(.wrongLength(8))),
    .init(text: "K7QM-3XRT-VPZZ", result: .failure(.wrongLength(12))),
    .init(text: "K7QM-3XRT-VPY", result: .failure(.checkFailed)),
  ]

  @Test(arguments: typed)
  func typedReferences(_ test: Typed) {
    let result = Result { () throws(ReferenceProblem) -> String in try Reference.parse(test.text).description }
    switch (result, test.result) {
    case (.success(let got), .success(let want)): #expect(got == want)
    case (.failure(let got), .failure(let want)): #expect(got == want)
    default: Issue.record("\(test.text): got \(result), want \(test.result)")
    }
  }

  /// The check character catches every single wrong character and every swap of neighbours.
  @Test func everyTypoAndSwapIsCaught() throws {
    var random = SeededRandom(3)
    for _ in 0..<50 {
      let text = Array(Reference.random(using: &random).compact)
      for position in text.indices {
        for replacement in Reference.alphabet where replacement != text[position] {
          var typo = text
          typo[position] = replacement
          #expect(throws: ReferenceProblem.checkFailed) { try Reference.parse(String(typo)) }
        }
        if position + 1 < text.count, text[position] != text[position + 1] {
          var swapped = text
          swapped.swapAt(position, position + 1)
          #expect(throws: ReferenceProblem.checkFailed) { try Reference.parse(String(swapped)) }
        }
      }
    }
  }

  @Test func problemsSayWhatToDo() {
    #expect(ReferenceProblem.checkFailed.description.contains("looks mistyped"))
    #expect(ReferenceProblem.unusedCharacters("O").description.contains("no 0, O, 1, I or L"))
  }
}
