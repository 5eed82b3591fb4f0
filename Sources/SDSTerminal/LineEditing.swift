/// What happened at the keyboard while a line was being typed.
enum LineEvent: Equatable {
  /// Keys were pressed; the line is not finished yet.
  case keys
  /// Enter was pressed: the line is finished and closed.
  case line(String)
  /// Ctrl-D on an empty line: the line is closed.
  case endOfInput
  /// Ctrl-C: the line is closed. `partial` is what had been typed (empty for a memorable word).
  case interrupt(partial: String)
  /// The wait ran out and nothing was pressed.
  case idle
  /// The window changed size.
  case resized
  /// Staff pressed the staff exit keys.
  case staffExit
  /// The program was asked to stop (SIGTERM).
  case terminate
  /// The terminal went away.
  case hangUp
}

/// One line to read.
struct LineRequest: Equatable {
  /// The prompt, ready for readline (any emphasis already marked as taking no room).
  var prompt: String
  /// The prompt as plain text, for when nothing is echoed.
  var plainPrompt: String
  /// True for a memorable word: nothing typed is shown or remembered.
  var secret = false
  /// Text to put back in the line, ready to edit.
  var prefill: String?
  /// What Tab may complete.
  var completions: [String] = []
}

/// A line editor the conversation loop drives: readline on a terminal, a fake one in tests.
///
/// Everything is called from one thread. Between `open` and the event that closes the line, output goes
/// through `interject`, which keeps what the person has typed so far.
protocol LineEditing: AnyObject {
  /// The terminal's width in columns, when known.
  var columns: Int? { get }
  /// The terminal's height in rows, when known.
  var rows: Int? { get }
  /// Writes text while no line is open.
  func write(_ text: String)
  /// Starts reading a line.
  func open(_ request: LineRequest)
  /// Waits at most `seconds` (for ever when nil) for something to happen at the keyboard.
  func next(waitingAtMost seconds: Double?) -> LineEvent
  /// What is in the open line now, typed or put back; for a memorable word too, so never show it.
  var lineText: String { get }
  /// Writes text below the line being typed, then shows the prompt and the typed text again.
  func interject(_ text: String)
  /// Ends the open line without an answer.
  func close()
  /// Keeps `line` in this conversation's history (in memory only).
  func remember(_ line: String)
  /// Forgets the history and every trace of what was typed that the editor can reach.
  func forget()
}
