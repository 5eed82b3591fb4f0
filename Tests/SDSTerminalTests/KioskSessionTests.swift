import Foundation
import SDSEngine
import SDSSession
import Testing
import TestSupport
@testable import SDSTerminal

/// The kiosk's conversation in-process: the program's session driver with the real hand-off, a scripted
/// keyboard, and a clock the test moves, so the idle timers take no real time.
@Suite struct KioskSessionTests {
  static let clear = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

  /// The shipped conversation, loaded as the program loads it, under the neutral pack.
  static let shipped: Engine = {
    let content = try? ConversationContent.load(content: repositoryRoot() + "/Content", pack: "uk", language: nil)
    return content.map { Engine(languages: $0.languages, initial: $0.language) } ?? Engine(script: Script())
  }()

  struct Run {
    var outcome: SessionOutcome
    var editor: FakeEditor
    var loop: ConversationLoop<FakeEditor>
    var driver: SessionDriver
    var outbox: String
    var screen: String { editor.screen }
    /// The screen since it and its scrollback were last cleared.
    var lastScreen: String { screen.components(separatedBy: KioskSessionTests.clear).last ?? "" }
  }

  /// Runs one kiosk conversation as `sds kiosk` does (its idle policy, history, paging and clearing) on an
  /// 80 by 24 terminal.
  private func kiosk(_ steps: [FakeEditor.Step], engine: Engine = Demo.engine, rows: Int? = 24) -> Run {
    let clock = FakeClock()
    let editor = FakeEditor(steps, clock: clock)
    editor.rows = rows
    let settings = ConversationLoop<FakeEditor>.Settings(
      style: .plain, idle: .kiosk, history: .commandsOnly, showTimeoutWords: false, pages: true, clearsAtEnding: true)
    let loop = ConversationLoop(editor: editor, wording: Wording(engine: engine), settings: settings, speaker: nil, clock: { clock.now })
    var (driver, outbox) = TestSession.delivering(engine)
    let outcome = loop.run(&driver)
    loop.flushScreen()
    return Run(outcome: outcome, editor: editor, loop: loop, driver: driver, outbox: outbox)
  }

  static let toTheCheck: [FakeEditor.Step] = [
    .line("me"), .line("A walk in the park"), .line("Bobby"), .line("yes"), .line("1, 3"), .line("Get to the shops on my own"),
    .line("See my grandson"), .line("Ann"), .line(""),
  ]

  /// As soon as the draft is sent, before the question about spelling out the reference, the screen and
  /// its scrollback are cleared: a person who walks away then leaves none of their answers behind.
  @Test func theAnswersLeaveTheScreenBeforeTheReferenceQuestion() {
    let run = kiosk(Self.toTheCheck + [.line("yes")])
    let reference = ConversationLoopTests.reference(in: run.screen)
    #expect(TestSession.drafts(in: run.outbox) == ["\(reference).json"])
    #expect(run.lastScreen.contains("Your reference is \(reference)"), "\(run.lastScreen)")
    #expect(run.lastScreen.contains("Would you like the reference spelled out?"))
    for typed in ["walk", "park", "Bobby", "grandson", "Ann", "Here are your answers"] {
      #expect(!run.lastScreen.contains(typed), "\(typed) is still on the screen while the reference question waits")
    }
  }

  /// The shipped welcome is taller than the screen; a person who walks away part way through is still
  /// warned and cleared, and nothing they typed is kept.
  @Test func aPersonWhoWalksAwayInTheMiddleOfTheShippedConversationIsCleared() {
    let run = kiosk([.line("me"), .wait(2_000)], engine: Self.shipped)
    #expect(run.outcome == .timedOut)
    #expect(run.screen.contains("Is this a new plan"))
    #expect(run.screen.contains("Are you still there?"))
    #expect(run.loop.someoneTyped)
    #expect(run.driver.conversation.state.answers.isEmpty)
    #expect(run.editor.history.isEmpty)
    #expect(TestSession.drafts(in: run.outbox).isEmpty)
  }

  /// When nobody typed anything before the wipe, the kiosk knows nobody was here, so the next welcome does
  /// not say that someone's answers were cleared.
  @Test func aWelcomeNobodyAnsweredTimesOutWithNobodyHavingTyped() {
    let run = kiosk([.wait(2_000)])
    #expect(run.outcome == .timedOut)
    #expect(run.screen.contains("Are you still there?"))
    #expect(!run.loop.someoneTyped)
  }

  /// Ctrl-C, or typing stop, then yes: the conversation stops and nothing is sent.
  @Test(arguments: [[FakeEditor.Step.ctrlC, .line("yes")], [.line("stop"), .line("yes")]])
  func aStopSendsNothing(stop: [FakeEditor.Step]) {
    let run = kiosk([.line("me"), .line("A walk in the park")] + stop)
    #expect(run.outcome == .stopped || run.outcome == .ended(Ending(status: .stopped)), "\(run.outcome)")
    #expect(TestSession.drafts(in: run.outbox).isEmpty)
    #expect(!run.screen.contains("Your reference is"))
  }
}
