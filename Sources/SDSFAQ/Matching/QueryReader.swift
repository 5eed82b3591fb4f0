import SDSEngine

/// The words of a question, turned into index terms: normalised, small spelling mistakes put right,
/// stemmed, small words dropped, and the words people use replaced by the words in the answers.
struct Query: Sendable {
  /// Index terms with their weights (1 for a word as typed, less for a corrected one).
  var terms: [(term: Int, weight: Float)]
  /// Words that mean something but are in no answer, no keyword and no synonym.
  var unknownWords: Int
  /// True when the question names something plainly not about care and support (`library card`).
  var unrelated: Bool
}

/// Reads questions into `Query`s. Built once, with the index, when the library loads.
struct QueryReader: Sendable {
  /// A synonym: a run of stems people type, and the answer stems it stands for.
  struct Rule: Sendable {
    var pattern: [String]
    var targets: [String]
  }

  /// The most words of a question that are read; the rest are ignored.
  static let maximumWords = 80
  /// The weight of a word that was corrected to a known one.
  static let correctedWeight: Float = 0.8

  /// The stem of every word the library knows, by the word.
  private let stems: [String: String]
  /// Small words that never decide a match.
  private let ignored: Set<String>
  /// Words a misspelling may be corrected to, by length, with whether the answers use them.
  private let corrections: [Int: [(letters: [UInt8], word: String, inAnswers: Bool)]]
  /// Synonyms by the first stem of what people type.
  private let synonyms: [String: [Rule]]
  /// Unrelated phrases (as stems) by their first stem.
  private let unrelated: [String: [[String]]]

  /// Makes the reader. `documentWords` are the words of every entry as shown, keywords included.
  init(documentWords: Set<String>, content: FAQContent, index: SearchIndex) {
    var stems: [String: String] = [:]
    func stem(_ word: String) -> String {
      if let known = stems[word] { return known }
      let result = PorterStemmer.stem(word)
      stems[word] = result
      return result
    }
    let ignored = Set(content.ignored.flatMap(Tokens.words))
    for word in documentWords { _ = stem(word) }
    var rules: [String: [Rule]] = [:]
    var synonymWords: Set<String> = []
    for synonym in content.synonyms {
      let targets = Tokens.words(synonym.target).filter { !ignored.contains($0) }.map(stem).filter { index.termIDs[$0] != nil }
      for phrase in synonym.phrases {
        let words = Tokens.words(phrase)
        guard !words.isEmpty else { continue }
        synonymWords.formUnion(words)
        let pattern = words.map(stem)
        rules[pattern[0], default: []].append(Rule(pattern: pattern, targets: targets))
      }
    }
    var unrelatedRules: [String: [[String]]] = [:]
    var unrelatedWords: Set<String> = []
    for phrase in content.unrelated {
      let words = Tokens.words(phrase)
      guard !words.isEmpty else { continue }
      unrelatedWords.formUnion(words)
      let pattern = words.map(stem)
      unrelatedRules[pattern[0], default: []].append(pattern)
    }
    for word in synonymWords.union(unrelatedWords).union(ignored) { _ = stem(word) }
    var corrections: [Int: [(letters: [UInt8], word: String, inAnswers: Bool)]] = [:]
    for word in documentWords.union(synonymWords).union(unrelatedWords).sorted() where word.count >= 4 {
      let letters = Array(word.utf8)
      guard letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { continue }
      corrections[letters.count, default: []].append((letters, word, documentWords.contains(word)))
    }
    self.stems = stems
    self.ignored = ignored
    self.corrections = corrections
    self.synonyms = rules
    self.unrelated = unrelatedRules
  }

  /// The terms of `question`.
  func read(_ question: String, index: SearchIndex) -> Query {
    var words = Array(Tokens.words(question).prefix(Self.maximumWords))
    var corrected = [Bool](repeating: false, count: words.count)
    for (position, word) in words.enumerated() where stems[word] == nil && !ignored.contains(word) && !Tokens.isNumber(word) {
      if let fix = correction(for: word) {
        words[position] = fix
        corrected[position] = true
      }
    }
    let stemmed = words.map { stems[$0] ?? PorterStemmer.stem($0) }

    var unrelatedAt = [Bool](repeating: false, count: words.count)
    for position in stemmed.indices {
      for pattern in unrelated[stemmed[position]] ?? [] where Self.matches(pattern, stemmed, at: position) {
        for covered in position..<(position + pattern.count) { unrelatedAt[covered] = true }
      }
    }

    var weights: [Int: Float] = [:]
    func add(_ term: Int, _ weight: Float) { weights[term] = max(weights[term] ?? 0, weight) }
    var synonymAt = [Bool](repeating: false, count: words.count)
    for position in stemmed.indices where !unrelatedAt[position] {
      for rule in synonyms[stemmed[position]] ?? [] where Self.matches(rule.pattern, stemmed, at: position) {
        let span = position..<(position + rule.pattern.count)
        let weight = span.contains { corrected[$0] } ? Self.correctedWeight : 1
        for covered in span { synonymAt[covered] = true }
        for target in rule.targets { if let term = index.termIDs[target] { add(term, weight) } }
      }
    }

    var unknown = 0
    for position in words.indices where !ignored.contains(words[position]) {
      if unrelatedAt[position] { unknown += 1; continue }
      if let term = index.termIDs[stemmed[position]] {
        add(term, corrected[position] ? Self.correctedWeight : 1)
        continue
      }
      if synonymAt[position] || Tokens.isNumber(words[position]) { continue }
      unknown += 1
    }
    let terms = weights.sorted { $0.key < $1.key }.map { (term: $0.key, weight: $0.value) }
    return Query(terms: terms, unknownWords: unknown, unrelated: unrelatedAt.contains(true))
  }

  /// True when `pattern` is found in `stems` starting at `position`.
  private static func matches(_ pattern: [String], _ stems: [String], at position: Int) -> Bool {
    guard position + pattern.count <= stems.count else { return false }
    for (offset, stem) in pattern.enumerated() where stems[position + offset] != stem { return false }
    return true
  }

  /// A known word one letter away from `word` (two for words of 8 letters or more); nil for short words.
  func correction(for word: String) -> String? {
    let letters = Array(word.utf8)
    guard letters.count >= 5, letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
    let limit = letters.count >= 8 ? 2 : 1
    var best: (distance: Int, inAnswers: Bool, word: String)?
    for length in (letters.count - limit)...(letters.count + limit) {
      for candidate in corrections[length] ?? [] {
        guard let distance = EditDistance.distance(letters, candidate.letters, limit: best.map { $0.distance } ?? limit) else { continue }
        let better: Bool
        if let best {
          better = distance < best.distance || (distance == best.distance && candidate.inAnswers && !best.inAnswers)
        } else {
          better = true
        }
        if better { best = (distance, candidate.inAnswers, candidate.word) }
      }
    }
    return best?.word
  }
}

/// Splitting text into the words the matcher reads.
enum Tokens {
  /// Lower-case words, with apostrophes removed and other punctuation taken as spaces.
  static func words(_ text: String) -> [String] {
    Understanding.normalise(text).split(separator: " ").map(String.init)
  }

  /// True for a word made only of digits.
  static func isNumber(_ word: String) -> Bool {
    !word.isEmpty && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  }
}
