/// Works out what an answer means: yes or no, a choice, several choices, or a command.
public enum Understanding {
  /// Lower case, apostrophes removed, other punctuation turned into spaces, spaces collapsed.
  public static func normalise(_ text: String) -> String {
    var result = ""
    var lastWasSpace = true
    for character in text.lowercased() {
      if character == "'" || character == "\u{2019}" || character == "\u{2018}" { continue }
      if character.isLetter || character.isNumber {
        result.append(character)
        lastWasSpace = false
      } else if !lastWasSpace {
        result.append(" ")
        lastWasSpace = true
      }
    }
    if result.hasSuffix(" ") { result.removeLast() }
    return result
  }

  /// The result of reading one choice.
  enum ChoiceMatch: Equatable {
    case one(Int)
    case ambiguous([Int])
    case none
  }

  /// Finds which of `choices` the words `input` mean: by number, label, alias or id, then by words only one
  /// choice has. `ignored` words (like "the") never decide.
  static func matchChoice(_ input: String, labels: [String], aliases: [[String]], ids: [String], ignored: Set<String>) -> ChoiceMatch {
    let text = normalise(input)
    guard !text.isEmpty else { return .none }
    if let number = Int(text) { return (1...labels.count).contains(number) ? .one(number - 1) : .none }
    for (index, label) in labels.enumerated() where normalise(label) == text { return .one(index) }
    for (index, list) in aliases.enumerated() where list.contains(where: { normalise($0) == text }) { return .one(index) }
    for (index, id) in ids.enumerated() where normalise(id) == text { return .one(index) }
    // Words unique to one choice.
    let choiceWords: [Set<String>] = labels.indices.map { index in
      var words = Set(normalise(labels[index]).split(separator: " ").map(String.init))
      for alias in aliases[index] { words.formUnion(normalise(alias).split(separator: " ").map(String.init)) }
      return words.subtracting(ignored)
    }
    var hits = Set<Int>()
    var anyWordMatched = false
    for word in text.split(separator: " ").map(String.init) where !ignored.contains(word) {
      let owners = choiceWords.indices.filter { choiceWords[$0].contains(word) }
      if owners.isEmpty { continue }
      anyWordMatched = true
      if owners.count == 1 { hits.insert(owners[0]) } else { hits.formUnion(owners) }
    }
    // Whole aliases of several words inside a longer answer ("by e-mail please").
    for (index, list) in aliases.enumerated() {
      for alias in list where normalise(alias).contains(" ") && (" " + text + " ").contains(" " + normalise(alias) + " ") { hits.insert(index) }
    }
    if hits.count == 1, let only = hits.first { return .one(only) }
    if hits.count > 1 { return .ambiguous(hits.sorted()) }
    return anyWordMatched ? .ambiguous([]) : .none
  }

  /// Splits an answer that names several choices: by commas, "and", "&", "/" or spaces between numbers.
  static func splitMany(_ input: String) -> [String] {
    var text = input.lowercased()
    for separator in [" and ", "&", "/", ";", "+"] { text = text.replacingOccurrences(of: separator, with: ",") }
    var parts = text.split(separator: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
    // "1 3 4" means three numbers.
    if parts.count == 1 {
      let words = parts[0].split(separator: " ")
      if words.count > 1, words.allSatisfy({ Int($0) != nil }) { parts = words.map(String.init) }
    }
    return parts
  }

  /// Reads a yes or no answer using the word lists, or the numbers 1, 2 and 3.
  static func matchYesNo(_ input: String, words: [String: [String]], allowsNotSure: Bool) -> YesNo? {
    let text = normalise(input)
    guard !text.isEmpty else { return nil }
    switch text {
    case "1": return .yes
    case "2": return .no
    case "3": return allowsNotSure ? .notSure : nil
    default: break
    }
    let order: [(YesNo, String)] = allowsNotSure ? [(.notSure, "not-sure"), (.yes, "yes"), (.no, "no")] : [(.yes, "yes"), (.no, "no")]
    for (value, key) in order where (words[key] ?? []).contains(text) { return value }
    // "yes please", "no thanks", "not sure really": the answer starts with a known word and has no other known word.
    var found: Set<YesNo> = []
    for (value, key) in order {
      for word in words[key] ?? [] where text.hasPrefix(word + " ") { found.insert(value) }
    }
    if found.contains(.notSure) { return .notSure }
    guard found.count == 1, let answer = found.first else { return nil }
    // "yes no" says both: a one-word answer of another kind anywhere after the first word means it is unclear.
    let tokens = Set(text.split(separator: " ").dropFirst().map(String.init))
    for (value, key) in order where value != answer {
      if (words[key] ?? []).contains(where: { !$0.contains(" ") && tokens.contains($0) }) { return nil }
    }
    return answer
  }
}

import Foundation
