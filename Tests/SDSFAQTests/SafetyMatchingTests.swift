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
    // Money taken or stolen is harm too, though it names no fear.
    "my nephew keeps taking my money",
    "the woman next door stole my bank card",
    "someone is stealing from my dad",
  ]

  @Test(arguments: saysUnsafe)
  func getsTheStayingSafeAnswer(_ question: String) {
    #expect(ShippedFAQ.neutral.match(question).matchedID == "safeguarding")
  }

  /// The same in Welsh, with the mutated forms people write ("fy mrifo", "fy nharo", "ddim yn ddiogel"),
  /// and English urgent words typed in a Welsh conversation.
  static let saysUnsafeInWelsh = [
    "mae gen i ofn fy ngofalwr",
    "dw i'n ofnus o'r dyn sy'n dod i helpu",
    "mae'r ddynes sy'n dod yma yn fy mrifo",
    "mae fy mab yn fy nharo i pan mae e isio arian",
    "mae'n fy mygwth i",
    "dw i'n cael fy ngham-drin gartref",
    "mae rhywun yn camdrin fy mam",
    "dw i ddim yn ddiogel adre",
    "dydw i ddim yn teimlo'n ddiogel efo fo",
    "dw i'n meddwl bod fy nhad mewn perygl",
    "dw i'n meddwl bod fy nghymydog yn dwyn fy arian",
    "mae hi'n cymryd fy mhres bob wythnos",
    "I'm frightened of him",
  ]

  @Test(arguments: saysUnsafeInWelsh)
  func getsTheStayingSafeAnswerInWelsh(_ question: String) {
    #expect(ShippedWelshFAQ.library.match(question).matchedID == "safeguarding")
  }

  @Test(arguments: ["alla i dalu fy merch i ofalu amdana i", "beth yw taliad uniongyrchol", "pwy sy'n fy helpu i benderfynu", "ydy fy nata i'n ddiogel"])
  func everydayWelshQuestionsAreNotSafetyQuestions(_ question: String) {
    #expect(ShippedWelshFAQ.library.match(question).matchedID != "safeguarding")
  }

  /// Everyday questions that share words with the urgent list are not turned into safety answers.
  @Test(arguments: [
    "can i pay my daughter to care for me", "what is a direct payment", "who helps me make decisions",
    "will my pension be taken into account", "who takes the money for my care",
  ])
  func everydayQuestionsAreNotSafetyQuestions(_ question: String) {
    #expect(ShippedFAQ.neutral.match(question).matchedID != "safeguarding")
  }
}
