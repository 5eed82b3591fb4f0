import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Starting the real `sds` binary in a pseudo-terminal, as a person at a keyboard would meet it.
enum PTY {
  /// A clean environment: a fresh empty HOME and TMPDIR, no colour unless asked, a terminal readline knows.
  static func environment(home: String? = nil, colour: Bool = false, _ extra: [String: String] = [:]) -> [String: String] {
    var environment = [
      "PATH": "/usr/bin:/bin", "TERM": "xterm", "LANG": "C.UTF-8",
      "HOME": home ?? makeTemporaryFolder("sds-home"), "TMPDIR": makeTemporaryFolder("sds-tmp"),
    ]
    if !colour { environment["NO_COLOR"] = "1" }
    for (key, value) in extra { environment[key] = value }
    return environment
  }

  /// `sds ARGUMENTS --content DEMO` in a terminal `columns` by `rows`.
  static func start(_ arguments: [String], environment: [String: String] = PTY.environment(), columns: Int = 80, rows: Int = 24, prefix: [String] = [], content: String = Demo.folder) throws -> PseudoTerminal {
    try PseudoTerminal(prefix + [sdsBinaryPath()] + arguments + ["--content", content], environment: environment, columns: columns, rows: rows)
  }

  /// `sds kiosk ARGUMENTS --outbox FOLDER --content DEMO`, with a fresh empty drop folder: a kiosk will not
  /// start without one.
  static func kiosk(_ arguments: [String] = [], environment: [String: String] = PTY.environment(), columns: Int = 80, rows: Int = 24, content: String = Demo.folder) throws -> PseudoTerminal {
    try start(["kiosk", "--outbox", makeTemporaryFolder("sds-outbox")] + arguments, environment: environment, columns: columns, rows: rows, content: content)
  }

  /// The content that ships with SDS Companion, whose welcome is taller than an 80 by 24 console.
  static let shippedContent = repositoryRoot() + "/Content"
  static let more = "Press Enter to see more."

  static let firstQuestion = "Who are you planning for?"
  static let goodDay = "What does a good day look like for you?"
  static let otherNames = "Is there anything else we should call you?"
  static let welcome = "This computer is shared."
  static let cleared = "Someone used this before you. Their answers were cleared to keep them private."
  static let closed = "This computer is closed for now. Please ask a member of staff."
  static let clear = "\u{1B}[H\u{1B}[2J\u{1B}[3J"

  /// The output after the last screen-and-scrollback clear.
  static func sinceLastClear(_ output: String) -> String {
    output.components(separatedBy: clear).last ?? output
  }

  /// How many lines `text` would take on a screen (wide enough for each of them).
  static func lineCount(_ text: String) -> Int {
    text.components(separatedBy: "\n").count
  }

  static func key(_ settings: termios, _ index: Int32) -> UInt8 {
    withUnsafeBytes(of: settings.c_cc) { $0[Int(index)] }
  }
}

extension PseudoTerminal {
  /// Types `keys`, then waits for `text` to appear after them. True when it does.
  @discardableResult
  func answer(_ keys: String, expecting text: String, timeout: Double = 60) -> Bool {
    let mark = self.mark
    send(keys)
    return expect(text, since: mark, timeout: timeout)
  }

  /// Waits for `text` after `mark`; when it does not come, records what did, to show why.
  @discardableResult
  func expect(_ text: String, since mark: Int = 0, timeout: Double = 60) -> Bool {
    if waitFor(text, since: mark, timeout: timeout) { return true }
    Issue.record(Comment(rawValue: "waited for \(text.debugDescription); the screen ended with:\n" + String(output.suffix(1200)).debugDescription))
    return false
  }
}
