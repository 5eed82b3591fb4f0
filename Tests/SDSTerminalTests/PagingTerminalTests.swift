import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A block taller than the terminal comes a screenful at a time: the real binary in a pseudo-terminal.
@Suite(.serialized) struct PagingTerminalTests {
  /// The welcome is short: on a 24-line kiosk screen the kiosk's notice, the whole welcome and the first
  /// question fit at once, with no "Press Enter to see more" before anyone has been asked anything.
  @Test func aKioskAt80By24ShowsItsWholeWelcomeAndTheFirstQuestionOnOneScreen() throws {
    let terminal = try PTY.kiosk(columns: 80, rows: 24, content: PTY.shippedContent)
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.expect("  3. I only want to find out how it works"))
    let first = PTY.sinceLastClear(terminal.output)
    #expect(first.contains(PTY.welcome))
    #expect(first.contains("This is not for emergencies."))
    #expect(PTY.lineCount(first) <= 24, "\(first)")
    #expect(!first.contains(PTY.more))
    #expect(terminal.answer("me\r", expecting: "Is this a new plan, or a check on support you have now?"))
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

  /// The list of common questions is taller than a 24-line screen: it is paged, so its first lines
  /// (what to type) are seen before they could scroll away, and the list ends at the prompt.
  @Test func theCommonQuestionsListIsPagedOnA24LineScreen() throws {
    let terminal = try PTY.kiosk(columns: 80, rows: 24, content: PTY.shippedContent)
    #expect(terminal.waitFor(PTY.firstQuestion))
    let mark = terminal.mark
    #expect(terminal.answer("faq\r", expecting: PTY.more))
    let first = terminal.output(since: mark)
    #expect(first.contains("These are common questions."))
    #expect(PTY.lineCount(first) <= 24, "\(first)")
    let next = terminal.mark
    #expect(terminal.answer("\r", expecting: "How do I contact your council or Trust?"))
    #expect(terminal.waitFor("\r\n> ", since: next))
    #expect(PTY.lineCount(terminal.output(since: next)) <= 24)
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
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
