internal import CReadline
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The state readline's C callbacks reach. readline is one process-wide C library, so this is one
/// process-wide place, used only from the main thread (the one that runs the conversation).
enum ReadlineState {
  enum Finished: Equatable {
    case line(String)
    case endOfInput
  }

  /// Set by the line handler when Enter or Ctrl-D finishes the line.
  nonisolated(unsafe) static var finished: Finished?
  /// What Tab may complete at the open line.
  nonisolated(unsafe) static var candidates: [String] = []
  /// The matches of the completion in progress, and how many readline has taken.
  nonisolated(unsafe) static var matches: [String] = []
  nonisolated(unsafe) static var matchIndex = 0
  /// Set when the staff exit keys are pressed.
  nonisolated(unsafe) static var staffExitPressed = false
}

/// Called by readline with the finished line (nil for Ctrl-D on an empty line). It removes itself so that
/// readline does not show the prompt again by itself.
private let lineHandler: @convention(c) (UnsafeMutablePointer<CChar>?) -> Void = { pointer in
  if let pointer {
    ReadlineState.finished = .line(String(cString: pointer))
    free(pointer)
  } else {
    ReadlineState.finished = .endOfInput
  }
  rl_callback_handler_remove()
}

/// readline's completion: only the candidates of the open line, never file names.
private let completer: @convention(c) (UnsafePointer<CChar>?, Int32, Int32) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
  sds_rl_set_attempted_completion_over(1)
  sds_rl_set_completion_append_character(0)
  let typed = text.map { String(cString: $0) } ?? ""
  ReadlineState.matches = Completion.matches(for: typed, in: ReadlineState.candidates)
  ReadlineState.matchIndex = 0
  guard !ReadlineState.matches.isEmpty else { return nil }
  return rl_completion_matches(text, completionGenerator)
}

/// Hands readline one match at a time, in memory it will free.
private let completionGenerator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { _, state in
  if state == 0 { ReadlineState.matchIndex = 0 }
  guard ReadlineState.matchIndex < ReadlineState.matches.count else { return nil }
  defer { ReadlineState.matchIndex += 1 }
  return strdup(ReadlineState.matches[ReadlineState.matchIndex])
}

private let staffExitCommand: @convention(c) (Int32, Int32) -> Int32 = { _, _ in
  ReadlineState.staffExitPressed = true
  return 0
}

/// A problem setting up the terminal, for staff.
public struct TerminalSetupError: Error, Equatable, Sendable {
  /// What went wrong and what to do, in one line.
  public var message: String
}

/// GNU readline in callback mode, with `poll`, so that waiting for a key can time out, signals are seen at
/// once, and text can be shown while a line is half typed.
///
/// The terminal is prepared once for the whole session and put back by `shutDown()`.
final class ReadlineEditor: LineEditing {
  enum Mode {
    /// `~/.inputrc` is read; Ctrl-Z suspends as usual.
    case home
    /// No init file; Ctrl-Z, Ctrl-\ and Ctrl-S do nothing; keys that could show a file name are off.
    case kiosk
  }

  let mode: Mode
  private let signals: SignalPipe
  private let originalSettings: termios?
  private var isOpen = false
  private var quiet = false
  private var plainPrompt = "> "
  private var isShutDown = false

  /// The signals the loop handles itself.
  private static let routed: [Int32] = [SIGINT, SIGTERM, SIGHUP, SIGWINCH]

  /// Sets up readline and the terminal. `staffExit` is a readline key sequence (`\C-x\C-q`), kiosk only.
  /// `foundSettings` are the terminal's settings from before the first kiosk process changed them, when this
  /// process follows another.
  init(mode: Mode, staffExit: String?, highlighting: Bool, foundSettings: termios? = nil) throws(TerminalSetupError) {
    guard let signals = SignalPipe() else { throw TerminalSetupError(message: "could not make a pipe for signals") }
    self.mode = mode
    self.signals = signals
    originalSettings = foundSettings ?? TerminalDevice.settings()

    sds_rl_set_catch_signals(0)
    sds_rl_set_catch_sigwinch(0)
    sds_rl_set_change_environment(0)
    sds_rl_set_readline_name(ReadlineEditor.name)
    if mode == .kiosk {
      // readline reads $INPUTRC, else ~/.inputrc: a kiosk reads neither.
      setenv("INPUTRC", "/dev/null", 1)
    }
    sds_rl_use_standard_streams()
    // Letters like é are several bytes: readline must know, or Backspace rubs out half a letter.
    // Without a UTF-8 locale in the environment (a kiosk started by systemd often has none), use C.UTF-8.
    if setlocale(LC_CTYPE, "") == nil || String(cString: nl_langinfo(nl_item(CODESET))) != "UTF-8" { setlocale(LC_CTYPE, "C.UTF-8") }
    rl_initialize()
    sds_rl_complete_whole_line()
    sds_rl_disable_filename_completion()
    sds_rl_set_attempted_completion_function(completer)
    _ = rl_variable_bind("completion-ignore-case", "on")
    _ = rl_variable_bind("completion-display-width", "0")  // one match a line: no columns to read across
    _ = rl_variable_bind("page-completions", "off")  // no --More-- pager to get stuck in
    if !highlighting { _ = rl_variable_bind("enable-active-region", "off") }  // no reverse video on pasted text
    using_history()
    stifle_history(200)
    for keys in ReadlineEditor.alwaysOff { _ = sds_rl_disable_keyseq(keys) }
    if mode == .kiosk {
      _ = rl_variable_bind("bell-style", "none")  // a library is a quiet place
      for keys in ReadlineEditor.kioskOff { _ = sds_rl_disable_keyseq(keys) }
      if let staffExit { _ = rl_bind_keyseq(staffExit, staffExitCommand) }
      signals.ignore([SIGTSTP, SIGTTIN, SIGTTOU, SIGQUIT])
      if let originalSettings { TerminalDevice.apply(TerminalDevice.lockedDown(originalSettings)) }
      signals.route(Self.routed)
    } else {
      signals.ignore([SIGQUIT])
      signals.route(Self.routed + [SIGTSTP])
    }
    signals.ignore([SIGPIPE])
    rl_prep_terminal(1)
    sds_rl_prepare_terminal_yourself()
  }

  /// readline's application name, for `$if sds` in `~/.inputrc`. It must outlive every use, so it is never freed.
  nonisolated(unsafe) private static let name = UnsafePointer(strdup("sds")!)

  /// Bindings that could show a file name or read a file: off everywhere.
  private static let alwaysOff = [
    "\\e&", "\\e~",  // tilde-expand: would show the home folder's path
  ]

  /// Bindings a kiosk switches off as well.
  private static let kioskOff = [
    "\\C-x\\C-r",  // re-read-init-file
    "\\C-z", "\\C-\\\\", "\\C-s", "\\C-q",  // arrive as keys once the terminal no longer turns them into signals
    "\\e\\C-j",  // switch to vi editing mode
    "\\C-x\\C-v",  // show readline's version
    "\\C-r",  // search back through history (a kiosk keeps only command words, but search is not needed)
  ]

  /// Checks that `keys` (readline's syntax, like `\C-x\C-q`) is at least two keys and starts with a
  /// control key, so that it never gets in the way of typing. Returns why not, or nil when it is fine.
  static func problem(withStaffExit keys: String) -> String? {
    var buffer = [CChar](repeating: 0, count: keys.utf8.count * 2 + 8)
    var length: Int32 = 0
    guard rl_translate_keyseq(keys, &buffer, &length) == 0 else { return "readline could not read the keys" }
    let bytes = buffer[0..<Int(length)].map { UInt8(bitPattern: $0) }
    return StaffExit.problem(with: bytes)
  }

  var columns: Int? { TerminalDevice.columns() }

  var rows: Int? { TerminalDevice.rows() }

  func write(_ text: String) {
    TerminalDevice.write(text)
  }

  func open(_ request: LineRequest) {
    ReadlineState.finished = nil
    ReadlineState.staffExitPressed = false
    ReadlineState.candidates = request.completions
    quiet = request.secret
    plainPrompt = request.plainPrompt
    sds_rl_set_quiet(quiet ? 1 : 0)
    if quiet {
      TerminalDevice.write(plainPrompt)
      rl_callback_handler_install("", lineHandler)
    } else {
      rl_callback_handler_install(request.prompt, lineHandler)
      if let prefill = request.prefill, !prefill.isEmpty {
        _ = rl_insert_text(prefill)
        rl_redisplay()
      }
    }
    isOpen = true
  }

  func next(waitingAtMost seconds: Double?) -> LineEvent {
    while true {
      var fds = [pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0), pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0)]
      let timeout = seconds.map { Int32(min(Double(Int32.max), max(0, ($0 * 1000).rounded(.up)))) } ?? -1
      let ready = poll(&fds, 2, timeout)
      if ready < 0 {
        if errno == EINTR { continue }
        return .hangUp
      }
      if ready == 0 { return .idle }
      if fds[1].revents & Int16(POLLIN) != 0, let event = handleSignals() { return event }
      let input = fds[0].revents
      if input & Int16(POLLIN) != 0 {
        rl_callback_read_char()
        if ReadlineState.staffExitPressed { return .staffExit }
        if let finished = ReadlineState.finished {
          ReadlineState.finished = nil
          isOpen = false
          sds_rl_set_quiet(0)
          switch finished {
          case .line(let text):
            if quiet { TerminalDevice.write("\n") }
            return .line(text)
          case .endOfInput:
            TerminalDevice.write("\n")
            return .endOfInput
          }
        }
        return .keys
      }
      if input & Int16(POLLHUP | POLLERR | POLLNVAL) != 0 { return .hangUp }
    }
  }

  /// What the signals that arrived mean, or nil when they need nothing from the loop.
  private func handleSignals() -> LineEvent? {
    let arrived = signals.take()
    if arrived.contains(SIGTERM) { return .terminate }
    if arrived.contains(SIGHUP) { return .hangUp }
    if arrived.contains(SIGINT) {
      let partial = quiet ? "" : currentLine()
      moveBelowLine()
      rl_free_line_state()
      rl_callback_sigcleanup()
      rl_replace_line("", 1)
      if isOpen { rl_callback_handler_remove() }
      isOpen = false
      sds_rl_set_quiet(0)
      return .interrupt(partial: partial)
    }
    if arrived.contains(SIGTSTP) { suspend() }
    if arrived.contains(SIGWINCH) {
      rl_resize_terminal()
      return .resized
    }
    return nil
  }

  /// Ctrl-Z at home: put the terminal back, stop, and pick up again after `fg`.
  private func suspend() {
    moveBelowLine()
    rl_deprep_terminal()
    if let originalSettings { TerminalDevice.apply(originalSettings) }
    signals.restoreDefaults([SIGTSTP])
    kill(getpid(), SIGTSTP)
    // Carried on with fg.
    signals.route([SIGTSTP])
    rl_prep_terminal(1)
    redisplayAfterOutput()
  }

  var lineText: String { isOpen ? currentLine() : "" }

  func interject(_ text: String) {
    guard isOpen else { return write(text) }
    let point = sds_rl_point()
    moveBelowLine()
    TerminalDevice.write(text)
    redisplayAfterOutput(point: point)
  }

  /// Moves the cursor to the end of the line being typed, then to the start of the next line.
  private func moveBelowLine() {
    if !quiet {
      sds_rl_set_point(sds_rl_end())
      rl_redisplay()
    }
    TerminalDevice.write("\n")
  }

  /// Shows the prompt and what was typed again, on a fresh line.
  private func redisplayAfterOutput(point: Int32? = nil) {
    guard isOpen else { return }
    _ = rl_on_new_line()
    if quiet {
      TerminalDevice.write(plainPrompt)
    } else {
      rl_redisplay()
      if let point {
        sds_rl_set_point(point)
        rl_redisplay()
      }
    }
  }

  func close() {
    guard isOpen else { return }
    moveBelowLine()
    rl_replace_line("", 1)
    rl_callback_handler_remove()
    isOpen = false
    sds_rl_set_quiet(0)
  }

  func remember(_ line: String) {
    add_history(line)
  }

  /// Clears readline's history, undo list and partly typed line. readline has no call to empty its kill
  /// ring, which is one reason a kiosk starts a fresh process for every person.
  func forget() {
    clear_history()
    rl_free_line_state()
    rl_replace_line("", 1)
    ReadlineState.candidates = []
    ReadlineState.matches = []
  }

  private func currentLine() -> String {
    guard let buffer = sds_rl_line_buffer() else { return "" }
    return String(cString: buffer)
  }

  /// The settings to put back at the very end.
  var settingsFound: termios? { originalSettings }

  /// Kiosk: gets ready for this process to be replaced by a fresh one. readline lets go of the terminal, but
  /// the kiosk's terminal settings and ignored keys stay, and Ctrl-C and SIGTERM are ignored for the moment
  /// the replacement takes, so no key can suspend or stop the kiosk in between.
  func handOver() {
    close()
    forget()
    rl_deprep_terminal()
    signals.ignore([SIGINT, SIGTERM, SIGHUP])
  }

  /// Puts the terminal and the signals back as they were. Safe to call more than once.
  func shutDown() {
    guard !isShutDown else { return }
    isShutDown = true
    close()
    forget()
    rl_deprep_terminal()
    if let originalSettings { TerminalDevice.apply(originalSettings) }
    signals.restoreDefaults(Self.routed + [SIGTSTP, SIGTTIN, SIGTTOU, SIGQUIT])
  }

  deinit { shutDown() }
}

/// The rules for a kiosk's staff exit keys.
enum StaffExit {
  /// Why `keys` would not do as a staff exit, or nil when they would.
  static func problem(with keys: [UInt8]) -> String? {
    guard keys.count >= 2 else { return "use at least two keys, so nobody presses them by accident" }
    guard let first = keys.first, first < 0x20 || first == 0x1B else {
      return "start with a control key like \\C-x or with Escape (\\e), so the keys never get in the way of typing"
    }
    if [0x0D, 0x0A, 0x09, 0x08, 0x03, 0x04].contains(first) {
      return "do not start with Enter, Tab, Backspace, Ctrl-C or Ctrl-D: the person needs those"
    }
    return nil
  }
}
