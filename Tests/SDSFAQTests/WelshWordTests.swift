@testable import SDSFAQ
import Testing

/// Welsh words as the matcher reads them: split at apostrophes, accents dropped, mutated forms meeting
/// their radical, a few endings taken off, and spelling slips forgiven the Welsh way.
@Suite struct WelshWordTests {
  @Test(arguments: [
    ("Sut mae'r ffôn?", ["sut", "mae", "r", "ffon"]),
    ("Beth yw'r 7 cam", ["beth", "yw", "r", "7", "cam"]),
    ("Dw i’n poeni am fy nhŷ", ["dw", "i", "n", "poeni", "am", "fy", "nhy"]),
    ("BUDD-DALIADAU", ["budd", "daliadau"]),
    ("Ŵyr ac wyres", ["wyr", "ac", "wyres"]),
  ])
  func splitting(text: String, words: [String]) {
    #expect(WordRules.welsh.words(text) == words)
  }

  /// A small library's words: the forms people type must meet the forms the answers use.
  static let vocabulary: Set<String> = [
    "cyllideb", "cymorth", "chymorth", "gofal", "talu", "taliad", "taliadau", "teulu", "tad", "mam", "budd", "brifo", "plant",
    "cynllun", "cynlluniau", "gofalwr", "gofalwyr", "gweithiwr", "gweithwyr", "gwaith", "pob", "dim", "tim", "llawer", "diogel",
    "gwyliau", "rhaid", "arian", "cymysgedd", "dod", "nod", "gallu", "cael",
  ]

  @Test(arguments: [
    // Soft, nasal and aspirate forms of one word.
    ("gyllideb", "cyllideb"), ("nghyllideb", "cyllideb"), ("chyllideb", "cyllideb"),
    ("gymorth", "cymorth"), ("nghymorth", "cymorth"), ("chymorth", "cymorth"),
    ("ofal", "gofal"), ("ngofal", "gofal"), ("dalu", "talu"), ("thalu", "talu"), ("nhalu", "talu"),
    ("deulu", "teulu"), ("nheulu", "teulu"), ("theulu", "teulu"), ("dad", "tad"), ("nhad", "tad"), ("fam", "mam"),
    ("fudd", "budd"), ("mudd", "budd"), ("frifo", "brifo"), ("mrifo", "brifo"), ("phlant", "plant"), ("mhlant", "plant"),
    ("bob", "pob"), ("mhob", "pob"), ("waith", "gwaith"), ("lawer", "llawer"), ("ddiogel", "diogel"), ("raid", "rhaid"),
    ("harian", "arian"), ("wyliau", "gwyliau"),
    // Endings.
    ("taliadau", "taliad"), ("daliadau", "taliad"), ("cynlluniau", "cynllun"), ("gofalwyr", "gofalwr"), ("gweithwyr", "gweithiwr"),
    ("gofalu", "gofal"), ("cymysgu", "cymysgedd"),
  ])
  func mutatedFormsMeetTheirRadical(typed: String, radical: String) {
    let stemmer = Stemmer(rules: .welsh, vocabulary: Self.vocabulary)
    #expect(stemmer.stem(typed) == stemmer.stem(radical), "\(typed) is \(stemmer.stem(typed)), \(radical) is \(stemmer.stem(radical))")
  }

  /// Words that look like mutated forms of other words, but are words of their own.
  @Test(arguments: [("dim", "tim"), ("ddim", "tim"), ("nod", "dod"), ("mam", "pam"), ("dal", "talu")])
  func wordsOfTheirOwnStayApart(word: String, other: String) {
    let stemmer = Stemmer(rules: .welsh, vocabulary: Self.vocabulary.union(["dal", "pam"]))
    #expect(stemmer.stem(word) != stemmer.stem(other))
  }

  @Test func welshLettersAndLooseSpelling() {
    #expect(WelshWords.letters("llawer")?.count == 5, "ll is one letter")
    #expect(WelshWords.letters("ddiogel")?.count == 6, "dd is one letter")
    #expect(WelshWords.letters("café") == nil)
    #expect(WelshWords.loose("lawer") == WelshWords.loose("llawer"))
    #expect(WelshWords.loose("diogel") == WelshWords.loose("ddiogel"))
    #expect(WelshWords.loose("cynllun") == WelshWords.loose("cinlun"))
    #expect(WelshWords.loose("ffon") == WelshWords.loose("fon"))
    #expect(WelshWords.loose("tal") == nil, "too short to guess")
    #expect(WelshWords.loose("gofal") != WelshWords.loose("cofal"))
  }

  /// English keeps its own rules: Porter's stemmer, apostrophes dropped.
  @Test func englishIsAsBefore() {
    #expect(WordRules.english.words("don't pay") == ["dont", "pay"])
    #expect(Stemmer(rules: .english).stem("payments") == "payment")
    #expect(WordRules.forLanguage("en") == .english && WordRules.forLanguage("cy") == .welsh && WordRules.forLanguage("gd") == .plain)
    #expect(WordRules.english.looseSpelling("benefits") == nil)
  }
}
