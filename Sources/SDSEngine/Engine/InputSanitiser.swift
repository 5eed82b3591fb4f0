/// Cleans what a person typed before the engine looks at it or stores it.
public enum InputSanitiser {
  /// The longest answer accepted, in characters.
  public static let maximumLength = 2_000
  /// The longest answer accepted, in bytes of UTF-8: four for each character allowed, so no answer of
  /// ordinary letters, in any script, meets it before the character limit.
  public static let maximumBytes = 4 * maximumLength
  /// The most combining marks (accents and the like written as separate code points) an answer may hold.
  /// A character made of hundreds of marks counts as one character, so the character limit alone does
  /// not stop it.
  public static let maximumMarks = maximumLength

  /// `text` with terminal escape sequences, control characters, text-direction overrides and every other
  /// hidden character (`HiddenCharacters`) removed, tabs turned into spaces, and leading and trailing
  /// spaces trimmed. It takes time in proportion to the length of `text`, whatever it holds.
  public static func clean(_ text: String) -> String {
    trimmingSpaces(ControlStripper.strip(text, keepingLineBreaks: false))
  }

  /// True when cleaned `text` is longer than an answer may be: more than `maximumLength` characters,
  /// `maximumBytes` bytes or `maximumMarks` combining marks. The bytes are checked first, so a huge
  /// answer is turned away at once, without counting its characters.
  public static func isTooLong(_ text: String) -> Bool {
    if text.utf8.count > maximumBytes { return true }
    var marks = 0
    for scalar in text.unicodeScalars {
      switch scalar.properties.generalCategory {
      case .nonspacingMark, .enclosingMark, .spacingMark:
        marks += 1
        if marks > maximumMarks { return true }
      default: continue
      }
    }
    return text.count > maximumLength
  }

  /// `text` without spaces (and tabs turned into spaces) at either end, in one pass over its scalars.
  private static func trimmingSpaces(_ text: String) -> String {
    let scalars = text.unicodeScalars
    func isSpace(_ scalar: Unicode.Scalar) -> Bool { scalar == " " || scalar.properties.generalCategory == .spaceSeparator }
    guard let first = scalars.firstIndex(where: { !isSpace($0) }) else { return "" }
    guard let last = scalars.lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(scalars[first...last])
  }
}
