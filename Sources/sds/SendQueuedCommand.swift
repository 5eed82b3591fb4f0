import Foundation
import SDSHandoff
import SDSSession

/// `sds send-queued`: sends the drafts that wait in the queue to the council's server now.
enum SendQueuedCommand {
  static let spec = CommandSpec(
    name: "send-queued",
    summary: "Send the draft plans that are waiting on this computer to the council's server.",
    usage: """
      Usage: sds send-queued --send-to URL [--outbox DIR] [--send-ca FILE] [--send-cert FILE --send-key FILE]

      When the council's server could not be reached, drafts wait here, encrypted, in the drop
      folder's queue/ folder. This sends them now, and says how many were sent and how many still wait.
      Use the same options as the conversation. A file in the queue that is not an encrypted draft is
      never sent: it is moved to queue/damaged/ with a note saying why.

      Exit status: 0 when nothing is left waiting, 75 when some drafts still wait (try again later).

      Options:
        --outbox DIR    The drop folder whose queue/ to send (or set SDS_OUTBOX).
      \(SendOptions.usage)
      \(GroupOption.usage)
      """,
    valueOptions: Set(["--outbox", "--encrypt-to"]).union(SendOptions.valueOptions).union(GroupOption.valueOptions),
    flagOptions: [],
    run: run)

  /// EX_TEMPFAIL: some drafts still wait; trying again later may work.
  static let stillWaiting: Int32 = 75

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.isEmpty else {
      console.error("sds send-queued: it takes no other words. It sends every draft that waits.")
      return ExitCode.usage
    }
    // The queue holds only encrypted drafts, so sending them needs no certificate here.
    guard let found = SendOptions.settings(parsed, encryptTo: nil, requireEncryption: false, command: "send-queued", console: &console) else { return ExitCode.config }
    guard GroupOption.apply(parsed, command: "send-queued", console: &console) else { return ExitCode.config }
    guard let settings = found else {
      console.error("sds send-queued: give --send-to URL (or set SDS_SEND_TO), the council's send address.")
      return ExitCode.config
    }
    guard let outbox = OutboxLocation.path(parsed) else {
      console.error("sds send-queued: \(OutboxLocation.missingMessage)")
      return ExitCode.config
    }
    let courier = DraftCourier(queue: SendQueue(outbox: outbox), sender: WebDAVSender(settings, userAgent: "sds/\(sdsVersion)"))
    let report = QueuedDrafts.send(courier, prefix: "sds send-queued", console: &console)
    if report.sent.isEmpty, report.waiting.isEmpty, report.problems.isEmpty {
      console.line("No draft plans are waiting to be sent.")
    }
    return report.waiting.isEmpty ? ExitCode.ok : stillWaiting
  }
}
