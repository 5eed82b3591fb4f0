/// Cleans what a person typed before the engine looks at it or stores it.
public enum InputSanitiser {
  /// The longest answer accepted, in characters.
  public static let maximumLength = 2_000

  /// `text` with terminal escape sequences, control characters and text-direction overrides removed,
  /// tabs turned into spaces, and leading and trailing spaces trimmed.
  public static func clean(_ text: String) -> String {
    ControlStripper.strip(text, keepingLineBreaks: false).trimmingCharacters(in: .whitespaces)
  }
}

import Foundation
