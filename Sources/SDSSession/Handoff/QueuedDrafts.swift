import Foundation
import SDSHandoff

/// Sending the drafts that wait in the queue: when a program starts, every few minutes at a kiosk, and
/// on request (`sds send-queued`).
public enum QueuedDrafts {
  /// Sends what waits in `courier`'s queue and says what happened: to `console`'s standard error, or,
  /// at a kiosk whose standard error is its screen, nowhere (staff read the journal instead).
  public static func send(_ courier: DraftCourier, prefix: String, quiet: Bool = false, console: inout Console) -> DraftCourier.Report {
    let report = courier.sendWaiting()
    guard !quiet else { return report }
    for line in lines(report, queue: courier.queue.path) { console.error("\(prefix): \(line)") }
    return report
  }

  /// What a report says, one line each, for a person or for staff.
  public static func lines(_ report: DraftCourier.Report, queue: String) -> [String] {
    var lines: [String] = []
    if !report.sent.isEmpty {
      lines.append(report.sent.count == 1
        ? "1 draft plan that was waiting on this computer has now been sent to the council (\(report.sent[0].dropLast(4)))."
        : "\(report.sent.count) draft plans that were waiting on this computer have now been sent to the council.")
    }
    lines += report.problems
    if !report.waiting.isEmpty {
      lines.append(report.waiting.count == 1
        ? "1 draft plan is still waiting on this computer, encrypted, in \(Console.visible(queue)). It has not reached the council yet."
        : "\(report.waiting.count) draft plans are still waiting on this computer, encrypted, in \(Console.visible(queue)). They have not reached the council yet.")
    }
    return lines
  }

  /// For `sds inbox`: how many drafts wait in the drop folder's queue, not yet sent to the server.
  public static func tellWaiting(in outbox: String, _ console: inout Console) {
    let queue = SendQueue(outbox: outbox)
    let count = queue.count()
    guard count > 0 else { return }
    console.line()
    console.line("\(count) draft\(count == 1 ? " is" : "s are") queued in \(Console.visible(queue.path)), encrypted, and not yet sent to the council's server. "
      + "Type 'sds send-queued --send-to URL' to send \(count == 1 ? "it" : "them") now.")
  }

  /// At a kiosk: tries the queue now and then every `interval` seconds, on a thread of its own, for as
  /// long as the process runs (each person gets a fresh process, so it also tries as each person starts).
  /// A send cut short when the process is replaced leaves the draft queued, to be tried again.
  public static func keepTrying(_ courier: DraftCourier, every interval: TimeInterval, staffCanSee: Bool) {
    let thread = Thread {
      while true {
        // A draft queued in the last two minutes may still be being sent by the conversation itself.
        let report = courier.sendWaiting(olderThan: 120)
        if staffCanSee {
          for line in lines(report, queue: courier.queue.path) {
            FileHandle.standardError.write(Data("sds kiosk: \(line)\n".utf8))
          }
        }
        Thread.sleep(forTimeInterval: interval)
      }
    }
    thread.start()
  }
}
