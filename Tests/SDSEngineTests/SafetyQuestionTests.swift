import SDSEngine
import Testing

/// Questions typed to the FAQ that tell of harm are heard by the safety listener, the one list of such
/// words, in English and Welsh; everyday questions that share words with harm are not.
@Suite struct SafetyQuestionTests {
  static let saysUnsafe = [
    "i'm frightened of my carer",
    "my son hits me when he wants money for drink",
    "the lady who comes to help me is hurting me",
    "im scared to be at home with him",
    "my neighbour threatened me, what do i do",
    "is there anyone to talk to if i'm being abused",
    "I'm afraid of the man who does my shopping",
    "my nephew keeps taking my money",
    "the woman next door stole my bank card",
    "someone is stealing from my dad",
  ]

  static let saysUnsafeInWelsh = [
    "mae gen i ofn fy ngofalwr",
    "mae'r ddynes sy'n dod yma yn fy mrifo",
    "mae fy mab yn fy nharo i pan mae e isio arian",
    "mae'n fy mygwth i",
    "dw i'n cael fy ngham-drin gartref",
    "dw i ddim yn ddiogel adre",
    "dydw i ddim yn teimlo'n ddiogel efo fo",
    "mae hi'n cymryd fy mhres bob wythnos",
  ]

  @Test(arguments: saysUnsafe + saysUnsafeInWelsh)
  func isHeard(_ question: String) {
    #expect(!SafetyAccuracyTests.listener.hear(question).isEmpty, "\(question)")
  }

  @Test(arguments: [
    "can i pay my daughter to care for me", "what is a direct payment", "who helps me make decisions",
    "will my pension be taken into account", "who takes the money for my care",
    "alla i dalu fy merch i ofalu amdana i", "beth yw taliad uniongyrchol", "pwy sy'n fy helpu i benderfynu", "ydy fy nata i'n ddiogel",
  ])
  func everydayQuestionsAreNotHeard(_ question: String) {
    #expect(SafetyAccuracyTests.listener.hear(question).isEmpty, "\(question)")
  }
}
