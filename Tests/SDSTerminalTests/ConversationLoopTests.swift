import Foundation
import SDSEngine
import SDSSession
import Testing
@testable import SDSTerminal

/// The front end's own behaviour, with a scripted keyboard and a hand-moved clock.
@Suite struct ConversationLoopTests {
  struct Run {
    var outcome: SessionOutcome
    var editor: FakeEditor
    var speaker: FakeSpeaker
    var driver: SessionDriver
    var screen: String { editor.screen }
  }

  private func run(_ steps: [FakeEditor.Step], idle: IdlePolicy? = nil, history: HistoryPolicy = .everything, speakTyping: Bool = false, home: Bool = true,
                   columns: Int = 80, rows: Int? = nil, pages: Bool = true, speech: Bool = true) -> Run {
    let clock = FakeClock()
    let editor = FakeEditor(steps, clock: clock)
    editor.columns = columns
    editor.rows = rows
    let speaker = FakeSpeaker()
    let settings = ConversationLoop<FakeEditor>.Settings(style: .plain, idle: idle, history: history, speakTyping: speakTyping, showTimeoutWords: home, pages: pages)
    let loop = ConversationLoop(editor: editor, wording: Wording(engine: Demo.engine), settings: settings, speaker: speech ? speaker : nil, clock: { clock.now })
    var driver = TestSession.offline()
    let outcome = loop.run(&driver)
    return Run(outcome: outcome, editor: editor, speaker: speaker, driver: driver)
  }

  @Test func ctrlCAsksAndEnterCarriesOnWithTheAnswersAndTheHalfTypedLineKept() {
    let result = run([.line("me"), .keys("A wa"), .ctrlC, .line(""), .line("lk in the park"), .line("summary"), .terminate])
    #expect(result.outcome == .terminated)
    #expect(result.screen.contains("Do you want to stop? Your answers will be cleared"))
    #expect(result.screen.contains("That is fine. Let us carry on."))
    #expect(result.editor.opened[3].prefill == "A wa")
    #expect(result.screen.contains("A good day: A walk in the park"))
    #expect(result.driver.conversation.state.answers["who-for"] == .choice("self"))
  }

  @Test func ctrlCThenYesStopsAndSaysSo() {
    let result = run([.line("me"), .ctrlC, .line("yes")])
    #expect(result.outcome == .stopped)
    #expect(result.screen.contains("You have stopped. Nothing was sent"))
  }

  @Test func afterSendingCtrlCNeverSaysNothingWasSent() {
    // The real hand-off into a drop folder: the draft goes, and the conversation asks about the reference.
    var steps: [FakeEditor.Step] = [.line("me"), .line("A walk"), .line(""), .line("yes"), .line("1"), .line("Shops"), .line("Ann"), .line(""), .line("yes")]
    steps += [.ctrlC, .line("yes")]
    let clock = FakeClock()
    let editor = FakeEditor(steps, clock: clock)
    let settings = ConversationLoop<FakeEditor>.Settings(style: .plain, idle: nil, history: .everything)
    let loop = ConversationLoop(editor: editor, wording: Wording(engine: Demo.engine), settings: settings, speaker: nil, clock: { clock.now })
    var (driver, outbox) = TestSession.delivering()
    let outcome = loop.run(&driver)
    let reference = Self.reference(in: editor.screen)
    #expect(TestSession.drafts(in: outbox) == ["\(reference).json"])
    #expect(editor.screen.contains("Your answers have been sent. Your reference is \(reference)."))
    #expect(editor.screen.contains("Your answers have already been sent."))
    #expect(!editor.screen.contains("Nothing was sent"))
    #expect(outcome == .ended(Ending(status: .sent)))
  }

  @Test func ctrlDOnAnEmptyLineAsksAndASecondCtrlDStops() {
    let stopped = run([.ctrlD, .ctrlD])
    #expect(stopped.outcome == .stopped)
    #expect(stopped.screen.contains("Do you want to stop?"))

    let carriedOn = run([.ctrlD, .line("no"), .line("me"), .terminate])
    #expect(carriedOn.outcome == .terminated)
    #expect(carriedOn.screen.contains("What does a good day look like for you?"))
  }

  @Test func ctrlCAtTheStopQuestionCarriesOn() {
    let result = run([.ctrlC, .ctrlC, .line("me"), .terminate])
    #expect(result.outcome == .terminated)
    #expect(result.screen.contains("That is fine. Let us carry on."))
    #expect(result.screen.contains("What does a good day look like for you?"))
  }

  @Test func nobodyTypingWarnsRemindsThenClearsEverything() {
    let result = run([.line("me"), .line("A private walk"), .wait(2_000)], idle: .kiosk)
    #expect(result.outcome == .timedOut)
    let warning = result.screen.range(of: "Are you still there?")
    let minute = result.screen.range(of: "cleared in 1 minute.")
    let thirty = result.screen.range(of: "cleared in 30 seconds.")
    let ten = result.screen.range(of: "cleared in 10 seconds.")
    #expect(result.screen.contains("they will be cleared in 2 minutes. Press Enter to carry on."))
    #expect(warning != nil && minute != nil && thirty != nil && ten != nil)
    if let warning, let minute, let thirty, let ten {
      #expect(warning.lowerBound < minute.lowerBound && minute.lowerBound < thirty.lowerBound && thirty.lowerBound < ten.lowerBound)
    }
    #expect(result.driver.conversation.state.answers.isEmpty)
    #expect(result.driver.conversation.state.ending?.status == .timeout)
    #expect(result.editor.forgetCount >= 1)
    // At home the screen is cleared and then the engine says what happened.
    let afterClear = result.screen.components(separatedBy: "\u{1B}[3J").last ?? ""
    #expect(afterClear.contains("your answers have been cleared"))
    #expect(!afterClear.contains("A private walk"))
  }

  @Test func aKioskShowsNothingAfterTheClearBecauseItStartsAgain() {
    let result = run([.line("me"), .wait(700)], idle: .kiosk, home: false)
    #expect(result.outcome == .timedOut)
    #expect(!result.screen.contains("\u{1B}[3J"))
    #expect(!result.screen.contains("your answers have been cleared"))
  }

  @Test func enterAfterTheWarningOnlyCarriesOnAndNeverAnswersTheQuestion() {
    // "Is there anything else we should call you?" is optional: an Enter that answered it would move on.
    let result = run([.line("me"), .line("A walk"), .wait(500), .line(""), .line("Bob"), .line("summary"), .terminate], idle: .kiosk)
    #expect(result.screen.contains("Are you still there?"))
    #expect(result.screen.contains("That is fine. Let us carry on.\n\nIs there anything else we should call you?"))
    #expect(result.screen.contains("Other names: Bob"))
  }

  @Test func aHalfTypedAnswerSurvivesTheWarning() {
    // Typing on after the warning puts it off; the Enter after that answers as usual.
    let result = run([.line("me"), .keys("A wa"), .wait(500), .keys("lk"), .line(""), .line("summary"), .terminate], idle: .kiosk)
    #expect(result.screen.contains("Are you still there?"))
    #expect(!result.screen.contains("That is fine. Let us carry on."))
    #expect(result.screen.contains("A good day: A walk"))
    // Keys typed fast reach the editor together with the Enter: still an answer, as typed.
    let burst = run([.line("me"), .keys("A wa"), .wait(500), .line("lk"), .line("summary"), .terminate], idle: .kiosk)
    #expect(!burst.screen.contains("That is fine. Let us carry on."))
    #expect(burst.screen.contains("A good day: A walk"))
  }

  @Test func enterAfterTheWarningKeepsTheHalfTypedAnswerInTheLineAndNeverSendsIt() {
    let result = run([.line("me"), .keys("I want to do my own sho"), .wait(500), .line(""), .line("p"), .line("summary"), .terminate], idle: .kiosk)
    #expect(result.screen.contains("Are you still there?"))
    #expect(result.screen.contains("That is fine. Let us carry on.\n\nWhat does a good day look like for you?\n\n> I want to do my own sho"))
    #expect(result.editor.opened[2].prefill == "I want to do my own sho")
    #expect(result.screen.contains("A good day: I want to do my own shop"))
    #expect(!result.screen.contains("A good day: I want to do my own sho\n"))
  }

  @Test func enterAfterTheWarningAtAMemorableWordKeepsNothingAndSendsNothing() {
    let result = run([.line("me"), .line("save"), .keys("marma"), .wait(500), .line(""), .line("marmalade"), .line("marmalade"), .terminate], idle: .kiosk)
    #expect(result.screen.contains("That is fine. Let us carry on."))
    let secret = result.editor.opened.filter(\.secret)
    // The word, the word again after the warning, and the word typed a second time to be sure.
    #expect(secret.count == 3 && secret.allSatisfy { $0.prefill == nil })
    #expect(!result.screen.contains("marma"))
    #expect(result.screen.contains("Your answers could not be saved just now."))
  }

  @Test func keyPressesPutTheWarningOffAsOftenAsNeeded() {
    let steps: [FakeEditor.Step] = [.line("me")] + Array(repeating: [.wait(470), .keys("a")], count: 5).flatMap { $0 } + [.line(""), .terminate]
    let result = run(steps, idle: .kiosk)
    #expect(result.outcome == .terminated)
    #expect(!result.screen.contains("Are you still there?"))
  }

  @Test func aMemorableWordIsNeverShownKeptOrSpoken() {
    let result = run([.line("me"), .line("save"), .line("marmalade"), .line("marmalade"), .terminate], speakTyping: true)
    let secretRequests = result.editor.opened.filter { $0.secret }
    let secretRequest = secretRequests.first
    #expect(secretRequests.count == 2, "the word and the word again are both hidden")
    #expect(secretRequest?.completions == [])
    #expect(result.screen.contains("What you type here will not be shown on the screen."))
    #expect(!result.screen.contains("marmalade"))
    #expect(result.editor.history == ["me", "save"])
    #expect(!result.speaker.spoken.contains { $0.contains("marmalade") })
    #expect(result.screen.contains("Your answers could not be saved just now."))
  }

  @Test func aKioskRemembersOnlyCommandWords() {
    let result = run([.line("me"), .line("help"), .line("A walk"), .line("repeat"), .terminate], history: .commandsOnly)
    #expect(result.editor.history == ["help", "repeat"])
  }

  @Test func speechReadsWhatTheAssistantSaysButNotWhatIsTyped() {
    let result = run([.line("me"), .line("repeat"), .terminate])
    #expect(result.speaker.spoken.first?.contains("Who are you planning for?") == true)
    #expect(!result.speaker.spoken.contains("me"))
    // repeat says the question again, so it is read again.
    #expect(result.speaker.spoken.last?.contains("What does a good day look like for you?") == true)
    #expect(result.speaker.spoken.filter { $0.contains("What does a good day look like for you?") }.count == 2)

    // Asked to, it reads the typing too, in the same block as the reply, so the reply never cuts it off.
    let typing = run([.line("me"), .terminate], speakTyping: true)
    #expect(typing.speaker.spoken.last?.hasPrefix("me\n\nWhat does a good day look like for you?") == true)
  }

  @Test func fasterAndSlowerChangeTheSpeedOfReadingAndAreNotAnswers() {
    let result = run([.line("faster"), .line("Faster"), .line("faster"), .line("slow down"), .line("me"), .terminate])
    #expect(result.speaker.rate == 1)
    // The first thing read tells the person how.
    #expect(result.speaker.spoken.first?.hasPrefix("To make the reading faster or slower, type faster or slower.") == true)
    #expect(result.screen.components(separatedBy: "I will read a little faster.").count - 1 == 2)
    #expect(result.screen.contains("This is as fast as I can read."))
    #expect(result.screen.contains("I will read a little slower."))
    // Each time, the same question again; the answer after them is the answer.
    #expect(result.driver.conversation.state.answers["who-for"] == .choice("self"))
    #expect(result.screen.components(separatedBy: "Who are you planning for?").count - 1 == 5)
  }

  @Test func withoutReadingAloudFasterIsAnOrdinaryAnswer() {
    let result = run([.line("me"), .line("faster"), .terminate], speech: false)
    #expect(!result.screen.contains("faster or slower"))
    #expect(!result.screen.contains("I will read"))
    #expect(result.driver.conversation.state.answers["good-day"] == .text("faster"))
  }

  @Test func repeatReadsTheLastBlockAgainNotOnlyTheQuestion() {
    let result = run([.line("me"), .line("help"), .line("repeat"), .terminate])
    let spoken = result.speaker.spoken
    #expect(spoken.count >= 2)
    // The help was read; repeat reads the same block, help and question, again.
    #expect(spoken.last?.contains("You can type these words at any question") == true, "\(spoken)")
    #expect(spoken.last == spoken.dropLast().last)
  }

  @Test func eachTurnIsReadAsOneBlockSoNothingCutsOffWhatCameBefore() {
    let result = run([.line("me"), .ctrlC, .line(""), .terminate])
    // The start, the answer's reply, the stop question, then "carry on" with the question again: one block each.
    #expect(result.speaker.spoken.count == 4)
    #expect(result.speaker.spoken[2].hasPrefix("Do you want to stop?"))
    #expect(result.speaker.spoken[3].hasPrefix("That is fine. Let us carry on.\n\nWhat does a good day look like for you?"))
  }

  @Test func tabCompletesTheChoicesOfTheQuestionAskedAndTheCommands() {
    let result = run([.line("me"), .terminate])
    let first = result.editor.opened[0].completions
    #expect(first.prefix(3) == ["Me", "Someone I help", "I just want to find out more"])
    #expect(first.contains("help") && first.contains("start again") && first.contains("stop"))
    let second = result.editor.opened[1].completions
    #expect(!second.contains("Me"))
    #expect(second.contains("help"))
  }

  // MARK: - A screenful at a time

  static let more = "Press Enter to see more."
  static let firstQuestionWhole = "Who are you planning for?\n  1. Me\n  2. Someone I help\n  3. I just want to find out more\n\n> "

  @Test func aBlockTallerThanTheScreenIsShownAScreenfulAtATimeAndTypingGoesOnToTheQuestion() {
    // help at the first question, on a terminal 40 by 12: three screenfuls. "Some" is typed at the first
    // "see more" prompt: it is not an answer, it waits in the line, and " I help" finishes it at the question.
    let result = run([.line("help"), .keys("Some"), .line(""), .line(""), .line(" I help"), .terminate], columns: 40, rows: 12, speech: false)
    let prompts = result.editor.opened.filter { $0.plainPrompt == Self.more + " " }
    #expect(prompts.map(\.prefill) == [nil, "Some"])
    #expect(result.editor.opened.last?.prefill == nil)
    let question = result.editor.opened[result.editor.opened.count - 2]
    #expect(question.plainPrompt == "> " && question.prefill == "Some")
    // The question comes whole after the last prompt, and the answer is the finished line.
    let last = result.screen.components(separatedBy: Self.more).last ?? ""
    #expect(last.contains(Self.firstQuestionWhole + "Some I help"))
    #expect(result.driver.conversation.state.answers["who-for"] == .choice("carer"))
    #expect(result.screen.contains("What name does the person you help like\nto be called?"))
    // Every screenful fits: at most 11 lines of text above each prompt.
    for screenful in result.screen.components(separatedBy: Self.more).dropFirst().dropLast() {
      #expect(screenful.split(separator: "\n", omittingEmptySubsequences: false).count - 1 <= 11, "\(screenful)")
    }
  }

  @Test func ctrlCAtSeeMoreThenCarryingOnShowsTheRestOfWhatWasSaid() {
    // help on a terminal 40 by 12 takes three screenfuls; Ctrl-C at the first "see more", then carry on.
    let result = run([.line("help"), .ctrlC, .line("no"), .line(""), .line(""), .line("me"), .terminate], columns: 40, rows: 12, speech: false)
    let afterCarryOn = result.screen.components(separatedBy: "That is fine. Let us carry on.").last ?? ""
    #expect(afterCarryOn.contains("- stop: stop now"), "\(afterCarryOn)")
    #expect(afterCarryOn.contains(Self.firstQuestionWhole))
    // The question comes once, at the end, not in the middle of the rest.
    #expect(afterCarryOn.components(separatedBy: "Who are you planning for?").count == 2, "\(afterCarryOn)")
    #expect(result.driver.conversation.state.answers["who-for"] == .choice("self"))
  }

  @Test func whatFitsIsNeverPagedAndPlainNeverPages() {
    let fits = run([.line("help"), .terminate], columns: 80, rows: 40)
    #expect(!fits.screen.contains(Self.more))
    let plain = run([.line("help"), .terminate], columns: 40, rows: 12, pages: false)
    #expect(!plain.screen.contains(Self.more))
    #expect(plain.screen.contains("- stop: stop now\n\n" + Self.firstQuestionWhole))
  }

  @Test func theIdleTimerRunsWhilePagingSoAPersonWhoWalksAwayIsCleared() {
    let result = run([.line("me"), .line("A private walk"), .line(""), .line("help"), .wait(2_000)], idle: .kiosk, columns: 40, rows: 12, speech: false)
    #expect(result.outcome == .timedOut)
    #expect(result.editor.opened.last?.plainPrompt == Self.more + " ")
    #expect(result.screen.contains("Are you still there?"))
    #expect(result.driver.conversation.state.answers.isEmpty)
    #expect(!(result.screen.components(separatedBy: "\u{1B}[3J").last ?? "").contains("A private walk"))
  }

  @Test func enterAtTheWarningUnderAScreenfulShowsThatScreenfulAgain() {
    let result = run([.line("help"), .wait(500), .line(""), .line(""), .line(""), .line("me"), .terminate], idle: .kiosk, columns: 40, rows: 12, speech: false)
    let prompts = result.editor.opened.filter { $0.plainPrompt == Self.more + " " }
    #expect(prompts.count == 3)
    #expect(result.screen.components(separatedBy: "You can type these words at any").count - 1 == 2)
    #expect(result.driver.conversation.state.answers["who-for"] == .choice("self"))
  }

  @Test func eachScreenfulIsReadAloudWithItsPrompt() {
    // The start is two screenfuls here (the hint about reading speed comes first); Enter shows the question.
    let result = run([.line(""), .line("help"), .line(""), .line(""), .terminate], columns: 40, rows: 12)
    #expect(result.speaker.spoken.count == 5, "\(result.speaker.spoken)")
    let paged = result.speaker.spoken.dropFirst(2)
    #expect(paged.count == 3)
    #expect(paged.prefix(2).allSatisfy { $0.hasSuffix(Self.more) })
    #expect(paged.last?.contains("Who are you planning for?") == true)
    #expect(paged.last?.contains(Self.more) == false)
  }

  // MARK: - The kiosk's last screen

  /// The reference the screen gives for a sent draft; empty when there is none.
  static func reference(in screen: String) -> String {
    screen.firstMatch(of: /Your reference is ([0-9A-Z-]+)\./).map { String($0.output.1) } ?? ""
  }

  private func kioskEnding(_ steps: [FakeEditor.Step]) -> (outcome: SessionOutcome, screen: String, spoken: [String], outbox: String) {
    let clock = FakeClock()
    let editor = FakeEditor(steps, clock: clock)
    let speaker = FakeSpeaker()
    let settings = ConversationLoop<FakeEditor>.Settings(style: .plain, idle: .kiosk, history: .commandsOnly, showTimeoutWords: false, clearsAtEnding: true)
    let loop = ConversationLoop(editor: editor, wording: Wording(engine: Demo.engine), settings: settings, speaker: speaker, clock: { clock.now })
    var (driver, outbox) = TestSession.delivering()
    let outcome = loop.run(&driver)
    loop.showClosingWords()
    loop.say("When you are ready, press Enter.")
    loop.flushScreen()
    loop.flushSpeech()
    return (outcome, editor.screen, speaker.spoken, outbox)
  }

  static let toTheCheck: [FakeEditor.Step] = [.line("me"), .line("A walk by the river"), .line("Bobby"), .line("yes"), .line("1"), .line("Shops"), .line("Ann"), .line("")]

  @Test func afterASendTheKioskScreenIsClearedAndShowsOnlyTheReferenceAndWhatComesNext() {
    let ending = kioskEnding(Self.toTheCheck + [.line("yes"), .line("yes")])
    let reference = Self.reference(in: ending.screen)
    #expect(TestSession.drafts(in: ending.outbox) == ["\(reference).json"])
    #expect(ending.outcome == .ended(Ending(status: .sent, reference: reference)))
    let last = ending.screen.components(separatedBy: "\u{1B}[H\u{1B}[2J\u{1B}[3J").last ?? ""
    let spelled = reference.map { $0 == "-" ? "dash" : String($0) }.joined(separator: " ")
    #expect(last == "Your answers have been sent. Your reference is \(reference).\n\nIt is: \(spelled).\n\nWhen you are ready, press Enter.\n\n")
    // Read aloud once, as one block: what is on the screen.
    #expect(ending.spoken.last == "Your answers have been sent. Your reference is \(reference).\n\nIt is: \(spelled).\n\nWhen you are ready, press Enter.")
    for typed in ["river", "Bobby", "Shops", "Ann"] { #expect(!last.contains(typed)) }
  }

  @Test(arguments: [[FakeEditor.Step.ctrlC, .line("yes")], [.line("stop"), .line("yes")]])
  func afterAStopTheKioskScreenShowsOnlyThatTheyStopped(stop: [FakeEditor.Step]) {
    let ending = kioskEnding([.line("me"), .line("A walk by the river"), .line("summary")] + stop)
    let last = ending.screen.components(separatedBy: "\u{1B}[H\u{1B}[2J\u{1B}[3J").last ?? ""
    #expect(last.hasPrefix("You have stopped. Nothing was sent"))
    #expect(last.hasSuffix("\n\nWhen you are ready, press Enter.\n\n"))
    #expect(!last.contains("river"))
  }

  @Test func ctrlCAfterSendingLeavesTheReference() {
    let ending = kioskEnding(Self.toTheCheck + [.line("yes"), .ctrlC, .line("yes")])
    #expect(ending.outcome == .ended(Ending(status: .sent)))
    let reference = Self.reference(in: ending.screen)
    #expect(TestSession.drafts(in: ending.outbox) == ["\(reference).json"])
    let last = ending.screen.components(separatedBy: "\u{1B}[H\u{1B}[2J\u{1B}[3J").last ?? ""
    #expect(last == "Your answers have been sent. Your reference is \(reference).\n\nWhen you are ready, press Enter.\n\n")
  }

  @Test func afterAResizeTextWrapsToTheNewWidth() {
    let result = run([.resize(40), .line("help"), .terminate])
    #expect(result.screen.contains("- change and a number: change that\n  answer, like change 2"))
    let wide = run([.line("help"), .terminate])
    #expect(wide.screen.contains("- change and a number: change that answer, like change 2"))
  }
}
