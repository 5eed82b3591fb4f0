@testable import SDSFAQ
import Testing

/// The word tools the matcher stands on: Porter's stemmer and the spelling distance.
@Suite struct WordTests {
  /// Pairs from the examples in Porter's 1980 paper, plus words the FAQ depends on.
  static let stems: [(String, String)] = [
    ("caresses", "caress"), ("ponies", "poni"), ("ties", "ti"), ("caress", "caress"), ("cats", "cat"),
    ("feed", "feed"), ("agreed", "agre"), ("plastered", "plaster"), ("bled", "bled"), ("motoring", "motor"),
    ("sing", "sing"), ("conflated", "conflat"), ("troubled", "troubl"), ("sized", "size"), ("hopping", "hop"),
    ("tanned", "tan"), ("falling", "fall"), ("hissing", "hiss"), ("fizzed", "fizz"), ("failing", "fail"),
    ("filing", "file"), ("happy", "happi"), ("sky", "sky"), ("relational", "relat"), ("conditional", "condit"),
    ("rational", "ration"), ("valenci", "valenc"), ("digitizer", "digit"), ("conformabli", "conform"),
    ("radicalli", "radic"), ("differentli", "differ"), ("vileli", "vile"), ("analogousli", "analog"),
    ("vietnamization", "vietnam"), ("predication", "predic"), ("operator", "oper"), ("feudalism", "feudal"),
    ("decisiveness", "decis"), ("hopefulness", "hope"), ("callousness", "callous"), ("formaliti", "formal"),
    ("sensitiviti", "sensit"), ("sensibiliti", "sensibl"), ("triplicate", "triplic"), ("formative", "form"),
    ("formalize", "formal"), ("electriciti", "electr"), ("electrical", "electr"), ("hopeful", "hope"),
    ("goodness", "good"), ("revival", "reviv"), ("allowance", "allow"), ("inference", "infer"),
    ("airliner", "airlin"), ("gyroscopic", "gyroscop"), ("adjustable", "adjust"), ("defensible", "defens"),
    ("irritant", "irrit"), ("replacement", "replac"), ("adjustment", "adjust"), ("dependent", "depend"),
    ("adoption", "adopt"), ("homologou", "homolog"), ("communism", "commun"), ("activate", "activ"),
    ("angulariti", "angular"), ("homologous", "homolog"), ("effective", "effect"), ("bowdlerize", "bowdler"),
    ("probate", "probat"), ("rate", "rate"), ("cease", "ceas"), ("controll", "control"), ("roll", "roll"),
    ("generalizations", "gener"), ("oscillators", "oscil"),
    // Words people use about care: the forms of one word meet.
    ("payments", "payment"), ("paying", "pai"), ("pay", "pai"), ("assessment", "assess"), ("assessed", "assess"),
    ("carers", "carer"), ("caring", "care"), ("budgets", "budget"),
    // Short and non-English words are left alone.
    ("pa", "pa"), ("dp", "dp"), ("café", "café"),
  ]

  @Test(arguments: stems)
  func porterStems(word: String, stem: String) {
    #expect(PorterStemmer.stem(word) == stem)
  }

  struct DistanceCase: Sendable {
    var a: String
    var b: String
    var limit: Int
    var distance: Int?
  }

  static let distances: [DistanceCase] = [
    .init(a: "benefits", b: "benefits", limit: 1, distance: 0),
    .init(a: "benifits", b: "benefits", limit: 1, distance: 1),
    .init(a: "paymnet", b: "payment", limit: 1, distance: 1),  // two letters swapped
    .init(a: "asessment", b: "assessment", limit: 2, distance: 1),
    .init(a: "adaptions", b: "adaptations", limit: 2, distance: 2),
    .init(a: "complane", b: "complain", limit: 2, distance: 2),
    .init(a: "weather", b: "whether", limit: 1, distance: nil),
    .init(a: "library", b: "liberty", limit: 1, distance: nil),
    .init(a: "", b: "abc", limit: 3, distance: 3),
  ]

  @Test(arguments: distances)
  func spellingDistance(_ test: DistanceCase) {
    #expect(EditDistance.distance(Array(test.a.utf8), Array(test.b.utf8), limit: test.limit) == test.distance)
  }
}
