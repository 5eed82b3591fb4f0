@testable import SDSEngine
import Testing

/// The readability module against examples counted by hand.
@Suite struct ReadabilityTests {
  struct SyllableCase: Sendable, CustomTestStringConvertible {
    var word: String
    var syllables: Int
    var testDescription: String { "\(word) = \(syllables)" }
  }

  /// Words counted by hand, as said in British English. Grouped by the rule they test.
  static let syllableCases: [SyllableCase] = [
    // Short words and plain vowel groups.
    .init(word: "a", syllables: 1), .init(word: "the", syllables: 1), .init(word: "you", syllables: 1), .init(word: "yes", syllables: 1),
    .init(word: "help", syllables: 1), .init(word: "plan", syllables: 1), .init(word: "money", syllables: 2), .init(word: "answer", syllables: 2),
    .init(word: "support", syllables: 2), .init(word: "council", syllables: 2), .init(word: "important", syllables: 3),
    .init(word: "understand", syllables: 3), .init(word: "conversation", syllables: 4), .init(word: "communication", syllables: 5),
    // Silent final e, and consonant + "le".
    .init(word: "make", syllables: 1), .init(word: "care", syllables: 1), .init(word: "there", syllables: 1), .init(word: "these", syllables: 1),
    .init(word: "phone", syllables: 1), .init(word: "choose", syllables: 1), .init(word: "house", syllables: 1), .init(word: "because", syllables: 2),
    .init(word: "decide", syllables: 2), .init(word: "online", syllables: 2), .init(word: "type", syllables: 1), .init(word: "free", syllables: 1),
    .init(word: "true", syllables: 1), .init(word: "value", syllables: 2), .init(word: "table", syllables: 2), .init(word: "people", syllables: 2),
    .init(word: "simple", syllables: 2), .init(word: "able", syllables: 2), .init(word: "whole", syllables: 1), .init(word: "style", syllables: 1),
    .init(word: "centre", syllables: 2), .init(word: "centres", syllables: 2), .init(word: "more", syllables: 1), .init(word: "cares", syllables: 1),
    // "-es" and "-ed".
    .init(word: "makes", syllables: 1), .init(word: "times", syllables: 1), .init(word: "uses", syllables: 2), .init(word: "houses", syllables: 2),
    .init(word: "changes", syllables: 2), .init(word: "services", syllables: 3), .init(word: "tables", syllables: 2), .init(word: "goes", syllables: 1),
    .init(word: "used", syllables: 1), .init(word: "asked", syllables: 1), .init(word: "arranged", syllables: 2), .init(word: "wanted", syllables: 2),
    .init(word: "needed", syllables: 2), .init(word: "agreed", syllables: 2), .init(word: "handled", syllables: 2), .init(word: "called", syllables: 1),
    .init(word: "worried", syllables: 2), .init(word: "stayed", syllables: 1),
    // "y".
    .init(word: "my", syllables: 1), .init(word: "day", syllables: 1), .init(word: "they", syllables: 1), .init(word: "easy", syllables: 2),
    .init(word: "player", syllables: 2), .init(word: "happy", syllables: 2), .init(word: "every", syllables: 2),
    // Vowels that belong to two syllables, and "-ing" after a vowel.
    .init(word: "social", syllables: 2), .init(word: "financial", syllables: 3), .init(word: "media", syllables: 3), .init(word: "guardian", syllables: 3),
    .init(word: "guardianship", syllables: 4), .init(word: "option", syllables: 2), .init(word: "decision", syllables: 3), .init(word: "radio", syllables: 3),
    .init(word: "period", syllables: 3), .init(word: "violence", syllables: 3), .init(word: "previous", syllables: 3), .init(word: "million", syllables: 2),
    .init(word: "usual", syllables: 3), .init(word: "actually", syllables: 4), .init(word: "individual", syllables: 5), .init(word: "situation", syllables: 4),
    .init(word: "language", syllables: 2), .init(word: "equal", syllables: 2), .init(word: "quality", syllables: 3), .init(word: "question", syllables: 2),
    .init(word: "going", syllables: 2), .init(word: "doing", syllables: 2), .init(word: "trying", syllables: 2), .init(word: "saying", syllables: 2),
    .init(word: "making", syllables: 2), .init(word: "idea", syllables: 3), .init(word: "area", syllables: 3), .init(word: "really", syllables: 2),
    .init(word: "autism", syllables: 3),
    // A silent e before a suffix, and compounds.
    .init(word: "safely", syllables: 2), .init(word: "lonely", syllables: 2), .init(word: "completely", syllables: 3), .init(word: "statement", syllables: 2),
    .init(word: "arrangement", syllables: 3), .init(word: "management", syllables: 3), .init(word: "payment", syllables: 2), .init(word: "useful", syllables: 2),
    .init(word: "helpful", syllables: 2), .init(word: "careful", syllables: 2), .init(word: "homeless", syllables: 2), .init(word: "someone", syllables: 2),
    .init(word: "something", syllables: 2), .init(word: "sometimes", syllables: 2), .init(word: "somewhere", syllables: 2), .init(word: "likely", syllables: 2),
    .init(word: "carer", syllables: 2), .init(word: "carers", syllables: 2), .init(word: "caring", syllables: 2), .init(word: "homework", syllables: 2),
    // Apostrophes, hyphens, capitals, initials and numbers.
    .init(word: "don't", syllables: 1), .init(word: "Trust's", syllables: 1), .init(word: "person's", syllables: 2), .init(word: "Council", syllables: 2),
    .init(word: "self-directed", syllables: 4), .init(word: "out-of-hours", syllables: 3), .init(word: "UK", syllables: 2), .init(word: "NHS", syllables: 3),
    .init(word: "999", syllables: 3), .init(word: "10", syllables: 1), .init(word: "7", syllables: 2), .init(word: "28", syllables: 3), .init(word: "100", syllables: 3),
    .init(word: "0800", syllables: 7), .init(word: "café", syllables: 2),
  ]

  @Test(arguments: syllableCases)
  func syllables(_ test: SyllableCase) {
    #expect(Syllables.count(test.word) == test.syllables)
  }

  struct SentenceCase: Sendable, CustomTestStringConvertible {
    var text: String
    var sentences: [String]
    var testDescription: String { text }
  }

  static let sentenceCases: [SentenceCase] = [
    .init(text: "Hello. This is a test.", sentences: ["Hello.", "This is a test."]),
    .init(text: "Are you sure? Yes!", sentences: ["Are you sure?", "Yes!"]),
    .init(text: "For example: \"I want to go out.\" Then stop.", sentences: ["For example: \"I want to go out.\"", "Then stop."]),
    .init(text: "You can type:\n- help: see this list\n- back: go back", sentences: ["You can type:", "help: see this list", "back: go back"]),
    .init(text: "It costs 1.5 times more. Fine", sentences: ["It costs 1.5 times more.", "Fine"]),
    .init(text: "One.\n\nTwo", sentences: ["One.", "Two"]),
    .init(text: "  - \n...", sentences: []),
  ]

  @Test(arguments: sentenceCases)
  func sentences(_ test: SentenceCase) {
    #expect(Readability.sentences(in: test.text) == test.sentences)
  }

  struct ScoreCase: Sendable, CustomTestStringConvertible {
    var text: String
    var words: Int
    var sentences: Int
    var syllables: Int
    var longest: Int
    var questions: Int
    /// Flesch-Kincaid grade worked out by hand from the counts above.
    var grade: Double
    var testDescription: String { text }
  }

  static let scoreCases: [ScoreCase] = [
    // 4 words, 4 syllables: 0.39 × 4 + 11.8 × 1 − 15.59 = −2.23.
    .init(text: "What is your name?", words: 4, sentences: 1, syllables: 4, longest: 4, questions: 1, grade: -2.23),
    // who(1) helps(1) you(1) make(1) de-ci-sions(3): 5 words, 7 syllables: 1.95 + 16.52 − 15.59 = 2.88.
    .init(text: "Who helps you make decisions?", words: 5, sentences: 1, syllables: 7, longest: 5, questions: 1, grade: 2.88),
    // The cat sat. (3 words, 3 syllables) The dog ran off. (4 words, 4 syllables): 7 words, 2 sentences, 7 syllables:
    // 0.39 × 3.5 + 11.8 − 15.59 = −2.425.
    .init(text: "The cat sat. The dog ran off.", words: 7, sentences: 2, syllables: 7, longest: 4, questions: 0, grade: -2.425),
    // self-di-rect-ed(4) sup-port(2) means(1) you(1) choose(1) how(1) your(1) sup-port(2) is(1) ar-ranged(2):
    // 10 words, 16 syllables: 3.9 + 18.88 − 15.59 = 7.19.
    .init(text: "Self-directed support means you choose how your support is arranged.", words: 10, sentences: 1, syllables: 16, longest: 10, questions: 0, grade: 7.19),
    // Two questions, 3 + 4 words, 7 syllables (are you sure; do you want to) + "stop": 1 + ... counted: Are(1) you(1) sure(1)? Do(1) you(1) want(1) to(1) stop(1)?
    // 8 words, 2 sentences, 8 syllables: 0.39 × 4 + 11.8 − 15.59 = −2.23.
    .init(text: "Are you sure? Do you want to stop?", words: 8, sentences: 2, syllables: 8, longest: 5, questions: 2, grade: -2.23),
    // Call(1) 999(3) if(1) some-one(2) is(1) in(1) dan-ger(2) now(1): 8 words, 12 syllables: 3.12 + 17.7 − 15.59 = 5.23.
    .init(text: "Call 999 if someone is in danger now.", words: 8, sentences: 1, syllables: 12, longest: 8, questions: 0, grade: 5.23),
  ]

  @Test(arguments: scoreCases)
  func score(_ test: ScoreCase) {
    let score = Readability.score(test.text)
    #expect(score.words == test.words)
    #expect(score.sentences == test.sentences)
    #expect(score.syllables == test.syllables)
    #expect(score.longestSentenceWords == test.longest)
    #expect(score.questions == test.questions)
    #expect(abs(score.grade - test.grade) < 0.005, "grade \(score.grade)")
  }

  @Test func emptyTextScoresZeroAndNeverDividesByZero() {
    let score = Readability.score("")
    #expect(score.words == 0 && score.sentences == 0)
    #expect(score.grade == 0)
    #expect(score.readingEase == 100)
  }

  @Test func theLongestSentenceIsReportedAsWritten() {
    let score = Readability.score("Short one. This sentence is the longest one here by far. Done.")
    #expect(score.longestSentence == "This sentence is the longest one here by far.")
    #expect(score.longestSentenceWords == 9)
  }

  @Test func gradesAreShownWithOneDecimalPlace() {
    #expect(PlainLanguageReport.format(5.26) == "5.3")
    #expect(PlainLanguageReport.format(-2.23) == "-2.2")
    #expect(PlainLanguageReport.format(6) == "6.0")
    #expect(PlainLanguageReport.format(-0.04) == "0.0")
  }
}
