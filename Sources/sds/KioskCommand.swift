import Foundation
import SDSEngine
import SDSTerminal
import SDSSession

/// `sds kiosk`: conversation after conversation on a shared library computer.
///
/// Each person gets a fresh process: after every ending (sent, stopped, timed out) the screen and its
/// scrollback are cleared and the program replaces itself with a new copy of itself, so nothing of the last
/// person survives in memory, not even in readline's kill ring. It writes no files of its own.
enum KioskCommand {
  static let spec = CommandSpec(
    name: "kiosk",
    summary: "Run the assistant on a shared library computer, clearing everything between people.",
    usage: """
      Usage: sds kiosk [--content DIR] [--outbox DIR] [--encrypt-to FILE] [--pack ID] [--lang CODE] [--idle-warn SECONDS] [--idle-wipe SECONDS]
                       [--staff-exit KEYS] [--end-wipe SECONDS] [--plain] [--speak]
                       [--send-to URL [--send-ca FILE] [--send-cert FILE --send-key FILE]] [--group NAME] [--printer NAME]

      Runs one conversation after another on a shared computer. Between two people, and after every
      ending, the answers, the line editor's memory, the screen and the scrollback are all cleared.
      Ctrl-Z, Ctrl-\\ and Ctrl-S do nothing; Ctrl-C asks whether to stop. Nothing is written to disk except
      a sent draft in the drop folder (or, with --send-to, an encrypted draft waiting in its queue/ until
      the council's server takes it). Standard input and output must be the kiosk's terminal.
      Run it as the sds-kiosk service of the Debian package, or with Scripts/kiosk from a copy of the
      project: both start it again if it ever stops unexpectedly.

      Staff stop the kiosk with SIGTERM (for example systemctl stop) or with the --staff-exit keys.
      It then exits with status 0, leaving the terminal as it was.

      Options:
        --content DIR   Where the conversation files are (or set SDS_CONTENT).
        --outbox DIR    The shared drop folder for drafts (or set SDS_OUTBOX). A kiosk needs one and
                        has no default: without it, it does not start (exit status 78).
      \(DraftEncryption.conversationUsage)
      \(SendOptions.usage)
      \(GroupOption.usage)
      \(CopyOptions.kioskUsage)
        --idle-warn SECONDS
                        Warn when nobody has pressed a key for this long (default 480, 8 minutes).
        --idle-wipe SECONDS
                        Clear everything when nobody has pressed a key for this long (default 600).
        --staff-exit KEYS
                        Keys that stop the kiosk, in readline's notation, like '\\C-x\\C-q' or '\\e[24~'
                        (F12), or set SDS_STAFF_EXIT. At least two keys, starting with a control key or Escape.
        --end-wipe SECONDS
                        How long the last screen (with a reference to write down) stays before it is
                        cleared, if nobody presses Enter (default 120).
      \(PackOptions.usage)
      \(TerminalArguments.usage)
      """,
    valueOptions: Set(["--content", "--outbox", "--encrypt-to"]).union(SendOptions.valueOptions).union(GroupOption.valueOptions).union(CopyOptions.kioskValueOptions).union(TerminalArguments.valueOptions).union(TerminalArguments.kioskValueOptions).union(PackOptions.valueOptions),
    flagOptions: TerminalArguments.flagOptions,
    run: run)

  /// How often a kiosk tries again to send drafts that wait in the queue: 5 minutes.
  static let retryInterval: TimeInterval = 300

  /// Set, for the fresh copy, when the last conversation timed out.
  static let clearedVariable = "SDS_KIOSK_CLEARED"
  /// The status when the fresh copy could not be started: Scripts/kiosk then starts one.
  static let restartStatus: Int32 = 75

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.isEmpty else {
      console.error("sds kiosk: it takes no other words. Did you mean an option like --content?")
      return ExitCode.usage
    }
    let options: TerminalOptions
    do { options = try TerminalArguments.options(parsed, mode: .kiosk) } catch {
      console.error("sds kiosk: \(error.message)")
      console.error(spec.helpHint)
      return ExitCode.usage
    }
    // A certificate or send address that cannot be used is a set-up problem: never send drafts anyone
    // can read instead. They are checked first, so staff hear of them wherever the kiosk is started.
    guard let encryptTo = DraftEncryption.certificate(parsed, console: &console) else { return ExitCode.config }
    guard let send = SendOptions.settings(parsed, encryptTo: encryptTo, command: "kiosk", console: &console) else { return ExitCode.config }
    guard GroupOption.apply(parsed, command: "kiosk", console: &console) else { return ExitCode.config }
    guard TerminalFrontEnd.isAvailable else {
      console.error("sds kiosk: standard input and output must be the kiosk's terminal. Run it as the sds-kiosk service, or from Scripts/kiosk on the kiosk's own screen.")
      return ExitCode.usage
    }
    // A kiosk that cannot send would only let someone answer every question for nothing.
    guard let outbox = OutboxLocation.path(parsed, allowingDefault: false), !outbox.isEmpty else {
      console.error("sds kiosk: \(OutboxLocation.kioskMissingMessage) It never keeps drafts in its own home folder, so it has not started.")
      return ExitCode.config
    }
    guard let setup = SessionSetup.make(parsed, kiosk: true, encryptTo: encryptTo, send: send, console: &console) else { return ExitCode.noInput }
    let previousWasCleared = ProcessInfo.processInfo.environment[clearedVariable] == "1"
    unsetenv(clearedVariable)

    let frontEnd: TerminalFrontEnd
    do { frontEnd = try TerminalFrontEnd(options: options, wording: Wording(engine: setup.engine)) } catch {
      console.error("sds kiosk: the terminal could not be set up: \(error.message).")
      return ExitCode.software
    }
    frontEnd.welcome(previousWasCleared: previousWasCleared)
    // Staff messages go to standard error only when it is not the kiosk's screen (a journal, say).
    let staffCanSee = isatty(STDERR_FILENO) == 0
    // Drafts that waited for the server: tried as each person starts, and every few minutes.
    // A thread of its own does it, so the screen never waits for the server.
    if let courier = setup.courier { QueuedDrafts.keepTrying(courier, every: retryInterval, staffCanSee: staffCanSee) }
    var driver = SessionDriver(setup: setup)
    let outcome = frontEnd.converse(&driver) { driver in
      for reason in driver.takeStaffMessages() where staffCanSee {
        FileHandle.standardError.write(Data("sds kiosk: \(reason)\n".utf8))
      }
    }
    var cleared = false
    switch outcome {
    case .ended, .stopped:
      switch frontEnd.waitBeforeClearing() {
      case nil: break
      case .hungUp?:
        frontEnd.shutDown()
        return ExitCode.failure
      case _?:
        frontEnd.closeKiosk()
        return ExitCode.ok
      }
    case .timedOut:
      // "Someone used this before you" only when someone did: a welcome nobody answered clears quietly.
      cleared = frontEnd.someoneTyped
    case .staffExit, .terminated:
      frontEnd.closeKiosk()
      return ExitCode.ok
    case .hungUp:
      frontEnd.shutDown()
      return ExitCode.failure
    }
    frontEnd.clearForNextPerson()
    startFreshCopy(cleared: cleared)
    frontEnd.shutDown()
    console.error("sds kiosk: could not start a fresh copy of itself (\(String(cString: strerror(errno)))). The sds-kiosk service or Scripts/kiosk will start one.")
    return restartStatus
  }

  /// Replaces this process with a fresh copy of the program, with the same arguments. Returns only on failure.
  private static func startFreshCopy(cleared: Bool) {
    setenv(clearedVariable, cleared ? "1" : "0", 1)
    let arguments = CommandLine.arguments.map { strdup($0) } + [nil]
    execv("/proc/self/exe", arguments)
    if let path = Bundle.main.executablePath { execv(path, arguments) }
  }
}
