import Foundation
import SDSEngine

/// `sds` with no command: the conversation. Piped input gives a plain transcript; a terminal gets line editing.
enum ConverseCommand {
  static let spec = CommandSpec(
    name: "",
    summary: "Start the conversation.",
    usage: """
      Usage: sds [--content DIR] [--outbox DIR] [--pack ID] [--lang CODE]

      Starts the conversation. When standard input is not a terminal, sds reads one answer per line
      and prints the conversation as plain text; when input ends, the conversation ends and nothing is sent.

      Options:
        --content DIR   Where the conversation files are (or set SDS_CONTENT).
        --outbox DIR    The drop folder for drafts (or set SDS_OUTBOX).
      \(PackOptions.usage)
      """,
    valueOptions: Set(["--content", "--outbox"]).union(PackOptions.valueOptions),
    flagOptions: [],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.isEmpty else {
      console.error("sds: there is no command called '\(Console.visible(parsed.positional[0]))'.")
      return ExitCode.usage
    }
    guard let setup = SessionSetup.make(parsed, console: &console) else { return ExitCode.noInput }
    return runPiped(setup, &console)
  }

  /// Reads answers line by line from standard input and prints a plain transcript.
  static func runPiped(_ setup: SessionSetup, _ console: inout Console) -> Int32 {
    var driver = SessionDriver(setup: setup)
    console.out(PlainTranscript.render(driver.start()))
    while !driver.ended, let line = readLine(strippingNewline: true) {
      console.out(PlainTranscript.echo(line, secret: driver.conversation.currentPrompt?.secret ?? false))
      console.out(PlainTranscript.render(driver.handle(.input(line))))
      for reason in driver.takeStaffMessages() { console.error("sds: \(reason)") }
    }
    return ExitCode.ok
  }
}
