import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `sds kiosk` on a terminal: the real binary in a pseudo-terminal, as the next person would find it.
@Suite(.serialized) struct KioskTerminalTests {
  @Test func ctrlZCtrlBackslashAndCtrlSDoNothingAndTheTerminalIsPutBack() throws {
    let terminal = try PTY.kiosk()
    #expect(terminal.waitFor(PTY.firstQuestion))
    if let settings = terminal.settings {
      #expect(PTY.key(settings, VSUSP) == 0, "Ctrl-Z no longer suspends")
      #expect(PTY.key(settings, VQUIT) == 0, "Ctrl-\\ no longer quits")
      #expect(settings.c_iflag & tcflag_t(IXON) == 0, "Ctrl-S no longer freezes the screen")
    }
    let mark = terminal.mark
    terminal.send("\u{1A}\u{1C}\u{13}\u{1A}")
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    #expect(terminal.isRunning)
    #expect(!terminal.output(since: mark).contains("^Z"))
    // Ctrl-C asks, and never leaves the kiosk.
    #expect(terminal.answer("\u{03}", expecting: "Do you want to stop? Your answers will be cleared"))
    #expect(terminal.answer("\r", expecting: PTY.goodDay))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
    #expect(PTY.sinceLastClear(terminal.output).contains(PTY.closed))
    if let settings = terminal.settings {
      #expect(PTY.key(settings, VSUSP) == 0x1A, "Ctrl-Z is back as it was")
      #expect(settings.c_iflag & tcflag_t(IXON) != 0)
      #expect(settings.c_lflag & tcflag_t(ICANON) != 0)
    }
  }

  @Test func enterAtTheWarningOnlyCarriesOnAndTheHalfTypedAnswerWaitsInTheLine() throws {
    let terminal = try PTY.kiosk(["--idle-warn", "2", "--idle-wipe", "30"])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    #expect(terminal.answer("I want to do my own sho", expecting: "Are you still there?"))
    // Enter, as the warning asks: the question again, with the half answer back in the line, not sent.
    #expect(terminal.answer("\r", expecting: "That is fine. Let us carry on.\r\n\r\n\(PTY.goodDay)\r\n\r\n> I want to do my own sho"))
    #expect(!terminal.output.contains(PTY.otherNames))
    #expect(terminal.answer("p\r", expecting: PTY.otherNames))
    #expect(terminal.answer("summary\r", expecting: "2. A good day: I want to do my own shop\r\n"))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  @Test func afterTheWipeNothingOfThePreviousPersonCanBeSeenOrBroughtBack() throws {
    let terminal = try PTY.kiosk(["--idle-warn", "2", "--idle-wipe", "6"])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    #expect(terminal.answer("Private walk by the river\r", expecting: PTY.otherNames))
    // Cut text into the kill ring too, then walk away.
    #expect(terminal.answer("Secret nickname", expecting: "nickname"))
    // Ctrl-U cuts it and Ctrl-Y brings it back: the kill ring holds it while this person is here.
    #expect(terminal.answer("\u{15}", expecting: "\u{1B}[K"))
    #expect(terminal.answer("\u{19}", expecting: "Secret nickname"))
    terminal.send("\u{15}")
    #expect(terminal.waitFor("Are you still there?", since: terminal.mark))
    #expect(terminal.waitFor(PTY.cleared, timeout: 60))
    let afterWipe = terminal.mark
    // The next person presses Up (history), Ctrl-Y (kill ring) and Ctrl-R (search), then Enter.
    terminal.send("\u{1B}[A\u{19}\u{12}Pri\u{07}\r")
    #expect(terminal.waitFor(PTY.firstQuestion, since: terminal.mark))
    #expect(terminal.waitFor("\(PTY.firstQuestion)", since: afterWipe + 1))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
    let output = terminal.output
    let screens = output.components(separatedBy: PTY.clear)
    // The screen after the timeout's clear: the welcome, saying a conversation was cleared, and nothing of it.
    let nextPerson = screens.first { $0.contains(PTY.cleared) } ?? ""
    #expect(nextPerson.contains(PTY.welcome))
    for typed in ["Private", "river", "Secret", "nickname"] {
      #expect(!nextPerson.contains(typed), "\(typed) is on the next person's screen")
    }
    #expect(output.contains("\u{1B}[3J"))
  }

  @Test func aKioskSessionWritesNothingButTheSentDraft() throws {
    let root = makeTemporaryFolder("sds-kiosk-files")
    let home = root + "/home", tmp = root + "/tmp", work = root + "/work", outbox = root + "/outbox"
    for folder in [home, tmp, work] { try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true) }
    chmod(home, 0o555)
    let environment = PTY.environment(home: home, ["TMPDIR": tmp, "XDG_CONFIG_HOME": home + "/.config", "XDG_CACHE_HOME": home + "/.cache"])
    let terminal = try PTY.start(["kiosk", "--outbox", outbox], environment: environment, prefix: ["/usr/bin/env", "-C", work])
    #expect(terminal.waitFor(PTY.firstQuestion))
    let answers: [(String, String)] = [
      ("me\r", PTY.goodDay), ("A walk in the park\r", PTY.otherNames), ("\r", "feel safe"), ("yes\r", "Which parts of life"),
      ("1, 3\r", "Looking after myself"), ("Get to the shops on my own\r", "Seeing people"), ("See my grandson\r", "Who helps you"),
      ("Ann\r", "Type another name"), ("\r", "Are these answers right?"), ("yes\r", "Would you like the reference spelled out?"),
      ("no\r", "When you are ready, press Enter."), ("\r", PTY.firstQuestion),
    ]
    for (keys, expected) in answers { #expect(terminal.answer(keys, expecting: expected), "\(keys)") }
    #expect(!PTY.sinceLastClear(terminal.output).contains("grandson"))
    // A fresh process for the next person, with the kiosk still locked down.
    if let settings = terminal.settings { #expect(PTY.key(settings, VSUSP) == 0) }
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
    // The last process puts back the settings the first one found.
    if let settings = terminal.settings {
      #expect(PTY.key(settings, VSUSP) == 0x1A)
      #expect(settings.c_iflag & tcflag_t(IXON) != 0)
    }
    chmod(home, 0o755)
    for folder in [home, tmp, work] {
      let left = FileManager.default.subpaths(atPath: folder) ?? ["(unreadable)"]
      #expect(left.isEmpty, "\(folder) holds \(left)")
    }
    // The one thing written: the draft, in the drop folder's new/.
    let drafts = (try? FileManager.default.contentsOfDirectory(atPath: outbox + "/new")) ?? []
    #expect(drafts.count == 1 && drafts.allSatisfy { $0.hasSuffix(".json") }, "\(drafts)")
    #expect(((try? FileManager.default.contentsOfDirectory(atPath: outbox + "/tmp")) ?? []).isEmpty)
  }

  @Test func aKioskWithNoDropFolderRefusesToStartAndSaysWhatToSet() throws {
    // No --outbox and no SDS_OUTBOX: nobody is asked a single question that could never be sent.
    let terminal = try PTY.start(["kiosk"])
    #expect(terminal.waitForExit() == .exited(78))
    let output = terminal.output
    #expect(output.contains("sds kiosk: a kiosk needs the shared drop folder: give --outbox DIR or set SDS_OUTBOX."), "\(output)")
    #expect(!output.contains(PTY.firstQuestion))
    #expect(!output.contains(PTY.welcome))
    if let settings = terminal.settings { #expect(PTY.key(settings, VSUSP) == 0x1A, "the terminal is as it was") }
    // SDS_OUTBOX is enough.
    let withVariable = try PTY.start(["kiosk"], environment: PTY.environment(["SDS_OUTBOX": makeTemporaryFolder("sds-outbox")]))
    #expect(withVariable.waitFor(PTY.firstQuestion))
    withVariable.signal(SIGTERM)
    #expect(withVariable.waitForExit() == .exited(0))
  }

  @Test func staffExitKeysStopTheKioskCleanly() throws {
    let terminal = try PTY.kiosk(["--staff-exit", "\\C-x\\C-q"])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    terminal.send("\u{18}\u{11}")
    #expect(terminal.waitForExit() == .exited(0))
    let last = PTY.sinceLastClear(terminal.output)
    #expect(last.contains(PTY.closed))
    #expect(!last.contains(PTY.goodDay))
    if let settings = terminal.settings { #expect(settings.c_lflag & tcflag_t(ECHO) != 0) }
  }

  @Test func theKioskReadsNoInputrc() throws {
    let home = makeTemporaryFolder("sds-home")
    try "\"\\C-xm\": \"Someone I help\"\n".write(toFile: home + "/.inputrc", atomically: true, encoding: .utf8)
    let terminal = try PTY.kiosk(environment: PTY.environment(home: home))
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("\u{18}m\r", expecting: "This question needs an answer."))
    #expect(!terminal.output.contains("What name does the person you help"))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  @Test func theWelcomeSaysHowLongAnswersAreKeptWhenNobodyTypes() throws {
    let terminal = try PTY.kiosk()
    #expect(terminal.waitFor(PTY.firstQuestion))
    let first = PTY.sinceLastClear(terminal.output)
    #expect(first.contains("If nobody types anything for 10 minutes, your answers are cleared too."))
    #expect(!first.contains(PTY.cleared))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }
}
