/// How output looks: with emphasis (bold questions) or as plain text.
///
/// Emphasis is decoration only. Every status and warning is told apart by its words, never by colour.
public enum OutputStyle: Equatable, Sendable {
  /// Bold questions and choice numbers.
  case emphasis
  /// No colour and no emphasis: the same words, nothing else.
  case plain

  /// The style for standard output: emphasis only when it is a terminal, `--plain` was not given,
  /// `NO_COLOR` is unset or empty, and `TERM` is set and not `dumb`.
  public static func decide(stdoutIsTerminal: Bool, plainRequested: Bool, environment: [String: String]) -> OutputStyle {
    if plainRequested || !stdoutIsTerminal { return .plain }
    if let noColour = environment["NO_COLOR"], !noColour.isEmpty { return .plain }
    guard let term = environment["TERM"], !term.isEmpty, term != "dumb" else { return .plain }
    return .emphasis
  }
}

/// The only escape sequences the front end writes. They are constants, never built from other text.
enum Escape {
  static let bold = "\u{1B}[1m"
  static let reset = "\u{1B}[0m"
  /// Cursor home, clear the screen, clear the scrollback.
  static let clearScreenAndScrollback = "\u{1B}[H\u{1B}[2J\u{1B}[3J"
  /// Soft reset (DECSTR): puts back modes a program may have changed, without the side effects of a full reset.
  static let softReset = "\u{1B}[!p"
  /// readline must be told which prompt bytes take no room on screen.
  static let promptIgnoreStart = "\u{01}"
  static let promptIgnoreEnd = "\u{02}"
}
