import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// `--speak` with a stand-in for espeak-ng that writes down what it was asked to say: no sound card needed.
@Suite(.serialized) struct SpeechTerminalTests {
  /// A speech program that appends its arguments and its standard input to `log`.
  private func fakeSpeaker() throws -> (program: String, log: String) {
    let folder = makeTemporaryFolder("sds-speech")
    let program = folder + "/fake-espeak", log = folder + "/spoken.log"
    try """
      #!/bin/sh
      trap '' TERM
      text=$(cat)
      printf 'ARGS %s\\n%s\\n--END--\\n' "$*" "$text" >> "\(log)"
      """.write(toFile: program, atomically: true, encoding: .utf8)
    chmod(program, 0o755)
    return (program, log)
  }

  private func spoken(_ log: String) -> String {
    (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
  }

  /// Waits until the log contains `text` `times` times.
  private func waitForSpeech(_ log: String, _ text: String, times: Int = 1, timeout: Double = 60) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if spoken(log).components(separatedBy: text).count - 1 >= times { return true }
      usleep(50_000)
    }
    return false
  }

  @Test func readsWhatTheAssistantSaysInBritishEnglishButNotWhatIsTyped() throws {
    let (program, log) = try fakeSpeaker()
    let terminal = try PTY.start(["--speak", "--speak-command", program, "--speak-rate", "130"])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(waitForSpeech(log, "Who are you planning for?"), "\(spoken(log))")
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    #expect(waitForSpeech(log, PTY.goodDay))
    #expect(terminal.answer("repeat\r", expecting: PTY.goodDay))
    #expect(waitForSpeech(log, PTY.goodDay, times: 2))
    #expect(terminal.answer("A very private walk\r", expecting: PTY.otherNames))
    #expect(waitForSpeech(log, PTY.otherNames))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
    let text = spoken(log)
    #expect(text.contains("ARGS -v en-gb -s 130 --stdin"))
    #expect(!text.contains("private walk"))
    #expect(!text.contains("\nme\n"))
  }

  @Test func fasterAndSlowerChangeTheRateTheProgramIsGiven() throws {
    let (program, log) = try fakeSpeaker()
    let terminal = try PTY.start(["--speak", "--speak-command", program, "--speak-rate", "150"])
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(waitForSpeech(log, "type faster or slower"))
    #expect(terminal.answer("faster\r", expecting: "I will read a little faster."))
    #expect(waitForSpeech(log, "ARGS -v en-gb -s 180 --stdin"), "\(spoken(log))")
    #expect(terminal.answer("slower\r", expecting: "I will read a little slower."))
    #expect(terminal.answer("slower\r", expecting: "I will read a little slower."))
    #expect(waitForSpeech(log, "ARGS -v en-gb -s 120 --stdin"), "\(spoken(log))")
    // Then the answer to the question, as usual.
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }

  @Test func speaksTypingOnlyWhenAskedAndNeverAMemorableWord() throws {
    let (program, log) = try fakeSpeaker()
    let outbox = makeTemporaryFolder("sds-speech-outbox")
    // Saving needs the kiosks' key file (made by staff with `openssl rand -out FILE 32`).
    let key = makeTemporaryFolder("sds-speech-key") + "/saved-conversations.key"
    try Data((0..<32).map { _ in UInt8.random(in: 0...255) }).write(to: URL(fileURLWithPath: key))
    let terminal = try PTY.start(["--speak", "--speak-typing", "--speak-command", program, "--outbox", outbox], environment: PTY.environment(["SDS_SAVED_KEY": key]))
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    #expect(waitForSpeech(log, "\nme\n"))
    #expect(waitForSpeech(log, PTY.goodDay))
    #expect(terminal.answer("save\r", expecting: "What you type here will not be shown on the screen."))
    #expect(terminal.answer("marmalade\r", expecting: "Type your word again"))
    #expect(terminal.answer("marmalade\r", expecting: "Your answers are saved until"))
    #expect(waitForSpeech(log, "Your answers are saved until"))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
    #expect(!spoken(log).contains("marmalade"))
    #expect(!terminal.output.contains("marmalade"))
  }

  @Test func withoutEspeakItSaysHowToInstallItAndCarriesOn() throws {
    let terminal = try PTY.start(["--speak", "--speak-command", "/nonexistent/espeak-ng"])
    #expect(terminal.waitFor("sudo apt-get install espeak-ng"))
    #expect(terminal.waitFor(PTY.firstQuestion))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
  }
}
