import SDSEngine
import Testing
@testable import SDSTerminal

/// What the kiosk leaves on its cleared screen when a conversation ends.
@Suite struct ClosingWordsTests {
  static let record = Record(entries: [
    .init(questionID: "who-for", storeName: nil, prompt: "Who?", label: "Who", sectionID: "who", value: .choice("carer"), display: "Someone I help"),
    .init(questionID: "cared-name", storeName: nil, prompt: "Name?", label: "Name", sectionID: "who", value: .text("Joan"), display: "Joan"),
    .init(questionID: "good-day", storeName: nil, prompt: "Day?", label: "Day", sectionID: "about", value: .text("A walk by the river"), display: "A walk by the river"),
    .init(questionID: "helpers", storeName: nil, prompt: "Who helps?", label: "Helpers", sectionID: "about", value: .list(["Ann", "Bob"]), display: "Ann, Bob"),
    .init(questionID: "initial", storeName: nil, prompt: "Initial?", label: "Initial", sectionID: "about", value: .text("A"), display: "A"),
  ])

  static let sent = "Your answers have been sent.\nYour reference is K7M4-2QX9. Write it down."
  static let nextSteps = "What happens next:\n- A social worker will read it.\n- They will go through it with Joan.\n- Joan's worker may ask more."

  @Test func afterASendTheReferenceAndWhatHappensNextStayButNotTheAnswers() {
    var closing = ClosingWords()
    closing.note([.say("Here are your answers.\n1. Name: Joan"), .ask(Prompt(id: "check-answers", kind: .confirm, text: "Right?"))], sentBefore: false)
    #expect(closing.blocks.isEmpty)
    closing.note([.send(Self.record), .say(Self.sent), .ask(Prompt(id: "spell", kind: .yesno, text: "Spell it?"))], sentBefore: false)
    closing.note([.say("It is: K 7 M 4 dash 2 Q X 9."), .say(Self.nextSteps), .say("That is the end."), .end(Ending(status: .sent, reference: "K7M4-2QX9"))], sentBefore: true)
    #expect(closing.blocks == [Self.sent, "It is: K 7 M 4 dash 2 Q X 9.", "What happens next:\n- A social worker will read it.", "That is the end."])
  }

  @Test func aFailedSendIsNotAnEnding() {
    var closing = ClosingWords()
    closing.note([.send(Self.record), .say("Your answers could not be sent."), .ask(Prompt(id: "send-retry", kind: .yesno, text: "Try again?"))], sentBefore: false)
    #expect(closing.blocks.isEmpty)
  }

  @Test func afterAStopOnlyTheStoppedWords() {
    var typed = ClosingWords()
    typed.note([.say("Here are your answers.\n1. Name: Joan"), .ask(Prompt(id: "good-day", kind: .text, text: "Day?"))], sentBefore: false)
    typed.note([.say("You have stopped. Nothing was sent."), .end(Ending(status: .stopped))], sentBefore: false)
    #expect(typed.blocks == ["You have stopped. Nothing was sent."])
    var ctrlC = ClosingWords()
    ctrlC.stopped("You have stopped.")
    #expect(ctrlC.blocks == ["You have stopped."])
  }

  @Test func ownWordsAreMatchedAsWholeWordsInAnyCase() {
    var closing = ClosingWords()
    closing.note([.send(Self.record), .say(Self.sent)], sentBefore: false)
    closing.note([.say("Annual review.\nANN will call.\nBob's plan.\nA plan.\nBobby waves."), .end(Ending(status: .sent))], sentBefore: true)
    // "Ann" is not in "Annual"; one letter ("A") is too short to count.
    #expect(closing.blocks.last == "Annual review.\nA plan.\nBobby waves.")
  }
}
