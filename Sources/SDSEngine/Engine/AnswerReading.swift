/// Reads an answer the same way at every question: a choice with more words after it keeps both, small
/// typing slips are understood, and a choice word inside a longer sentence is checked, not taken.
///
/// `Understanding` holds the plain matching; this adds what a careful listener does on top of it.
enum AnswerReading {
  /// Words that carry nothing for the key worker when they follow an answer, as in "yes please" or "ring me".
  static let filler: Set<String> = ["please", "thanks", "thank", "you", "ta", "cheers", "me", "then", "really", "ok", "okay", "one"]

  /// A yes, no or not sure answer, as read.
  enum YesNoReading: Equatable {
    /// The answer, with the person's other words exactly as typed.
    case answer(YesNo, note: String?)
    /// Words that may mean this answer ("ok", "fine"), so it is checked back first.
    case maybe(YesNo)
    /// Nothing that reads as yes, no or not sure.
    case none
  }

  /// One choice, as read.
  enum ChoiceReading: Equatable {
    /// The choice at this index, with the person's other words exactly as typed.
    case one(Int, note: String?)
    /// Only a word inside a longer sentence points at this choice, so it is checked back first.
    case maybe(Int)
    /// Several choices fit.
    case ambiguous([Int])
    /// Nothing fits.
    case none
  }

  // MARK: - Yes or no

  /// Reads a yes or no answer: the numbers 1, 2 and 3, then the longest known phrase the answer starts
  /// with, allowing small slips ("yse", "not shure"). The words after the phrase become the note.
  /// `okIsYes` is for questions where "ok" and "fine" can only mean yes.
  static func readYesNo(_ input: String, words: [String: [String]], allowsNotSure: Bool, okIsYes: Bool) -> YesNoReading {
    let tokens = Understanding.normalise(input).split(separator: " ").map(String.init)
    guard let first = tokens.first else { return .none }
    if tokens.count == 1 {
      switch first {
      case "1": return .answer(.yes, note: nil)
      case "2": return .answer(.no, note: nil)
      case "3": return allowsNotSure ? .answer(.notSure, note: nil) : .none
      default: break
      }
    }
    let kinds: [(key: String, value: YesNo)] = [("not-sure", .notSure), ("yes", .yes), ("no", .no), ("maybe-yes", .yes)]
    var matches: [(key: String, value: YesNo, length: Int)] = []
    for kind in kinds {
      for phrase in words[kind.key] ?? [] {
        let parts = Understanding.normalise(phrase).split(separator: " ").map(String.init)
        guard !parts.isEmpty, parts.count <= tokens.count, zip(tokens, parts).allSatisfy({ isSlip($0, of: $1) }) else { continue }
        matches.append((kind.key, kind.value, parts.count))
      }
    }
    // The longest phrase decides ("i dont know" is not sure, not "i dont"); two answers that long is unclear.
    guard let longest = matches.map(\.length).max() else { return .none }
    let candidates = matches.filter { $0.length == longest }
    guard Set(candidates.map(\.value)).count == 1, let first = candidates.first else { return .none }
    let found = candidates.first { $0.key != "maybe-yes" } ?? first
    if found.value == .notSure, !allowsNotSure { return .none }
    // "yes no" says both: a one-word answer of another kind after the phrase makes it unclear.
    let after = Set(tokens.dropFirst(found.length))
    for kind in kinds where kind.value != found.value && kind.key != "maybe-yes" {
      if (words[kind.key] ?? []).contains(where: { $0.count > 1 && !$0.contains(" ") && after.contains($0) }) { return .none }
    }
    let note = rest(of: input, after: found.length)
    if found.key == "maybe-yes", !okIsYes { return .maybe(.yes) }
    return .answer(found.value, note: note)
  }

  // MARK: - Choices

  /// Reads one choice: a whole answer that names it, then an answer that starts with its words (the rest
  /// is the note), then words only one choice has. Short answers are read with small slips allowed.
  /// `ignored` words (like "the", "me") never decide.
  static func readChoice(_ input: String, labels: [String], aliases: [[String]], ids: [String], ignored: Set<String>) -> ChoiceReading {
    var tokens = Understanding.normalise(input).split(separator: " ").map(String.init)
    guard !tokens.isEmpty else { return .none }
    let phrases: [[[String]]] = labels.indices.map { index in
      ([labels[index], ids[index]] + aliases[index]).map { Understanding.normalise($0).split(separator: " ").map(String.init) }.filter { !$0.isEmpty }
    }
    let vocabulary = Set(phrases.flatMap { $0.flatMap { $0 } })
    let meaningful = tokens.filter { !ignored.contains($0) }
    // Slips are only mended in short answers, where a near word is very likely meant.
    if meaningful.count <= 3 { tokens = tokens.map { ignored.contains($0) ? $0 : mend($0, vocabulary: vocabulary) } }

    // The whole answer: a number, or a choice's words.
    if tokens.count == 1, let number = Int(tokens[0]) { return (1...labels.count).contains(number) ? .one(number - 1, note: nil) : .none }
    var owners = phrases.indices.filter { phrases[$0].contains(tokens) }
    // A whole choice typed with slips in its words ("I only want to find out how it wroks").
    if owners.isEmpty {
      owners = phrases.indices.filter { index in
        phrases[index].contains { $0.count == tokens.count && zip(tokens, $0).allSatisfy { isSlip($0, of: $1) } }
      }
    }
    if owners.count == 1 { return .one(owners[0], note: nil) }
    if owners.count > 1 { return .ambiguous(owners) }

    // Words only one choice has, anywhere in the answer; words several choices share only say "one of these".
    let choiceWords: [Set<String>] = phrases.map { Set($0.flatMap { $0 }).subtracting(ignored) }
    var hits = Set<Int>()
    var shared = Set<Int>()
    for word in tokens where !ignored.contains(word) {
      let owners = choiceWords.indices.filter { choiceWords[$0].contains(word) }
      if owners.count == 1 { hits.insert(owners[0]) } else { shared.formUnion(owners) }
    }
    // Whole phrases of several words inside a longer answer ("by e-mail please").
    let padded = " " + tokens.joined(separator: " ") + " "
    for index in phrases.indices where phrases[index].contains(where: { $0.count > 1 && padded.contains(" " + $0.joined(separator: " ") + " ") }) {
      hits.insert(index)
    }

    // An answer that starts with a choice ("2, because ...", "by phone, after 10"), after small words.
    let start = tokens.firstIndex { !ignored.contains($0) } ?? tokens.count
    if start < tokens.count {
      var lead: (index: Int, length: Int)?
      var tied = false
      if let number = Int(tokens[start]), (1...labels.count).contains(number), start + 1 == tokens.count || Int(tokens[start + 1]) == nil {
        lead = (number - 1, 1)
      } else {
        for index in phrases.indices {
          for phrase in phrases[index] where phrase.count <= tokens.count - start && Array(tokens[start..<(start + phrase.count)]) == phrase {
            if let current = lead, current.length == phrase.count, current.index != index { tied = true }
            else if lead == nil || phrase.count > lead!.length { lead = (index, phrase.count); tied = false }
          }
        }
      }
      // A lead of several words ("not sure yet, ...") is plain; a one-word lead must be the only choice named.
      // The rest is the note when it is set apart ("by phone, after 10") or short; a sentence that only
      // starts with a choice word ("family cannot come") may mean something else, so it is checked.
      let remainder = tokens.count - start - (lead.map(\.length) ?? 0)
      if let lead, !tied, lead.length >= 2 || hits.subtracting([lead.index]).isEmpty,
         remainder <= 3 || breaks(input, after: start + lead.length) {
        return .one(lead.index, note: rest(of: input, after: start + lead.length))
      }
    }

    if hits.count > 1 { return .ambiguous(hits.sorted()) }
    if hits.count == 1, let only = hits.first {
      // A word for a choice inside a longer sentence may mean something else: check it first.
      if meaningful.count > 3 { return .maybe(only) }
      let spare = meaningful.filter { !choiceWords[only].contains($0) && !filler.contains($0) }
      return .one(only, note: spare.isEmpty ? nil : trimmed(input))
    }
    return shared.isEmpty ? .none : .ambiguous(shared.sorted())
  }

  /// Splits an answer that names several choices: by commas, "and", "&", "/" or spaces between numbers
  /// ("2 3 4 and 6").
  static func splitMany(_ input: String) -> [String] {
    Understanding.splitMany(input).flatMap { part -> [String] in
      let words = part.split(separator: " ")
      if words.count > 1, words.allSatisfy({ Int($0.trimmingCharacters(in: .punctuationCharacters)) != nil }) {
        return words.map { $0.trimmingCharacters(in: .punctuationCharacters) }
      }
      return [part]
    }
  }

  // MARK: - Lists

  /// Several things typed on one line ("cooking, music and gardening"), when every part is one or two
  /// words; else the line as one thing, so a sentence with commas in it ("Pat, my friend, takes me
  /// shopping") stays whole.
  static func listItems(_ input: String) -> [String] {
    let text = trimmed(input)
    // Several questions on one line ("Can I ...? How often ...?") are several things, each kept whole.
    let questions = text.split(separator: "?", omittingEmptySubsequences: true).map { trimmed(String($0)) }.filter { !$0.isEmpty }
    if questions.count > 1, text.hasSuffix("?") { return questions.map { $0 + "?" } }
    var parts = text.split(whereSeparator: { $0 == "," || $0 == ";" }).map { trimmed(String($0)) }.filter { !$0.isEmpty }
    guard parts.count > 1 else { return [text] }
    if let last = parts.last, let range = last.range(of: " and ", options: .caseInsensitive) {
      let before = trimmed(String(last[..<range.lowerBound])), after = trimmed(String(last[range.upperBound...]))
      if !before.isEmpty, !after.isEmpty { parts[parts.count - 1] = before; parts.append(after) }
    }
    if parts.first.map({ $0.lowercased().hasPrefix("and ") }) == true { return [text] }
    parts = parts.map { $0.lowercased().hasPrefix("and ") ? trimmed(String($0.dropFirst(4))) : $0 }
    guard parts.allSatisfy({ $0.split(separator: " ").count <= 2 }) else { return [text] }
    return parts
  }

  // MARK: - Words

  /// The answer's own words after its first `count` words, exactly as typed; nil when nothing but small
  /// words ("please") is left.
  /// With `keepingEdges`, the text after those words is given as it is, punctuation and all.
  static func rest(of input: String, after count: Int, keepingEdges: Bool = false) -> String? {
    var seen = 0
    var inWord = false
    var index = input.startIndex
    while index < input.endIndex {
      let character = input[index]
      let wordLike = character.isLetter || character.isNumber || (inWord && (character == "'" || character == "\u{2019}"))
      if wordLike, !inWord { inWord = true }
      if !wordLike, inWord {
        inWord = false
        seen += 1
        if seen == count { break }
      }
      index = input.index(after: index)
    }
    if seen < count { return nil }
    if keepingEdges { return String(input[index...]) }
    let remainder = trimmed(String(input[index...]))
    let words = Understanding.normalise(remainder).split(separator: " ").map(String.init)
    if words.isEmpty || words.allSatisfy(filler.contains) { return nil }
    return remainder
  }

  /// Whether punctuation (a comma, full stop, colon, dash ...) comes straight after the answer's first
  /// `count` words, setting what follows apart.
  static func breaks(_ input: String, after count: Int) -> Bool {
    guard let remainder = rest(of: input, after: count, keepingEdges: true) else { return false }
    guard let first = remainder.first(where: { $0 != " " && $0 != "\t" }) else { return false }
    return first.isPunctuation || first == "-" || first == "\u{2013}" || first == "\u{2014}"
  }

  /// `text` without spaces and joining marks at either end (",", "-", ":").
  static func trimmed(_ text: String) -> String {
    let edges: Set<Character> = [" ", "\t", ",", ";", ":", "-", "\u{2013}", "\u{2014}", "."]
    var result = Substring(text)
    while let first = result.first, edges.contains(first) { result = result.dropFirst() }
    while let last = result.last, last == " " || last == "\t" || last == "," || last == ";" || last == ":" || last == "-" { result = result.dropLast() }
    return String(result)
  }

  /// `word`, or the one word of `vocabulary` it is a small slip of.
  static func mend(_ word: String, vocabulary: Set<String>) -> String {
    guard !vocabulary.contains(word) else { return word }
    let near = vocabulary.filter { isSlip(word, of: $0) }
    guard !near.isEmpty else { return word }
    let distances = near.map { ($0, distance(word, $0)) }
    let least = distances.map(\.1).min()!
    let best = distances.filter { $0.1 == least }
    return best.count == 1 ? best[0].0 : word
  }

  /// Whether `typed` is `known`, or `known` with one or two letters wrong, missing, added or swapped.
  /// Short words allow only two swapped letters ("yse"), so "yet" is never "yes"; numbers never slip.
  static func isSlip(_ typed: String, of known: String) -> Bool {
    if typed == known { return true }
    guard typed.count >= 3, known.count >= 3, !typed.contains(where: \.isNumber), !known.contains(where: \.isNumber) else { return false }
    let steps = distance(typed, known)
    if typed.count == 3 { return steps == 1 && typed.count == known.count && typed.sorted() == known.sorted() }
    return steps <= (min(typed.count, known.count) >= 7 ? 2 : 1)
  }

  /// The fewest letters added, removed, changed or swapped with the next to turn `a` into `b`.
  static func distance(_ a: String, _ b: String) -> Int {
    let a = Array(a), b = Array(b)
    if a.isEmpty || b.isEmpty { return max(a.count, b.count) }
    var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
    for i in 0...a.count { table[i][0] = i }
    for j in 0...b.count { table[0][j] = j }
    for i in 1...a.count {
      for j in 1...b.count {
        let cost = a[i - 1] == b[j - 1] ? 0 : 1
        table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
        if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1) }
      }
    }
    return table[a.count][b.count]
  }
}

import Foundation
