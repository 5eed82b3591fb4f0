import SDSEngine

/// The words of a question, turned into index terms: normalised, small spelling mistakes put right,
/// stemmed, small words dropped, and the words people use replaced by the words in the answers.
struct Query: Sendable {
  /// Index terms with their weights (1 for a word as typed, less for a corrected one).
  var terms: [(term: Int, weight: Float)]
  /// How many of the terms are words about the subject, not question words.
  var contentTerms: Int
  /// The terms that are question words.
  var questionTerms: [Int]
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
    var weight: Float
  }

  /// The most words of a question that are read; the rest are ignored.
  static let maximumWords = 80
  /// The weight of a word that was corrected to a known one.
  static let correctedWeight: Float = 0.8
  /// The weight of the answer words a synonym stands for, beside the words as typed.
  static let synonymWeight: Float = 0.8
  /// The weight for a weak synonym: a word that more often says who a question is about than what.
  static let weakSynonymWeight: Float = 0.4

  /// The stem of every word the library knows, by the word.
  private let stems: [String: String]
  /// Small words that never decide a match.
  private let ignored: Set<String>
  /// Runs of words that never decide a match ("what sort of"), by their first word.
  private let ignoredPhrases: [String: [[String]]]
  /// Words a misspelling may be corrected to, by length, with whether the answers use them.
  private let corrections: [Int: [(letters: [UInt8], word: String, inAnswers: Bool)]]
  /// Words a misspelling may be corrected to, by their loose spelling (see `WordRules.looseSpelling`).
  private let looseSpellings: [String: String]
  /// How words are read and put into one form.
  private let stemmer: Stemmer
  /// Synonyms by the first stem of what people type.
  private let synonyms: [String: [Rule]]
  /// Unrelated phrases (as stems) by their first stem.
  private let unrelated: [String: [[String]]]
  /// Words that start a question; they count a little, against titles only.
  private let asking: Set<String>
  /// How much a question word counts.
  static let questionWordWeight: Float = 0.3

  /// Makes the reader. `documentWords` are the words of every entry as shown, keywords included.
  init(documentWords: Set<String>, stems known: [String: String] = [:], stemmer: Stemmer, content: FAQContent, index: SearchIndex) {
    var stems = known
    func stem(_ word: String) -> String {
      if let known = stems[word] { return known }
      let result = stemmer.stem(word)
      stems[word] = result
      return result
    }
    let language = stemmer.rules
    let ignoredLists = content.ignored.map(language.words).filter { !$0.isEmpty }
    let ignored = Set(ignoredLists.filter { $0.count == 1 }.map { $0[0] })
    var ignoredPhrases: [String: [[String]]] = [:]
    for phrase in ignoredLists where phrase.count > 1 { ignoredPhrases[phrase[0], default: []].append(phrase) }
    for word in documentWords where stems[word] == nil { _ = stem(word) }
    var rules: [String: [Rule]] = [:]
    var synonymWords: Set<String> = []
    for synonym in content.synonyms {
      let targets = language.words(synonym.target).filter { !ignored.contains($0) }.map(stem).filter { index.termIDs[$0] != nil }
      for phrase in synonym.phrases {
        let words = language.words(phrase)
        guard !words.isEmpty else { continue }
        synonymWords.formUnion(words)
        let pattern = words.map(stem)
        let weight = synonym.weak ? Self.weakSynonymWeight : Self.synonymWeight
        rules[pattern[0], default: []].append(Rule(pattern: pattern, targets: targets, weight: weight))
      }
    }
    var unrelatedRules: [String: [[String]]] = [:]
    var unrelatedWords: Set<String> = []
    for phrase in content.unrelated {
      let words = language.words(phrase)
      guard !words.isEmpty else { continue }
      unrelatedWords.formUnion(words)
      let pattern = words.map(stem)
      unrelatedRules[pattern[0], default: []].append(pattern)
    }
    for word in synonymWords.union(unrelatedWords).union(ignored).union(ignoredLists.joined()) { _ = stem(word) }
    var corrections: [Int: [(letters: [UInt8], word: String, inAnswers: Bool)]] = [:]
    var looseSpellings: [String: String] = [:]
    for word in documentWords.union(synonymWords).union(unrelatedWords) where word.utf8.count >= 4 {
      guard let letters = language.letters(word) else { continue }
      corrections[letters.count, default: []].append((letters, word, documentWords.contains(word)))
      if let loose = language.looseSpelling(word) {
        // The answers' own word, else the first in letter order, so it always goes the same way.
        if let other = looseSpellings[loose] {
          let (otherInAnswers, inAnswers) = (documentWords.contains(other), documentWords.contains(word))
          if otherInAnswers != inAnswers ? otherInAnswers : other < word { continue }
        }
        looseSpellings[loose] = word
      }
    }
    // In letter order, so a tie between two corrections always goes the same way.
    for length in corrections.keys { corrections[length]?.sort { $0.letters.lexicographicallyPrecedes($1.letters) } }
    self.looseSpellings = looseSpellings
    self.stemmer = stemmer
    self.stems = stems
    self.ignored = ignored
    self.ignoredPhrases = ignoredPhrases
    self.asking = Set(content.questionWords.flatMap(language.words))
    self.corrections = corrections
    self.synonyms = rules
    self.unrelated = unrelatedRules
  }

  /// The terms of `question`.
  func read(_ question: String, index: SearchIndex) -> Query {
    var words = Array(stemmer.rules.words(Self.expandingWill(question)).prefix(Self.maximumWords))
    var corrected = [Bool](repeating: false, count: words.count)
    for (position, word) in words.enumerated() where stems[word] == nil && !ignored.contains(word) && !Tokens.isNumber(word) {
      // A form of a known word ("lives" for "live") is not a spelling mistake.
      if index.termIDs[stemmer.stem(word)] != nil { continue }
      if let fix = correction(for: word) {
        words[position] = fix
        corrected[position] = true
      }
    }
    let stemmed = words.map { stems[$0] ?? stemmer.stem($0) }

    var unrelatedAt = [Bool](repeating: false, count: words.count)
    for position in stemmed.indices {
      for pattern in unrelated[stemmed[position]] ?? [] where Self.matches(pattern, stemmed, at: position) {
        for covered in position..<(position + pattern.count) { unrelatedAt[covered] = true }
      }
    }

    var weights: [Int: Float] = [:]
    var content = 0
    func add(_ term: Int, _ weight: Float) { weights[term] = max(weights[term] ?? 0, weight) }
    // Synonyms, longest first from the left: "look after the money" wins over "look after". The words of
    // a synonym of several words stand only for its meaning ("speak to someone" is not about speaking up);
    // a single word keeps its own meaning too.
    var synonymAt = [Bool](repeating: false, count: words.count)
    var inPhrase = [Bool](repeating: false, count: words.count)
    var standsFor: [Int: [(stem: String, weight: Float)]] = [:]
    for position in stemmed.indices where !unrelatedAt[position] && !synonymAt[position] {
      let found = (synonyms[stemmed[position]] ?? []).filter { Self.matches($0.pattern, stemmed, at: position) }
      guard let longest = found.map(\.pattern.count).max() else { continue }
      let span = position..<(position + longest)
      let correction: Float = span.contains { corrected[$0] } ? Self.correctedWeight : 1
      for covered in span {
        synonymAt[covered] = true
        if longest > 1 { inPhrase[covered] = true }
      }
      for rule in found where rule.pattern.count == longest {
        for target in rule.targets {
          guard let term = index.termIDs[target] else { continue }
          add(term, rule.weight * correction)
          content += 1
          standsFor[position, default: []].append((target, rule.weight * correction))
        }
      }
    }

    var inIgnoredPhrase = [Bool](repeating: false, count: words.count)
    for position in words.indices {
      for phrase in ignoredPhrases[words[position]] ?? [] where Self.matches(phrase, words, at: position) {
        for covered in position..<(position + phrase.count) { inIgnoredPhrase[covered] = true }
      }
    }
    var questionTerms: Set<Int> = []
    for position in words.indices where !inIgnoredPhrase[position] {
      for asked in Self.questionTerms(for: words[position], in: asking) {
        if let term = index.termIDs[asked] {
          weights[term] = Self.questionWordWeight
          questionTerms.insert(term)
        }
      }
    }
    // The subject words in order, for pairs of neighbours: nil where an unknown word breaks the run.
    var run: [(stem: String, weight: Float)?] = []
    var unknown = 0
    for position in words.indices {
      let skipped = inIgnoredPhrase[position] || ignored.contains(words[position])
      if !skipped && !inPhrase[position] {
        if unrelatedAt[position] {
          unknown += 1
          run.append(nil)
        } else if let term = index.termIDs[stemmed[position]] {
          let weight: Float = corrected[position] ? Self.correctedWeight : 1
          add(term, weight)
          content += 1
          run.append((stemmed[position], weight))
        } else if !synonymAt[position] && !Tokens.isNumber(words[position]) {
          unknown += 1
          run.append(nil)
        }
      }
      run += (standsFor[position] ?? []).map { $0 }
    }
    // Neighbouring subject words that are neighbours in a title or keyword too ("pay" then "family").
    for (first, second) in zip(run, run.dropFirst()) {
      guard let first, let second, let term = index.termIDs[Self.pair(first.stem, second.stem)] else { continue }
      add(term, Self.pairWeight * min(first.weight, second.weight))
    }
    let terms = weights.sorted { $0.key < $1.key }.map { (term: $0.key, weight: $0.value) }
    return Query(terms: terms, contentTerms: content, questionTerms: questionTerms.sorted(), unknownWords: unknown, unrelated: unrelatedAt.contains(true))
  }

  /// `text` with "'ll" written out as " will": without the apostrophe "I'll" would read as "ill", a word
  /// for being off sick ("who'll come if I'll be out" is not about illness).
  static func expandingWill(_ text: String) -> String {
    guard text.contains("'ll") || text.contains("\u{2019}ll") || text.contains("'LL") || text.contains("\u{2019}LL") else { return text }
    var result = ""
    var rest = Substring(text)
    while let apostrophe = rest.firstIndex(where: { $0 == "'" || $0 == "\u{2019}" }) {
      result += rest[..<apostrophe]
      let after = rest[rest.index(after: apostrophe)...]
      if after.prefix(2).lowercased() == "ll", after.dropFirst(2).first.map({ !$0.isLetter }) ?? true {
        result += " will"
        rest = after.dropFirst(2)
      } else {
        result.append(rest[apostrophe])
        rest = after
      }
    }
    return result + rest
  }

  /// How much a pair of neighbouring words counts, on top of the words themselves.
  static let pairWeight: Float = 0.3

  /// The index term for two neighbouring stems.
  static func pair(_ first: String, _ second: String) -> String { first + " " + second }

  /// The question-word terms for `word`: "what" gives "?what", and "whats" gives "?what" and "?is".
  static func questionTerms(for word: String, in asking: Set<String>) -> [String] {
    if asking.contains(word) { return ["?" + word] }
    if word.hasSuffix("s"), asking.contains(String(word.dropLast())) { return ["?" + word.dropLast(), "?is"] }
    return []
  }

  /// True when `pattern` is found in `stems` starting at `position`.
  private static func matches(_ pattern: [String], _ stems: [String], at position: Int) -> Bool {
    guard position + pattern.count <= stems.count else { return false }
    for (offset, stem) in pattern.enumerated() where stems[position + offset] != stem { return false }
    return true
  }

  /// A known word one letter away from `word`, or two when the typed word or the known one has 9 letters
  /// or more ("asesment" for "assessment": long words collect more slips); nil for words shorter than 6
  /// letters, where one letter changes the meaning too easily ("night", "right"). Where the language has
  /// a looser spelling (Welsh "lawer" for "llawer"), a known word with the same loose spelling comes
  /// first, at any length from 4 letters.
  func correction(for word: String) -> String? {
    if let loose = stemmer.rules.looseSpelling(word), let known = looseSpellings[loose], known != word { return known }
    guard let letters = stemmer.rules.letters(word), letters.count >= 6 else { return nil }
    let typed = letters.count
    // Two slips in a known word of 9 letters or more, for a typed word of 7 or more.
    let longer = typed >= 7 ? 2 : 1
    let shorter = typed >= 9 ? 2 : 1
    var best: (distance: Int, inAnswers: Bool, word: String)?
    for length in (typed - shorter)...(typed + longer) {
      let limit = typed >= 9 || (length >= 9 && typed >= 7) ? 2 : 1
      for candidate in corrections[length] ?? [] {
        guard let distance = EditDistance.distance(letters, candidate.letters, limit: min(best.map { $0.distance } ?? limit, limit)) else { continue }
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
