import Foundation
import SDSEngine

/// A conversation read one answer a line and shown as a plain transcript: `sds` with piped input.
public enum PlainSession {
  /// Runs one conversation on `driver`, reading each answer from `readLine` until it returns nil or the
  /// conversation ends. The transcript goes to `console`'s standard output, notes for staff to its
  /// standard error.
  public static func run(_ driver: inout SessionDriver, readLine: () -> String?, console: inout Console) {
    console.out(PlainTranscript.render(driver.start()))
    while !driver.ended, let line = readLine() {
      console.out(PlainTranscript.echo(line, secret: driver.conversation.currentPrompt?.secret ?? false))
      console.out(PlainTranscript.render(driver.handle(.input(line))))
      for reason in driver.takeStaffMessages() { console.error("sds: \(reason)") }
    }
  }
}
