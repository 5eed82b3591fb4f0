/// Cuts an answer into the words the safety listener matches, one sentence at a time, and finds the
/// forms each word may stand for: itself, another spelling, a small slip, and (in Welsh) the word
/// without its mutation.
struct SafetyWords {
  /// One word of the answer and the forms it may stand for.
  struct Token {
    var forms: [String]
    /// Phrases of the rules that start at this word (`no one`, `bank card`), each with how many words it
    /// covers. The words stay tokens of their own too, so a rule can use them one by one.
    var phrases: [(form: String, length: Int)] = []
    /// The sentence it is in: a pattern never reaches across sentences.
    var sentence: Int
  }

  let rules: SafetyRules
  /// Every whole word the rules use, for spotting slips.
  let vocabulary: Set<String>
  /// Words of the rules (7 letters or more) by each way of leaving one letter out, and by themselves.
  let slips: [String: [String]]
  /// Prefixes of the rules (`strangl*`, 6 letters or more) the same way.
  let stemSlips: [String: [String]]
  /// The lengths of those prefixes.
  let stemLengths: [Int]
  /// Phrases of two or more words (`no one`, `bank card`), by their first two words.
  let phrases: [String: [[String]]]
  /// The first words of those phrases: only a word among them can start one.
  let phraseStarts: Set<String>

  /// The shortest word a slip is looked for in: shorter words are too alike ("racing" is not "raping").
  static let slipLength = 7
  /// The shortest prefix a slip is looked for in ("walks" is not "wank*", "started" is not "starv*").
  static let stemSlipLength = 6

  init(rules: SafetyRules, words: Set<String>, stems: Set<String>) {
    self.rules = rules
    var phrases: [String: [[String]]] = [:]
    for phrase in words.filter({ $0.contains(" ") }).union(rules.spellings.keys.filter { $0.contains(" ") }).sorted() {
      let parts = phrase.split(separator: " ").map(String.init)
      phrases[parts[0] + " " + parts[1], default: []].append(parts)
    }
    self.phrases = phrases
    phraseStarts = Set(phrases.values.flatMap { $0.map { $0[0] } })
    vocabulary = words
    slips = Self.deletions(of: words.filter { $0.count >= Self.slipLength && !$0.contains(" ") })
    stemSlips = Self.deletions(of: stems.filter { $0.count >= Self.stemSlipLength })
    stemLengths = Set(stems.filter { $0.count >= Self.stemSlipLength }.map(\.count)).sorted()
  }

  /// The words of a text, sentence by sentence, from the words of each sentence (`sentenceWords`).
  func tokens(_ sentences: [[String]]) -> [Token] {
    var result: [Token] = []
    var cache: [String: [String]] = [:]
    for (number, words) in sentences.enumerated() {
      for index in words.indices {
        let word = words[index]
        let found: [String]
        if let known = cache[word] {
          found = known
        } else {
          found = forms(of: word)
          cache[word] = found
        }
        var token = Token(forms: found, sentence: number)
        let pair = index + 1 < words.count && phraseStarts.contains(word) ? word + " " + words[index + 1] : ""
        for parts in phrases[pair] ?? [] where index + parts.count <= words.count && words[index..<(index + parts.count)].elementsEqual(parts) {
          let phrase = parts.joined(separator: " ")
          token.phrases.append((phrase, parts.count))
          if let spelled = rules.spellings[phrase] { token.phrases.append((spelled, parts.count)) }
        }
        result.append(token)
      }
    }
    return result
  }

  /// The words of each sentence of `text`, read the way `Understanding.normalise` reads them (small
  /// letters and numbers; apostrophes dropped; anything else between words), in one pass over the text.
  static func sentenceWords(_ text: String) -> [[String]] {
    var sentences: [[String]] = []
    var words: [String] = []
    var word = String.UnicodeScalarView()
    func endWord() {
      if !word.isEmpty { words.append(String(word)) }
      word = String.UnicodeScalarView()
    }
    func endSentence() {
      endWord()
      if !words.isEmpty { sentences.append(words) }
      words = []
    }
    for scalar in text.unicodeScalars {
      switch scalar {
      case "a"..."z", "0"..."9": word.append(scalar)
      case "A"..."Z": word.append(Unicode.Scalar(scalar.value + 32)!)
      case "'", "\u{2019}", "\u{2018}": continue
      case ".", "!", "?", ";", "\n", "\r": endSentence()
      default:
        if scalar.value < 0x80 {
          endWord()
        } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
          word.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
        } else if scalar.properties.generalCategory == .nonspacingMark, !word.isEmpty {
          word.append(scalar)
        } else {
          endWord()
        }
      }
    }
    endSentence()
    return sentences
  }

  /// The forms `word` may stand for.
  func forms(of word: String) -> [String] {
    var result = [word]
    if let spelled = rules.spellings[word] { result.append(spelled) }
    if rules.mutates { result += WelshRadicals.forms(of: word).filter { !result.contains($0) } }
    guard word.count >= Self.slipLength, !rules.realWords.contains(word), !result.contains(where: vocabulary.contains) else { return result }
    result += slipsFor(word).filter { !result.contains($0) }
    return result
  }

  /// Words of the rules that `word` is one slip away from (a letter wrong, missing, added or two swapped),
  /// with the same first letter: people rarely get the first letter wrong, and "sitting" is not "hitting".
  private func slipsFor(_ word: String) -> [String] {
    var found: [String] = []
    for key in Self.oneLetterOut(word) + [word] {
      for candidate in slips[key] ?? [] where candidate.first == word.first && !found.contains(candidate) && Self.isOneSlip(word, candidate) {
        found.append(candidate)
      }
    }
    // A slip in the start of a longer word ("pucnhed" for a word starting punch).
    for length in stemLengths where word.count >= length {
      let start = String(word.prefix(length))
      for key in Self.oneLetterOut(start) + [start] {
        for stem in stemSlips[key] ?? [] where stem.first == word.first && Self.isOneSlip(start, stem) {
          let mended = stem + word.dropFirst(length)
          if !found.contains(mended) { found.append(mended) }
        }
      }
    }
    return found
  }

  /// `words` by themselves and by each way of leaving one letter out.
  private static func deletions(of words: Set<String>) -> [String: [String]] {
    var result: [String: [String]] = [:]
    for word in words.sorted() {
      for key in Set(oneLetterOut(word) + [word]) { result[key, default: []].append(word) }
    }
    return result
  }

  private static func oneLetterOut(_ word: String) -> [String] {
    let letters = Array(word)
    return letters.indices.map { index in String(letters[..<index] + letters[(index + 1)...]) }
  }

  /// True when `a` and `b` differ by exactly one letter changed, added, left out, or two letters swapped.
  static func isOneSlip(_ a: String, _ b: String) -> Bool {
    let x = Array(a), y = Array(b)
    if x == y { return false }
    if x.count == y.count {
      let differ = x.indices.filter { x[$0] != y[$0] }
      if differ.count == 1 { return true }
      return differ.count == 2 && differ[1] == differ[0] + 1 && x[differ[0]] == y[differ[1]] && x[differ[1]] == y[differ[0]]
    }
    let (long, short) = x.count > y.count ? (x, y) : (y, x)
    guard long.count == short.count + 1 else { return false }
    var i = 0
    while i < short.count && long[i] == short[i] { i += 1 }
    return long[(i + 1)...].elementsEqual(short[i...])
  }
}

/// The dictionary forms a Welsh word may have, when its first letter was changed by a mutation
/// ("mrifo" from "brifo", "ngadael" from "gadael", "lladd" from "ladd").
enum WelshRadicals {
  /// Soft, nasal and aspirate mutations, undone: the mutated start and the starts it may come from.
  private static let undo: [(String, [String])] = [
    ("ngh", ["c"]), ("mh", ["p"]), ("nh", ["t"]), ("ng", ["g"]), ("ch", ["c"]), ("ph", ["p"]), ("th", ["t"]),
    ("dd", ["d"]), ("g", ["c"]), ("b", ["p"]), ("d", ["t"]), ("f", ["b", "m"]), ("l", ["ll"]), ("r", ["rh"]),
    ("m", ["b"]), ("n", ["d"]), ("h", [""]),
  ]

  /// `word`'s possible dictionary forms (not `word` itself).
  static func forms(of word: String) -> [String] {
    var result: [String] = []
    for (start, radicals) in undo where word.hasPrefix(start) && word.count > start.count + 1 {
      for radical in radicals { result.append(radical + word.dropFirst(start.count)) }
      if start.count > 1 { break }
    }
    // A soft mutation drops a first g: "ael" for "gael".
    if let first = word.first, "aeiouwy".contains(first) { result.append("g" + word) }
    return result
  }
}
