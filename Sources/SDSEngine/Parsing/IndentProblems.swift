extension Diagnostic {
  /// The `E-TAB` error for a line whose indent has a tab: a tab looks different in every editor, so the
  /// checkers report it rather than guess which line it belongs under.
  public static func tab(file: String, line: Int) -> Diagnostic {
    Diagnostic(file: file, line: line, column: 1, severity: .error, code: "E-TAB",
      message: "This line is indented with a tab. Use spaces: a tab looks different in every editor, so I cannot tell which line it belongs under.")
  }

  /// The `E-INDENT` error for a line indented deeper than the line above (`previousIndent`), which would
  /// carry that line on, when that looks like a slip: it starts like a property of its own (`hint: ...`,
  /// as `isKey` says of the words before its colon), or it is just one space deeper. Nil for a line that
  /// carries on as meant: 2 or more spaces deeper, not starting with a key. `column` is where its text starts.
  public static func indentSlip(file: String, line: Int, column: Int, text: String, indent: Int, previousIndent: Int, isKey: (String) -> Bool) -> Diagnostic? {
    guard indent > previousIndent else { return nil }
    let colon = text.firstIndex(ofASCII: ":")
    let key = colon < text.endIndex ? String(text[..<colon].trimmingSpaces()) : ""
    let message: String
    if !key.isEmpty, isKey(key) {
      message = "This \(key): line is indented more than the line above, so it would be joined to that line and shown as part of it. Start it in the same column as the line above."
    } else if indent == previousIndent + 1 {
      message = "This line has one space more than the line above, so it would be joined to it. Start it in the same column as the line above, or, if it carries on that line, indent it by 2 more spaces."
    } else {
      return nil
    }
    return Diagnostic(file: file, line: line, column: column, severity: .error, code: "E-INDENT", message: message)
  }
}
