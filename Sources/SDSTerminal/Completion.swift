import Foundation
import SDSEngine

/// What the Tab key can complete: the choices of the question being asked and the words that work at any
/// question. Never file names, and nothing at all while a memorable word is typed.
public enum Completion {
  /// The candidates at `prompt`: its choices' words, then `commandWords`, each once (ignoring case).
  public static func candidates(for prompt: Prompt?, commandWords: [String]) -> [String] {
    if prompt?.secret == true { return [] }
    var seen = Set<String>()
    var result: [String] = []
    for word in (prompt?.choices.map(\.label) ?? []) + commandWords {
      let clean = ScreenText.sanitise(word).replacingOccurrences(of: "\n", with: " ").trimmingSpaces()
      guard !clean.isEmpty, seen.insert(clean.lowercased()).inserted else { continue }
      result.append(clean)
    }
    return result
  }

  /// The candidates that start with what was typed so far, ignoring case and spaces in front, in order.
  public static func matches(for typed: String, in candidates: [String]) -> [String] {
    let start = typed.trimmingSpaces(trailing: false).lowercased()
    return candidates.filter { $0.lowercased().hasPrefix(start) }
  }
}

extension String {
  /// The string without spaces at the start (and, unless `trailing` is false, at the end).
  func trimmingSpaces(trailing: Bool = true) -> String {
    var slice = Substring(self)
    while slice.first == " " { slice = slice.dropFirst() }
    if trailing { while slice.last == " " { slice = slice.dropLast() } }
    return String(slice)
  }
}
