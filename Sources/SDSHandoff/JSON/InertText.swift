import SDSEngine

/// Text from a draft made safe to show: nothing in it can act on a terminal, a page or a spreadsheet.
///
/// A draft in the drop folder may have been written by anyone who can reach the folder, so every
/// format treats every string in it this way, not only the person's answers.
public enum InertText {
  /// True for characters that are invisible or act on the display, by the one definition the engine
  /// and the terminal use too (`HiddenCharacters`).
  public static func isHidden(_ scalar: Unicode.Scalar) -> Bool { HiddenCharacters.contains(scalar) }

  /// `text` with escape sequences and hidden characters removed (the engine's own input cleaning,
  /// one line at a time), keeping the line breaks. Windows and old Mac line ends become "\n".
  public static func clean(_ text: String) -> String {
    // One pass over the scalars: every export cleans every string of every draft, so this is on the
    // key worker's import path many times per draft.
    var lines: [String] = []
    var line = String.UnicodeScalarView()
    var afterReturn = false
    for scalar in text.unicodeScalars {
      if scalar == "\n" && afterReturn {
        afterReturn = false
        continue
      }
      afterReturn = scalar == "\r"
      if scalar == "\n" || scalar == "\r" {
        lines.append(finish(line))
        line = String.UnicodeScalarView()
      } else {
        line.append(scalar)
      }
    }
    lines.append(finish(line))
    return lines.joined(separator: "\n")
  }

  /// One line cleaned like an answer; separators inside it, which also break lines visually, become spaces.
  private static func finish(_ line: String.UnicodeScalarView) -> String {
    var spaced = String.UnicodeScalarView()
    for scalar in line {
      spaced.append(scalar == "\u{2028}" || scalar == "\u{2029}" ? " " : scalar)
    }
    return InputSanitiser.clean(String(spaced))
  }

  /// `text` cleaned and on one line: line breaks become spaces.
  public static func oneLine(_ text: String) -> String {
    clean(text).split(separator: "\n").joined(separator: " ")
  }

  /// `text` cleaned, on one line and at most `limit` characters, ending with "…" when cut.
  public static func short(_ text: String, limit: Int) -> String {
    let line = oneLine(text)
    return line.count <= limit ? line : String(line.prefix(max(limit - 1, 0))) + "…"
  }
}
