/// Cleans what a person typed before the engine looks at it or stores it.
public enum InputSanitiser {
  /// The longest answer accepted, in characters.
  public static let maximumLength = 2_000

  /// `text` with terminal escape sequences, control characters, text-direction overrides and every other
  /// hidden character (`HiddenCharacters`) removed, tabs turned into spaces, and leading and trailing
  /// spaces trimmed. It takes time in proportion to the length of `text`, whatever it holds.
  public static func clean(_ text: String) -> String {
    trimmingSpaces(ControlStripper.strip(text, keepingLineBreaks: false))
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
