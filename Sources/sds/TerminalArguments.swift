import Foundation
import SDSTerminal
import SDSSession

/// The options of the terminal front end, shared by `sds` and `sds kiosk`.
enum TerminalArguments {
  static let valueOptions: Set<String> = ["--idle-warn", "--idle-wipe", "--speak-rate", "--speak-command"]
  static let flagOptions: Set<String> = ["--plain", "--speak", "--speak-typing"]
  static let kioskValueOptions: Set<String> = ["--staff-exit", "--end-wipe"]

  /// The usage lines for the options both commands share.
  static let usage = """
      --plain         Plain text for screen readers and braille displays: no colour or emphasis.
                      (NO_COLOR=1 also turns colour off.)
      --speak         Read what the assistant says aloud with espeak-ng (British English voice).
      --speak-typing  With --speak, also read out what you type (never a memorable word).
      --speak-rate WPM
                      How fast to speak, in words a minute, from 80 to 450 (default 150).
      --speak-command PROGRAM
                      The speech program to use instead of espeak-ng (or set SDS_SPEAK_COMMAND).
                      It gets the text on standard input and espeak-ng's options: -v en-gb -s WPM --stdin.
    """

  /// The terminal options `parsed` asks for.
  static func options(_ parsed: ParsedArguments, mode: TerminalOptions.Mode) throws(UsageError) -> TerminalOptions {
    var options = TerminalOptions(mode: mode, plain: parsed.flags.contains("--plain"))
    options.idle = try idlePolicy(parsed, mode: mode)
    let speechAsked = parsed.flags.contains("--speak")
    for option in ["--speak-rate", "--speak-command"] where parsed.values[option] != nil && !speechAsked {
      throw UsageError(message: "\(option) works with --speak. Add --speak to turn speech on.")
    }
    if parsed.flags.contains("--speak-typing") && !speechAsked {
      throw UsageError(message: "--speak-typing works with --speak. Add --speak to turn speech on.")
    }
    if speechAsked {
      var speech = SpeechSettings(speakTyping: parsed.flags.contains("--speak-typing"))
      if let program = parsed.value("--speak-command", env: "SDS_SPEAK_COMMAND") { speech.program = program }
      if let text = parsed.values["--speak-rate"] {
        guard let rate = Int(text), SpeechSettings.rates.contains(rate) else {
          throw UsageError(message: "--speak-rate needs a whole number of words a minute from \(SpeechSettings.rates.lowerBound) to \(SpeechSettings.rates.upperBound), like 150.")
        }
        speech.rate = rate
      }
      options.speech = speech
    }
    if mode == .kiosk {
      if let keys = parsed.value("--staff-exit", env: "SDS_STAFF_EXIT") {
        if let problem = TerminalFrontEnd.problem(withStaffExit: keys) {
          throw UsageError(message: "--staff-exit '\(Console.visible(keys))' will not do: \(problem).")
        }
        options.staffExit = keys
      }
      if let text = parsed.values["--end-wipe"] { options.endWipeAfter = try seconds(text, option: "--end-wipe") }
    }
    return options
  }

  private static func idlePolicy(_ parsed: ParsedArguments, mode: TerminalOptions.Mode) throws(UsageError) -> IdlePolicy? {
    let warn = try parsed.values["--idle-warn"].map { text throws(UsageError) in try seconds(text, option: "--idle-warn") }
    let wipe = try parsed.values["--idle-wipe"].map { text throws(UsageError) in try seconds(text, option: "--idle-wipe") }
    switch (warn, wipe) {
    case (nil, nil):
      return mode == .kiosk ? .kiosk : nil
    case (let warn?, nil):
      guard mode == .kiosk else { throw UsageError(message: "--idle-warn needs --idle-wipe too: say when the answers are cleared.") }
      return IdlePolicy(warnAfter: warn, wipeAfter: max(warn + 120, IdlePolicy.kiosk.wipeAfter))
    case (nil, let wipe?):
      return IdlePolicy(warnAfter: wipe * 0.8, wipeAfter: wipe)
    case (let warn?, let wipe?):
      guard warn < wipe else { throw UsageError(message: "--idle-warn (\(text(warn)) seconds) must be less than --idle-wipe (\(text(wipe)) seconds).") }
      return IdlePolicy(warnAfter: warn, wipeAfter: wipe)
    }
  }

  private static func seconds(_ text: String, option: String) throws(UsageError) -> Double {
    guard let value = Double(text), value.isFinite, value > 0, value <= 86_400 else {
      throw UsageError(message: "\(option) needs a number of seconds, like 600.")
    }
    return value
  }

  private static func text(_ seconds: Double) -> String {
    seconds == seconds.rounded() ? String(Int(seconds)) : String(seconds)
  }
}
