import Foundation
import SDSEngine

/// The only way the program writes to standard output and standard error.
struct Console: Sendable {
  /// Writes text to standard output, as is.
  mutating func out(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
  }

  /// Writes one line to standard output.
  mutating func line(_ text: String = "") { out(text + "\n") }

  /// Writes one line to standard error, for staff and scripts.
  mutating func error(_ text: String) {
    FileHandle.standardError.write(Data((text + "\n").utf8))
  }

  /// `text` with hidden characters (`HiddenCharacters`: controls, escapes, format characters,
  /// default-ignorables) shown as `?`, safe to print in a message.
  static func visible(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { HiddenCharacters.contains($0) ? "?" : $0 }))
  }
}
