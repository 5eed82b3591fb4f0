import Foundation
import Testing
import TestSupport

/// The terminal's options, checked before anything starts: a mistake gets one clear line and exit 64.
@Suite struct TerminalOptionTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var stderrContains: String
    var testDescription: String { "sds " + arguments.joined(separator: " ") }
  }

  static let cases: [Case] = [
    .init(arguments: ["kiosk"], stderrContains: "sds kiosk: standard input and output must be the kiosk's terminal."),
    .init(arguments: ["kiosk", "--staff-exit", "q"], stderrContains: "--staff-exit 'q' will not do: use at least two keys"),
    .init(arguments: ["kiosk", "--staff-exit", "ab"], stderrContains: "start with a control key"),
    .init(arguments: ["kiosk", "--idle-warn", "600", "--idle-wipe", "480"], stderrContains: "--idle-warn (600 seconds) must be less than --idle-wipe (480 seconds)."),
    .init(arguments: ["kiosk", "--idle-wipe", "soon"], stderrContains: "--idle-wipe needs a number of seconds, like 600."),
    .init(arguments: ["kiosk", "extra"], stderrContains: "sds kiosk: it takes no other words."),
    .init(arguments: ["--idle-warn", "60"], stderrContains: "--idle-warn needs --idle-wipe too"),
    .init(arguments: ["--speak-rate", "150"], stderrContains: "--speak-rate works with --speak."),
    .init(arguments: ["--speak", "--speak-rate", "5"], stderrContains: "--speak-rate needs a whole number of words a minute from 80 to 450"),
    .init(arguments: ["--staff-exit", "\\C-x\\C-q"], stderrContains: "There is no option '--staff-exit' for 'sds'"),
  ]

  @Test(arguments: cases)
  func mistakesAreExplained(_ test: Case) throws {
    let result = try runSDS(test.arguments + ["--content", Demo.folder])
    #expect(result.status == 64)
    #expect(result.stderr.contains(test.stderrContains), "\(result.stderr)")
    #expect(result.stdout.isEmpty)
  }

  @Test func pipedInputStillGivesThePlainTranscriptWhateverTheTerminalOptions() throws {
    let result = try runSDS(["--plain", "--speak", "--speak-command", "/nonexistent/speech", "--idle-warn", "1", "--idle-wipe", "2", "--content", Demo.folder], input: "me\n")
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("Hello. This is a short practice conversation."))
    #expect(result.stdout.contains("> me\n\nWhat does a good day look like for you?"))
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test func pipedInputNeverPagesHoweverSmallTheTerminalIsSaidToBe() throws {
    let golden = repositoryRoot() + "/Tests/CLITests/Golden/piped-demo"
    let input = try String(contentsOfFile: golden + ".input", encoding: .utf8)
    let result = try runSDS(["--content", Demo.folder, "--outbox", "/dev/null/outbox"], input: input, environment: ["LINES": "5", "COLUMNS": "40"])
    #expect(result.status == 0)
    #expect(!result.stdout.contains("Press Enter to see more."))
    #expect(result.stdout == (try String(contentsOfFile: golden + ".txt", encoding: .utf8)))
  }

  @Test func helpDescribesTheKioskAndItsOptions() throws {
    let top = try runSDS(["--help"])
    #expect(top.stdout.contains("kiosk"))
    let kiosk = try runSDS(["kiosk", "--help"])
    #expect(kiosk.status == 0)
    for option in ["--idle-warn", "--idle-wipe", "--staff-exit", "--end-wipe", "--plain", "--speak", "--speak-rate", "--speak-command"] {
      #expect(kiosk.stdout.contains(option), "\(option)")
    }
  }
}
