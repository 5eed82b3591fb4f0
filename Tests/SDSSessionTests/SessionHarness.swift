import Foundation
import SDSEngine
import SDSSession
import TestSupport

/// Runs conversations in-process, through the program's own set-up and session driver, with everything
/// they write captured.
enum SessionHarness {
  static let demo = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"
  static let shipped = repositoryRoot() + "/Content"
  /// The command-line tests' golden transcripts: the same files the binary's smoke tests compare with.
  static let golden = repositoryRoot() + "/Tests/CLITests/Golden"

  /// What one run wrote: its standard output and standard error.
  struct Run {
    var output: String
    var error: String
    /// False when the session could not be set up.
    var started: Bool
  }

  /// The answers in `input`, one a line, as piped input gives them.
  static func lines(_ input: String) -> [String] {
    var lines = input.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }

  /// Sets up a conversation with `options` and runs it with `input`, as `sds` with piped input does
  /// (`jsonl`: as `sds session --jsonl` does).
  static func run(_ options: SessionOptions, input: String, jsonl: Bool = false) -> Run {
    let capture = CapturedOutput()
    var console = Console(sink: capture)
    guard let setup = SessionSetup.make(options, console: &console) else { return Run(output: capture.output, error: capture.error, started: false) }
    var pending = lines(input)[...]
    var driver = SessionDriver(setup: setup)
    let next = { () -> String? in pending.popFirst() }
    if jsonl {
      JSONLinesSession.run(&driver, readLine: next, console: &console)
    } else {
      PlainSession.run(&driver, readLine: next, console: &console)
    }
    return Run(output: capture.output, error: capture.error, started: true)
  }

  /// Options for a test: a fresh drop folder unless one is given, and no copy for the person.
  static func options(content: String = demo, pack: String = "uk", language: String? = nil, outbox: String? = nil) -> SessionOptions {
    SessionOptions(content: content, pack: pack, language: language, outbox: outbox ?? makeTemporaryFolder("sds-session-outbox"), version: "0.0.0-test")
  }

  /// The file `name` in the golden folder.
  static func read(_ name: String) throws -> String {
    try String(contentsOfFile: golden + "/" + name, encoding: .utf8)
  }
}
