import SDSFAQ
import Testing

/// A person who says they may not be safe always gets the staying-safe answer, whatever else their words
/// seem to be about: "my carer" alone would point at employing a personal assistant.
@Suite struct SafetyMatchingTests {
  static let saysUnsafe = [
    "i'm frightened of my carer",
    "my son hits me when he wants money for drink",
    "the lady who comes to help me is hurting me",
    "im scared to be at home with him",
    "my neighbour threatened me, what do i do",
    "is there anyone to talk to if i'm being abused",
    "I'm afraid of the man who does my shopping",
  ]

  @Test(arguments: saysUnsafe)
  func getsTheStayingSafeAnswer(_ question: String) {
    #expect(ShippedFAQ.neutral.match(question).matchedID == "safeguarding")
  }

  /// Everyday questions that share words with the urgent list are not turned into safety answers.
  @Test(arguments: ["can i pay my daughter to care for me", "what is a direct payment", "who helps me make decisions"])
  func everydayQuestionsAreNotSafetyQuestions(_ question: String) {
    #expect(ShippedFAQ.neutral.match(question).matchedID != "safeguarding")
  }
}
