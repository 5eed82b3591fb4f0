import Foundation
import SDSEngine

/// A conversation as JSON lines, one event a line: `sds session --jsonl`.
public enum JSONLinesSession {
  /// Runs one conversation on `driver`, reading `{"text": ...}` lines from `readLine` until it returns nil
  /// or the conversation ends, and writing say, ask, end and error events to `console`'s standard output.
  /// Input that ends first ends the conversation as stopped: nothing is sent.
  public static func run(_ driver: inout SessionDriver, readLine: () -> String?, console: inout Console) {
    emit(driver.start(), driver: driver, &console)
    while !driver.ended, let line = readLine() {
      guard let text = JSONLines.text(from: line) else {
        console.line(JSONLines.error("Each line must be a JSON object with a \"text\" string, like {\"text\": \"yes\"}."))
        continue
      }
      emit(driver.handle(.input(text)), driver: driver, &console)
      for reason in driver.takeStaffMessages() { console.error("sds: \(reason)") }
    }
    if !driver.ended {
      // Input ended: the person walked away. Nothing is sent.
      console.line(JSONLines.end(Ending(status: .stopped), draftPath: nil))
    }
  }

  private static func emit(_ outputs: [Output], driver: SessionDriver, _ console: inout Console) {
    for output in outputs {
      switch output {
      case .say(let text): console.line(JSONLines.say(text))
      case .ask(let prompt): console.line(JSONLines.ask(prompt))
      case .send, .save, .resume: break
      case .end(let ending): console.line(JSONLines.end(ending, draftPath: ending.status == .sent ? driver.draftPath : nil))
      }
    }
  }
}
