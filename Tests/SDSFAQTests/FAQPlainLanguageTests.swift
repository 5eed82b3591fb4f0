import SDSEngine
import SDSFAQ
import Testing

/// The shipped FAQ is held to the same plain-language limits as the conversation: every answer reads at
/// grade 6 or below (about age 11 at most, aiming for 9), grade 5 on average, no sentence over 25 words,
/// and an answer is three to six sentences. Checked for every nation's wording.
@Suite struct FAQPlainLanguageTests {
  struct Piece: Sendable, CustomStringConvertible {
    var owner: String
    var text: String
    var description: String { owner }
  }

  /// Every answer and "more" text a person can see, in the neutral wording and each nation's.
  static let pieces: [Piece] = {
    var pieces: [Piece] = []
    for nation in [nil] + Nation.allCases.map(Optional.some) {
      let library = ShippedFAQ.library(nation)
      for entry in library.entries {
        let label = "\(entry.id) (\(nation?.rawValue ?? "uk"))"
        pieces.append(Piece(owner: label + " answer", text: entry.answer))
        if let more = entry.more { pieces.append(Piece(owner: label + " more", text: more)) }
      }
    }
    return pieces
  }()

  @Test func everyAnswerReadsAtGradeSixOrBelow() {
    let hard = Self.pieces.map { ($0, Readability.score($0.text)) }.filter { $0.1.grade > 6.0 }
    #expect(hard.isEmpty, "\(hard.map { "\($0.0.owner): grade \(String(format: "%.1f", $0.1.grade))" })")
  }

  @Test func theAnswersAverageGradeFiveOrBelow() {
    let grades = Self.pieces.map { max(0, Readability.score($0.text).grade) }
    let average = grades.reduce(0, +) / Double(max(1, grades.count))
    print("FAQ readability: \(grades.count) texts, average grade \(String(format: "%.2f", average)), worst \(String(format: "%.1f", grades.max() ?? 0))")
    #expect(average <= 5.0)
  }

  @Test func noSentenceIsLongerThanTwentyFiveWords() {
    let long = Self.pieces.map { ($0, Readability.score($0.text)) }.filter { $0.1.longestSentenceWords > 25 }
    #expect(long.isEmpty, "\(long.map { "\($0.0.owner): \($0.1.longestSentence)" })")
  }

  /// A numbered or bulleted list (the 7 steps) counts as one sentence: it is read as one thing.
  @Test func everyAnswerIsThreeToSixSentences() {
    func sentences(_ text: String) -> Int {
      let lines = text.split(separator: "\n")
      let listed = lines.filter { line in line.hasPrefix("- ") || (line.first?.isNumber == true && line.contains(". ")) }
      let prose = lines.filter { line in !listed.contains(line) }.joined(separator: "\n")
      return Readability.sentences(in: prose).count + (listed.isEmpty ? 0 : 1)
    }
    let odd = Self.pieces.filter { $0.owner.hasSuffix(" answer") }.map { ($0, sentences($0.text)) }
      .filter { !(3...6).contains($0.1) }
    #expect(odd.isEmpty, "\(odd.map { "\($0.0.owner): \($0.1) sentences" })")
  }
}
