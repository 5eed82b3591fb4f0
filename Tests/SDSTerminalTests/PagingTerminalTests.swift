import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A block taller than the terminal comes a screenful at a time: the real binary in a pseudo-terminal.
@Suite(.serialized) struct PagingTerminalTests {
  @Test func aKioskAt80By24ShowsItsWelcomeAScreenfulAtATimeAndTypingThereIsKept() throws {
    let terminal = try PTY.kiosk(columns: 80, rows: 24, content: PTY.shippedContent)
    #expect(terminal.expect(PTY.more))
    // The first screenful starts with the kiosk's own notice, fits the screen, and holds no question yet.
    let first = PTY.sinceLastClear(terminal.output)
    #expect(first.contains(PTY.welcome))
    #expect(PTY.lineCount(first) <= 24, "\(first)")
    #expect(!first.contains(PTY.firstQuestion))
    // Typing at the prompt is neither lost nor taken as an answer: it waits in the question's line.
    #expect(terminal.answer("me", expecting: "me"))
    #expect(terminal.output.hasSuffix(PTY.more + " me"))
    let mark = terminal.mark
    #expect(terminal.answer("\r", expecting: "  3. I only want to find out how it works\r\n\r\n> me"))
    let last = terminal.output(since: mark)
    #expect(last.contains(PTY.firstQuestion + "\r\n  1. Me\r\n"), "the question comes whole")
    #expect(PTY.lineCount(last) <= 24)
    #expect(!last.contains("Is this a new plan"))
    #expect(terminal.answer("\r", expecting: "Is this a new plan, or a check on support you have now?"))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  @Test func aPersonWhoWalksAwayInTheMiddleIsStillCleared() throws {
    let terminal = try PTY.kiosk(["--idle-warn", "1", "--idle-wipe", "3"], content: PTY.shippedContent)
    #expect(terminal.expect(PTY.more))
    #expect(terminal.expect("Are you still there?"))
    #expect(terminal.expect(PTY.cleared))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  static let toTheCheck: [(String, String)] = [
    ("me\r", "good day"), ("A walk in the park\r", "anything else"), ("\r", "feel safe"), ("yes\r", "Which parts of life"),
    ("1, 3\r", "\"Looking after myself\"?"), ("Get to the shops on my own\r", "\"Seeing people\"?"), ("See my grandson\r", "Who helps you now?"),
    ("Ann\r", "Type another name"),
  ]

  @Test func theAnswersReadBackAt40ColumnsComeAScreenfulAtATime() throws {
    let terminal = try PTY.start([], columns: 40, rows: 24)
    #expect(terminal.expect(PTY.firstQuestion))
    for (keys, next) in Self.toTheCheck { #expect(terminal.answer(keys, expecting: next), "\(keys)") }
    let mark = terminal.mark
    #expect(terminal.answer("\r", expecting: PTY.more))
    let first = terminal.output(since: mark)
    #expect(first.contains("Here are your answers."))
    #expect(!first.contains("Are these answers right?"))
    #expect(PTY.lineCount(first) <= 24)
    #expect(terminal.answer("\r", expecting: "type a number to change one.\r\n\r\n> "))
    #expect(terminal.answer("yes\r", expecting: "Would you like the reference"))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
    let lines = terminal.output.replacingOccurrences(of: "\u{1B}[?2004h", with: "").replacingOccurrences(of: "\u{1B}[?2004l", with: "")
      .components(separatedBy: "\r\n")
    for line in lines where !line.hasPrefix("> ") && !line.hasPrefix(PTY.more) { #expect(line.count <= 40, "\(line)") }
  }

  @Test func plainNeverPauses() throws {
    let terminal = try PTY.start(["--plain"], columns: 40, rows: 24)
    #expect(terminal.expect(PTY.firstQuestion))
    for (keys, next) in Self.toTheCheck { #expect(terminal.answer(keys, expecting: next), "\(keys)") }
    #expect(terminal.answer("\r", expecting: "type a number to change one.\r\n\r\n> "))
    #expect(!terminal.output.contains(PTY.more))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }
}
