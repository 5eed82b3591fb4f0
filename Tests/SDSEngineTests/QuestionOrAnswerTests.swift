import SDSEngine
import Testing

/// A free-text answer that might be a question is never lost: the person is asked which it is, a
/// command still works, and a reply that is neither choice keeps their words as the answer.
@Suite struct QuestionOrAnswerTests {
  /// Knows one thing: money.
  struct MoneyFAQ: SideQuestionAnswering {
    func reply(to question: String) -> SideReply {
      question.lowercased().contains("money") ? .answer(id: "money", title: "Money", text: "About money.") : .noMatch(text: "I do not know.")
    }
    func reply(toEntry id: String) -> SideReply { .answer(id: id, title: "Money", text: "About money.") }
    func titles() -> [SideTitle] { [SideTitle(id: "money", title: "Money")] }
  }

  static let script = """
    section a
    ask bad-day text
      prompt: What does a bad day look like?
      help: Use your own words.
    ask most text
      prompt: What matters most?
      help: Use your own words.
    ask questions list
      optional
      no faq
      prompt: What would you like to ask?
      help: One question at a time.
    """

  static func run(_ lines: [String]) throws -> (said: String, answers: [String: String]) {
    var conversation = Conversation(engine: Engine(script: try inlineScript(Self.script), faq: MoneyFAQ()))
    var said = PlainTranscript.render(conversation.start())
    for line in lines { said += PlainTranscript.render(conversation.handle(.input(line))) }
    var answers: [String: String] = [:]
    for entry in conversation.record.entries { answers[entry.questionID] = entry.display }
    return (said, answers)
  }

  @Test func aLineThatOnlyStartsLikeAQuestionIsAnAnswerWhenTheFAQHasNothingToSay() throws {
    let (said, answers) = try Self.run(["When she gets confused", "Her garden"])
    #expect(!said.contains("Is that a question for me"))
    #expect(answers == ["bad-day": "When she gets confused", "most": "Her garden"])
  }

  @Test func aLineTheFAQCouldAnswerIsAskedAbout() throws {
    let (said, answers) = try Self.run(["When do I get the money", "1", "Running out of money", "2"])
    #expect(said.contains("About money."))
    #expect(answers["bad-day"] == "Running out of money")
  }

  @Test func neitherChoiceTwiceKeepsTheWordsAsTheAnswer() throws {
    let (said, answers) = try Self.run(["What about money?", "Her garden", "Her garden"])
    #expect(said.components(separatedBy: "Is that a question for me").count == 3)
    #expect(answers["bad-day"] == "What about money?")
    #expect(answers["most"] == nil, "what was typed at the wrong moment goes back in the line, not into an answer")
  }

  @Test func aCommandStillWorksAndTheChoiceIsAskedAgain() throws {
    let (said, answers) = try Self.run(["What about money?", "help", "2"])
    let afterHelp = try #require(said.range(of: "You can type these words at any question"))
    #expect(said[afterHelp.upperBound...].contains("Is that a question for me, or your answer?"))
    #expect(answers["bad-day"] == "What about money?")
  }

  @Test func aNoFAQQuestionTakesQuestionsAsAnswers() throws {
    let (said, answers) = try Self.run(["A", "B", "How much money will I get?", "Can my son help?", ""])
    #expect(!said.contains("Is that a question for me"))
    #expect(answers["questions"] == "How much money will I get?; Can my son help?")
  }
}
