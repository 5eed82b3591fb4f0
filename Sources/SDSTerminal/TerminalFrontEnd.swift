import Foundation
import SDSEngine
#if canImport(Glibc)
import Glibc
#endif

/// How the terminal front end runs.
public struct TerminalOptions: Equatable, Sendable {
  /// Home or library kiosk.
  public enum Mode: Equatable, Sendable {
    /// One conversation, readline as the person has set it up.
    case home
    /// Conversation after conversation on a shared computer, locked down, cleared between people.
    case kiosk
  }

  /// Home or kiosk.
  public var mode: Mode
  /// `--plain`: no colour or emphasis, for screen readers and braille displays.
  public var plain: Bool
  /// When to warn and clear if nobody types; nil for never (the home default).
  public var idle: IdlePolicy?
  /// Reading aloud, when asked for.
  public var speech: SpeechSettings?
  /// Kiosk only: the readline key sequence that lets staff stop the kiosk.
  public var staffExit: String?
  /// Kiosk only: how long the last screen of a conversation (a reference to write down) stays before it is cleared.
  public var endWipeAfter: Double

  /// The default time the last screen stays at a kiosk: two minutes, time to write down a reference.
  public static let defaultEndWipe: Double = 120

  /// Makes options.
  public init(mode: Mode, plain: Bool = false, idle: IdlePolicy? = nil, speech: SpeechSettings? = nil, staffExit: String? = nil, endWipeAfter: Double = TerminalOptions.defaultEndWipe) {
    self.mode = mode
    self.plain = plain
    self.idle = idle
    self.speech = speech
    self.staffExit = staffExit
    self.endWipeAfter = endWipeAfter
  }
}

/// The program people sit in front of: the conversation on a terminal, at home or at a library kiosk.
///
/// Make one per process, use it from the main thread, and call `shutDown()` (or `closeKiosk()`) before
/// exiting, so the terminal is left as it was found.
public final class TerminalFrontEnd {
  /// True when standard input and standard output are both terminals, so line editing can be used.
  public static var isAvailable: Bool { TerminalDevice.isTerminal(STDIN_FILENO) && TerminalDevice.isTerminal(STDOUT_FILENO) }

  /// Why `keys` will not do as `--staff-exit`, or nil when they will.
  public static func problem(withStaffExit keys: String) -> String? { ReadlineEditor.problem(withStaffExit: keys) }

  /// The options in force.
  public let options: TerminalOptions
  private let wording: Wording
  private let editor: ReadlineEditor
  private let loop: ConversationLoop<ReadlineEditor>
  private let speaker: Speaking?
  private let speechMissing: Bool

  /// Sets up the terminal for `options`. Throws when the terminal cannot be used.
  public init(options: TerminalOptions, wording: Wording, environment: [String: String] = ProcessInfo.processInfo.environment) throws(TerminalSetupError) {
    guard Self.isAvailable else { throw TerminalSetupError(message: "standard input and output must be a terminal") }
    self.options = options
    self.wording = wording
    let style = OutputStyle.decide(stdoutIsTerminal: true, plainRequested: options.plain, environment: environment)
    var found: termios?
    if options.mode == .kiosk, let text = environment[Self.foundSettingsVariable] {
      found = TerminalDevice.decode(text)
      unsetenv(Self.foundSettingsVariable)
    }
    editor = try ReadlineEditor(
      mode: options.mode == .kiosk ? .kiosk : .home, staffExit: options.mode == .kiosk ? options.staffExit : nil,
      highlighting: style == .emphasis, foundSettings: found)
    var speaker: Speaking?
    var missing = false
    if let speech = options.speech {
      speaker = SpeechProcess(settings: speech)
      missing = speaker == nil
    }
    speechMissing = missing
    self.speaker = speaker
    let settings = ConversationLoop<ReadlineEditor>.Settings(
      style: style, idle: options.idle, history: options.mode == .kiosk ? .commandsOnly : .everything,
      speakTyping: options.speech?.speakTyping ?? false, showTimeoutWords: options.mode == .home,
      pages: !options.plain, clearsAtEnding: options.mode == .kiosk)
    loop = ConversationLoop(editor: editor, wording: wording, settings: settings, speaker: speaker, clock: { ProcessInfo.processInfo.systemUptime })
  }

  /// Runs one conversation to its end. `afterEachTurn` runs after every event the conversation handles.
  public func converse<D: ConversationDriving>(_ driver: inout D, afterEachTurn: (inout D) -> Void = { _ in }) -> SessionOutcome {
    if speechMissing { loop.say(wording.message("speech-missing")) }
    return loop.run(&driver, afterEachTurn: afterEachTurn)
  }

  /// Kiosk: clears the screen and its scrollback, then says what this computer does with answers, and,
  /// when `previousWasCleared`, that the last conversation was cleared (showing nothing of it). This is
  /// shown with the conversation's first question, as one block.
  public func welcome(previousWasCleared: Bool) {
    loop.clearScreen()
    if previousWasCleared { loop.say(wording.message("kiosk-cleared")) }
    let wipe = Int((options.idle ?? .kiosk).wipeAfter.rounded(.up))
    loop.say(wording.message("kiosk-welcome", ["time": wording.duration(seconds: wipe)]))
  }

  /// True once the person typed anything in this conversation.
  public var someoneTyped: Bool { loop.someoneTyped }

  /// Home: when answers are cleared after a time with no typing (`--idle-wipe`), says so before the
  /// conversation starts, with the real time. The kiosk says it in its welcome.
  public func noticeIdleTimeout() {
    guard options.mode == .home, let idle = options.idle else { return }
    loop.say(wording.message("idle-notice", ["time": wording.duration(seconds: Int(idle.wipeAfter.rounded(.up)))]))
  }

  /// Kiosk: after a conversation ends, clears the screen and its scrollback at once and shows only what the
  /// person still needs (after a send, the reference and what happens next; after a stop, that they
  /// stopped), with nothing of their answers. Then asks for Enter before clearing that too, so there is time
  /// to write down a reference; clears anyway after `endWipeAfter` seconds. Returns nil to go on to the next
  /// person, or the outcome that stops the kiosk (staff exit, SIGTERM, the terminal gone).
  public func waitBeforeClearing() -> SessionOutcome? {
    loop.showClosingWords()
    loop.say(wording.message("kiosk-next-person"))
    let request = LineRequest(prompt: loop.emphasisedPrompt, plainPrompt: "> ")
    switch loop.read(request, idle: IdlePolicy(warnAfter: nil, wipeAfter: options.endWipeAfter), reshow: nil) {
    case .line, .endOfInput, .interrupt, .timedOut: return nil
    case .staffExit: return .staffExit
    case .terminate: return .terminated
    case .hangUp: return .hungUp
    }
  }

  /// Kiosk: forgets everything readline holds that can be forgotten in place, resets the terminal, and
  /// clears the screen and scrollback, ready for this process to be replaced by a fresh one (which must
  /// happen next, or `shutDown()` be called). The kiosk's lockdown stays on in between.
  public func clearForNextPerson() {
    speaker?.stop()
    editor.forget()
    loop.clearScreen(reset: true)
    loop.flushScreen()
    editor.handOver()
    if let found = editor.settingsFound { setenv(Self.foundSettingsVariable, TerminalDevice.encode(found), 1) }
  }

  /// Carries the terminal's settings from before the kiosk started to the next kiosk process, which puts
  /// them back when the kiosk stops for good.
  static let foundSettingsVariable = "SDS_KIOSK_TERMINAL"

  /// Kiosk: clears the screen, says the computer is closed, and puts the terminal back as it was found.
  public func closeKiosk() {
    speaker?.stop()
    editor.forget()
    loop.clearScreen(reset: true)
    loop.say(wording.message("kiosk-closed"))
    loop.flushScreen()
    editor.shutDown()
  }

  /// Home: lets the last words being read aloud finish (up to a minute), so a person who listens hears
  /// their reference and what happens next before the program ends.
  public func letSpeechFinish() {
    speaker?.finish(within: 60)
  }

  /// Puts the terminal and signals back as they were found.
  public func shutDown() {
    speaker?.stop()
    editor.shutDown()
  }
}
