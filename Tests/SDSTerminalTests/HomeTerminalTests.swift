import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `sds` on a terminal at home: the real binary in a pseudo-terminal.
@Suite(.serialized) struct HomeTerminalTests {
  @Test func readlineEditsTheLineAndUpBringsBackAnEarlierLine() throws {
    let terminal = try PTY.start([])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    // Type, go back two characters, insert, go to the start, insert, rub out a mistake at the end.
    #expect(terminal.answer("walk in the prk\u{1B}[D\u{1B}[Da\u{01}A \u{05}xx\u{7F}\u{7F}\r", expecting: PTY.otherNames))
    #expect(terminal.answer("summary\r", expecting: "2. A good day: A walk in the park"))
    // Up brings back "summary", only from this conversation's memory.
    let mark = terminal.mark
    terminal.send("\u{1B}[A\r")
    #expect(terminal.waitFor("2. A good day: A walk in the park", since: mark))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  /// Backspace rubs out a whole letter, even when the environment names no locale.
  @Test(arguments: ["C.UTF-8", nil] as [String?])
  func lettersOfMoreThanOneByteEditWhole(lang: String?) throws {
    var environment = PTY.environment()
    environment["LANG"] = lang
    let terminal = try PTY.start([], environment: environment)
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    #expect(terminal.answer("Siân's cafè\u{7F}e 😊\r", expecting: PTY.otherNames))
    #expect(terminal.answer("summary\r", expecting: "2. A good day: Siân's cafe 😊"))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  @Test(arguments: [false, true])
  func tabCompletesChoicesAndCommandsButNeverFileNames(kiosk: Bool) throws {
    let terminal = try kiosk ? PTY.kiosk() : PTY.start([])
    #expect(terminal.waitFor(PTY.firstQuestion))
    // Lists what could follow "s", one a line: a choice and commands.
    #expect(terminal.answer("s\t\t", expecting: "summary"))
    let listing = terminal.output.components(separatedBy: "> s").dropFirst().joined()
    #expect(listing.contains("\r\nSomeone I help\r\n"))
    #expect(listing.contains("\r\nstart again\r\n"))
    // Nothing from the file system, whatever is typed.
    let mark = terminal.mark
    terminal.send("\u{15}/\t\t\t\u{15}~/\t\t\u{15}/etc/pa\t\t\u{15}~\u{1B}&\u{1B}~\u{1B}?\u{1B}*\u{1B}/\u{15}")
    #expect(terminal.answer("som\t\r", expecting: "What name does the person you help like to be called?"))
    let typed = terminal.output(since: mark)
    for name in ["bin", "passwd", "usr", "proc", "root", "sds-home"] { #expect(!typed.contains(name), "\(name) in \(typed)") }
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  @Test func ctrlCAsksFirstAndKeepsTheAnswersWhenThePersonCarriesOn() throws {
    let terminal = try PTY.start([])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    // Wait for the keys to be read before Ctrl-C: the terminal throws away keys not read yet.
    #expect(terminal.answer("A walk", expecting: "A walk"))
    #expect(terminal.answer("\u{03}", expecting: "Do you want to stop? Your answers will be cleared"))
    // The half-typed answer is back in the line, ready to finish.
    #expect(terminal.answer("\r", expecting: "That is fine. Let us carry on.\r\n\r\n\(PTY.goodDay)\r\n\r\n> A walk"))
    #expect(terminal.answer(" in the park\r", expecting: PTY.otherNames))
    #expect(terminal.answer("summary\r", expecting: "2. A good day: A walk in the park"))
    #expect(terminal.answer("\u{03}", expecting: "Do you want to stop?"))
    #expect(terminal.answer("yes\r", expecting: "You have stopped. Nothing was sent"))
    #expect(terminal.waitForExit() == .exited(0))
  }

  @Test func aPastedLineBreakDoesNotPressEnter() throws {
    let terminal = try PTY.start([])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    #expect(terminal.answer("\u{1B}[200~A walk\nin the park\u{1B}[201~", expecting: "in the park"))
    #expect(!terminal.output.contains(PTY.otherNames))
    #expect(terminal.answer("\r", expecting: PTY.otherNames))
    #expect(terminal.answer("summary\r", expecting: "2. A good day: A walk in the park"))
    #expect(!terminal.output.contains("\u{1B}[7m"), "no highlighting when colour is off")
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  @Test func ctrlDOnAnEmptyLineMeansStop() throws {
    let terminal = try PTY.start([])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("\u{04}", expecting: "Do you want to stop?"))
    #expect(terminal.answer("\u{04}", expecting: "You have stopped."))
    #expect(terminal.waitForExit() == .exited(0))
    // The terminal is left as it was found: lines are read whole and echoed again.
    if let settings = terminal.settings {
      #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
      #expect(settings.c_lflag & tcflag_t(ECHO) != 0)
    }
  }

  @Test func textReWrapsWhenTheWindowIsResized() throws {
    let terminal = try PTY.start([])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("help\r", expecting: "- change and a number: change that answer, like change 2\r\n"))
    let mark = terminal.mark
    terminal.resize(columns: 40)
    // readline shows the prompt again once the new size is known; type only then, as a person would.
    #expect(terminal.expect("> ", since: mark))
    #expect(terminal.answer("help\r", expecting: "- change and a number: change that\r\n  answer, like change 2\r\n"))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  @Test func aConversationAtFortyColumnsHasNoLineLongerThanForty() throws {
    let terminal = try PTY.start([], columns: 40)
    #expect(terminal.waitFor(PTY.firstQuestion))
    for (keys, next) in [("me\r", PTY.goodDay), ("A walk in the park with my grandson and the dog\r", "anything else"), ("\r", "feel safe"), ("help\r", "stop: stop now")] {
      #expect(terminal.answer(keys, expecting: next))
    }
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
    let lines = terminal.output.replacingOccurrences(of: "\u{1B}[?2004h", with: "").replacingOccurrences(of: "\u{1B}[?2004l", with: "")
      .components(separatedBy: "\r\n")
    #expect(lines.count > 20)
    // Lines the person typed are wrapped by the terminal itself; everything the assistant says fits.
    for line in lines where !line.hasPrefix("> ") { #expect(line.count <= 40, "\(line)") }
  }

  @Test func emphasisOnlyWhenColourIsAllowed() throws {
    let colour = try PTY.start([], environment: PTY.environment(colour: true))
    #expect(colour.waitFor(PTY.firstQuestion))
    #expect(colour.output.contains("\u{1B}[1m"))
    colour.signal(SIGTERM)
    _ = colour.waitForExit()

    let sgr = try Regex("\u{1B}\\[[0-9;]*m")
    for environment in [PTY.environment(), PTY.environment(colour: true)] {
      let arguments = environment["NO_COLOR"] == nil ? ["--plain"] : []
      let plain = try PTY.start(arguments, environment: environment)
      #expect(plain.waitFor(PTY.firstQuestion))
      #expect(plain.answer("me\r", expecting: PTY.goodDay))
      plain.signal(SIGTERM)
      _ = plain.waitForExit()
      #expect(plain.output.firstMatch(of: sgr) == nil, "\(arguments)")
    }
  }

  @Test func withIdleTimesGivenHomeWarnsThenClearsTheAnswersAndTheScreen() throws {
    let terminal = try PTY.start(["--idle-warn", "2", "--idle-wipe", "5"])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    #expect(terminal.answer("Private walk\r", expecting: PTY.otherNames))
    #expect(terminal.expect("Are you still there?"))
    #expect(terminal.expect("so your answers have been cleared"))
    #expect(terminal.waitForExit() == .exited(0))
    let last = PTY.sinceLastClear(terminal.output)
    #expect(last.contains("Nobody has typed anything for a while"))
    #expect(!last.contains("Private"))
  }

  @Test func inputrcIsHonouredAtHome() throws {
    let home = makeTemporaryFolder("sds-home")
    try "\"\\C-xm\": \"Someone I help\"\n".write(toFile: home + "/.inputrc", atomically: true, encoding: .utf8)
    let terminal = try PTY.start([], environment: PTY.environment(home: home))
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("\u{18}m\r", expecting: "What name does the person you help like to be called?"))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }
}
