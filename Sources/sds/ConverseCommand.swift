import Foundation
import SDSEngine
import SDSTerminal
import SDSSession

/// `sds` with no command: the conversation. Piped input gives a plain transcript; a terminal gets line editing.
enum ConverseCommand {
  static let spec = CommandSpec(
    name: "",
    summary: "Start the conversation.",
    usage: """
      Usage: sds [--content DIR] [--outbox DIR] [--pack ID] [--lang CODE] [--plain] [--speak] [--idle-warn SECONDS --idle-wipe SECONDS]

      Starts the conversation. When standard input is not a terminal, sds reads one answer per line
      and prints the conversation as plain text; when input ends, the conversation ends and nothing is sent.

      On a terminal you can edit your answer before pressing Enter, press Up for an earlier answer, and
      press Tab to finish a choice or a word like help. Ctrl-C asks whether you want to stop; so does Ctrl-D
      on an empty line. What you type is never written to a history file.

      Options:
        --content DIR   Where the conversation files are (or set SDS_CONTENT).
        --outbox DIR    The drop folder for drafts (or set SDS_OUTBOX).
      \(DraftEncryption.conversationUsage)
      \(SendOptions.usage)
      \(GroupOption.usage)
      \(CopyOptions.homeUsage)
        --idle-warn SECONDS, --idle-wipe SECONDS
                        Warn when nobody has typed for a while, then clear the answers and the screen.
                        Off unless you give them.
      \(PackOptions.usage)
      \(TerminalArguments.usage)
      """,
    valueOptions: Set(["--content", "--outbox", "--encrypt-to"]).union(SendOptions.valueOptions).union(GroupOption.valueOptions).union(CopyOptions.homeValueOptions).union(TerminalArguments.valueOptions).union(PackOptions.valueOptions),
    flagOptions: TerminalArguments.flagOptions.union(CopyOptions.homeFlagOptions),
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.isEmpty else {
      console.error("sds: there is no command called '\(Console.visible(parsed.positional[0]))'.")
      console.error(spec.helpHint)
      return ExitCode.usage
    }
    let options: TerminalOptions
    do { options = try TerminalArguments.options(parsed, mode: .home) } catch {
      console.error("sds: \(error.message)")
      console.error(spec.helpHint)
      return ExitCode.usage
    }
    // A certificate that cannot be used is a set-up problem: never send drafts anyone can read instead.
    guard let encryptTo = DraftEncryption.certificate(parsed, console: &console) else { return ExitCode.config }
    guard let send = SendOptions.settings(parsed, encryptTo: encryptTo, command: "", console: &console) else { return ExitCode.config }
    guard GroupOption.apply(parsed, command: "", console: &console) else { return ExitCode.config }
    guard let setup = SessionSetup.make(parsed, encryptTo: encryptTo, send: send, console: &console) else { return ExitCode.noInput }
    // Drafts that waited for the server since last time go first.
    if let courier = setup.courier { _ = QueuedDrafts.send(courier, prefix: "sds", console: &console) }
    if TerminalFrontEnd.isAvailable { return runTerminal(setup, options: options, &console) }
    return runPiped(setup, &console)
  }

  /// The conversation on a terminal: line editing, wrapping, Ctrl-C to stop, speech if asked.
  static func runTerminal(_ setup: SessionSetup, options: TerminalOptions, _ console: inout Console) -> Int32 {
    let frontEnd: TerminalFrontEnd
    do { frontEnd = try TerminalFrontEnd(options: options, wording: Wording(engine: setup.engine)) } catch {
      console.error("sds: the terminal could not be set up (\(error.message)), so the conversation runs as plain text.")
      return runPiped(setup, &console)
    }
    frontEnd.noticeIdleTimeout()
    var driver = SessionDriver(setup: setup)
    var staffMessages: [String] = []
    let outcome = frontEnd.converse(&driver) { staffMessages += $0.takeStaffMessages() }
    if case .ended = outcome { frontEnd.letSpeechFinish() }
    frontEnd.shutDown()
    for reason in staffMessages { console.error("sds: \(reason)") }
    return ExitCode.ok
  }

  /// Reads answers line by line from standard input and prints a plain transcript.
  static func runPiped(_ setup: SessionSetup, _ console: inout Console) -> Int32 {
    var driver = SessionDriver(setup: setup)
    PlainSession.run(&driver, readLine: { readLine(strippingNewline: true) }, console: &console)
    return ExitCode.ok
  }
}
