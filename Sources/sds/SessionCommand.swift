import Foundation
import SDSEngine
import SDSSession

/// `sds session --jsonl`: the conversation as JSON lines, for other front ends and for tests.
enum SessionCommand {
  static let spec = CommandSpec(
    name: "session",
    summary: "Run the conversation as JSON lines, for other programs.",
    usage: """
      Usage: sds session --jsonl [--content DIR] [--outbox DIR] [--encrypt-to FILE] [--pack ID] [--lang CODE]

      Reads one JSON object per line, {"text": "what the person typed"}, and writes one JSON object
      per line: say, ask, end and error events. See the README for the protocol.

      Options:
        --content DIR   Where the conversation files are (or set SDS_CONTENT).
        --outbox DIR    The drop folder for drafts (or set SDS_OUTBOX).
      \(DraftEncryption.conversationUsage)
      \(SendOptions.usage)
      \(GroupOption.usage)
      \(CopyOptions.homeUsage)
                        For sds session, a copy is written only where --copy-to or SDS_COPY_TO says.
      \(PackOptions.usage)
      """,
    valueOptions: Set(["--content", "--outbox", "--encrypt-to"]).union(SendOptions.valueOptions).union(GroupOption.valueOptions).union(CopyOptions.homeValueOptions).union(PackOptions.valueOptions),
    flagOptions: Set(["--jsonl"]).union(CopyOptions.homeFlagOptions),
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.flags.contains("--jsonl") else {
      console.error("sds session: add --jsonl. It is the only protocol for now.")
      console.error(spec.helpHint)
      return ExitCode.usage
    }
    // A certificate that cannot be used is a set-up problem: never send drafts anyone can read instead.
    guard let encryptTo = DraftEncryption.certificate(parsed, console: &console) else { return ExitCode.config }
    guard let send = SendOptions.settings(parsed, encryptTo: encryptTo, command: "session", console: &console) else { return ExitCode.config }
    guard GroupOption.apply(parsed, command: "session", console: &console) else { return ExitCode.config }
    guard let setup = SessionSetup.make(parsed, encryptTo: encryptTo, send: send, copyByDefault: false, console: &console) else { return ExitCode.noInput }
    if let courier = setup.courier { _ = QueuedDrafts.send(courier, prefix: "sds session", console: &console) }
    var driver = SessionDriver(setup: setup)
    JSONLinesSession.run(&driver, readLine: { readLine(strippingNewline: true) }, console: &console)
    return ExitCode.ok
  }
}
