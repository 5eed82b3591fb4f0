/// Listens to every answer for signs that a person is not safe: abuse and neglect of every kind, danger
/// now, and self-harm or suicide, in the person's own words.
///
/// It matches short patterns of meaning-bearing words that come in order, near each other, in one
/// sentence (see `SafetyRules`), forgiving small slips. It is pure and quick: the cost grows with the
/// length of the answer, never faster.
public struct SafetyListener: Sendable {
  /// How many other words may come between two words of a pattern.
  public static let nearGap = 3
  /// How many other words may come where a pattern has `...`.
  public static let wideGap = 10
  /// How many words before a pattern a word like "never" or "nobody" cancels it.
  public static let negationReach = 2
  /// Only the first this-many characters are listened to: far more than any answer (they are at most
  /// 2,000 characters), so a pasted book cannot hold up the conversation.
  public static let listenLimit = 200_000

  /// One language's rules, made ready to match.
  struct Compiled: Sendable {
    struct Step: Sendable {
      var term: Int
      var gap: Int
    }
    struct Rule: Sendable {
      var kind: Int?
      var steps: [Step]
      /// Every term the rule needs: a sentence without one of them cannot match, so it is not tried.
      var needs: [Int]
      var usesNegation: Bool
      var pattern: SafetyRules.Pattern
    }

    let rules: SafetyRules
    let words: SafetyWords
    /// Term numbers by a whole word they match.
    let byWord: [String: [Int]]
    /// Term numbers by a prefix they match.
    let byPrefix: [String: [Int]]
    let prefixLengths: [Int]
    let compiledRules: [Rule]
    let negationTerm: Int?
    /// The numbers of the rules that mark ordinary words (`unless:` and `ordinary`).
    let unlessRules: Set<Int>
    /// How many terms there are.
    let termCount: Int
  }

  let languages: [Compiled]

  /// A listener that hears nothing.
  public init() {
    languages = []
  }

  /// A listener for `rules`, one for each language: every answer is listened to in every language, since
  /// people mix them.
  public init(rules: [SafetyRules]) {
    languages = rules.map(Self.compile)
  }

  /// The languages it listens in.
  public var languageCodes: [String] { languages.map(\.rules.language) }

  /// What it hears in `text`: one hearing per kind of harm, the most urgent first.
  public func hear(_ text: String) -> [SafetyHearing] {
    let text = text.count > Self.listenLimit ? String(text.prefix(Self.listenLimit)) : text
    var result: [SafetyHearing] = []
    var urgency: [Int] = []
    for language in languages {
      for (index, hearing) in Self.hear(text, language) where !result.contains(where: { $0.kind == hearing.kind }) {
        result.append(hearing)
        urgency.append(index)
      }
    }
    return zip(urgency, result).sorted { $0.0 < $1.0 }.map(\.1)
  }

  // MARK: - Matching

  private static func hear(_ text: String, _ language: Compiled) -> [(Int, SafetyHearing)] {
    let tokens = language.words.tokens(text)
    guard !tokens.isEmpty else { return [] }
    var known: [String: [Int: Int]] = [:]
    let terms = tokens.map { token -> [Int: Int] in
      // A word's own terms are the same wherever it comes; only the phrases starting at it differ.
      let single: [Int: Int]
      if let found = known[token.forms[0]] {
        single = found
      } else {
        single = termsOf(token.forms, [], language)
        known[token.forms[0]] = single
      }
      guard !token.phrases.isEmpty else { return single }
      return single.merging(termsOf([], token.phrases, language)) { min($0, $1) }
    }
    var heard: [(rule: Int, start: Int, end: Int)] = []
    var vetoes: [(kind: Int?, start: Int, end: Int)] = []
    var sentenceStart = 0
    while sentenceStart < tokens.count {
      var sentenceEnd = sentenceStart
      while sentenceEnd < tokens.count, tokens[sentenceEnd].sentence == tokens[sentenceStart].sentence { sentenceEnd += 1 }
      var present = [Bool](repeating: false, count: language.termCount)
      for position in sentenceStart..<sentenceEnd { for term in terms[position].keys { present[term] = true } }
      // Only rules whose every term is somewhere in the sentence are tried, each from where it can start.
      for (ruleIndex, rule) in language.compiledRules.enumerated() where rule.needs.allSatisfy({ present[$0] }) {
        let first = rule.steps[0].term
        for position in sentenceStart..<sentenceEnd {
          guard let length = terms[position][first] else { continue }
          guard let positions = extend(rule, step: 1, from: position + length - 1, Array(position..<(position + length)), tokens, terms) else { continue }
          let start = positions[0], end = positions[positions.count - 1]
          if rule.kind == nil || language.unlessRules.contains(ruleIndex) {
            vetoes.append((rule.kind, start, end))
          } else if rule.usesNegation || !negated(positions, tokens, terms, language) {
            heard.append((ruleIndex, start, end))
          }
        }
      }
      sentenceStart = sentenceEnd
    }
    var result: [(Int, SafetyHearing)] = []
    for match in heard {
      let rule = language.compiledRules[match.rule]
      guard let kindIndex = rule.kind, !result.contains(where: { $0.0 == kindIndex }) else { continue }
      let vetoed = vetoes.contains { veto in (veto.kind == nil || veto.kind == kindIndex) && veto.start <= match.end && match.start <= veto.end }
      if vetoed { continue }
      let kind = language.rules.kinds[kindIndex]
      result.append((kindIndex, SafetyHearing(
        kind: kind.id, flag: kind.flag ?? "feels-unsafe", reply: kind.reply ?? "staying-safe", language: language.rules.language,
        pattern: rule.pattern.written, location: rule.pattern.location)))
    }
    return result.sorted { $0.0 < $1.0 }
  }

  /// The positions of a whole match of `rule` carrying on after the word at `last`, or nil.
  private static func extend(_ rule: Compiled.Rule, step: Int, from last: Int, _ positions: [Int], _ tokens: [SafetyWords.Token], _ terms: [[Int: Int]]) -> [Int]? {
    guard step < rule.steps.count else { return positions }
    let next = rule.steps[step]
    let sentence = tokens[last].sentence
    var position = last + 1
    while position < tokens.count, position <= last + 1 + next.gap, tokens[position].sentence == sentence {
      if let length = terms[position][next.term], position + length <= tokens.count {
        let covered = Array(position..<(position + length))
        if let found = extend(rule, step: step + 1, from: position + length - 1, positions + covered, tokens, terms) { return found }
      }
      position += 1
    }
    return nil
  }

  /// True when a word like "never" or "nobody" comes just before the match or just before one of its
  /// parts ("nobody hurts me", "he has never hit me"). A "not" further inside a long match, in a clause
  /// of its own ("because he doesnt need them"), does not turn the match round.
  private static func negated(_ positions: [Int], _ tokens: [SafetyWords.Token], _ terms: [[Int: Int]], _ language: Compiled) -> Bool {
    guard let negation = language.negationTerm else { return false }
    let sentence = tokens[positions[0]].sentence
    for part in positions {
      for position in max(0, part - negationReach)..<part where !positions.contains(position) && tokens[position].sentence == sentence {
        if terms[position][negation] != nil { return true }
      }
    }
    return false
  }

  /// The terms a word (or a phrase starting at it) matches, each with how many words it covers. A term
  /// a single word matches covers just that word.
  private static func termsOf(_ forms: [String], _ phrases: [(form: String, length: Int)], _ language: Compiled) -> [Int: Int] {
    var result: [Int: Int] = [:]
    func add(_ form: String, _ length: Int) {
      var found = language.byWord[form] ?? []
      for prefixLength in language.prefixLengths where form.count >= prefixLength {
        found += language.byPrefix[String(form.prefix(prefixLength))] ?? []
      }
      for term in found { result[term] = min(result[term] ?? length, length) }
    }
    for form in forms { add(form, 1) }
    for phrase in phrases { add(phrase.form, phrase.length) }
    return result
  }

  // MARK: - Making ready

  private static func compile(_ rules: SafetyRules) -> Compiled {
    var termNumbers: [SafetyRules.Term: Int] = [:]
    func number(_ term: SafetyRules.Term) -> Int {
      if let known = termNumbers[term] { return known }
      termNumbers[term] = termNumbers.count
      return termNumbers.count - 1
    }
    var compiled: [Compiled.Rule] = []
    var unless = Set<Int>()
    let negationWords = Set((rules.groups[SafetyRules.negationGroup] ?? []).map(Understanding.normalise))
    func add(_ pattern: SafetyRules.Pattern, kind: Int?, isUnless: Bool) {
      var steps: [Compiled.Step] = []
      var gap = 0
      for term in pattern.terms {
        if term == .wideGap {
          gap = wideGap
          continue
        }
        if term == .nextTo {
          gap = 0
          continue
        }
        steps.append(Compiled.Step(term: number(term), gap: steps.isEmpty ? 0 : gap))
        gap = nearGap
      }
      let usesNegation = pattern.terms.contains { term in
        switch term {
        case .group(let name): name == SafetyRules.negationGroup || (rules.groups[name] ?? []).contains { $0 == "{negation}" || negationWords.contains(Understanding.normalise($0)) }
        case .word(let word): negationWords.contains(word)
        default: false
        }
      }
      if isUnless { unless.insert(compiled.count) }
      compiled.append(Compiled.Rule(kind: kind, steps: steps, needs: Array(Set(steps.map(\.term))).sorted(), usesNegation: usesNegation, pattern: pattern))
    }
    for (index, kind) in rules.kinds.enumerated() {
      for pattern in kind.hear { add(pattern, kind: index, isUnless: false) }
      for pattern in kind.unless { add(pattern, kind: index, isUnless: true) }
    }
    for pattern in rules.ordinary { add(pattern, kind: nil, isUnless: true) }
    let negationTerm = rules.groups[SafetyRules.negationGroup] == nil ? nil : number(.group(SafetyRules.negationGroup))

    var byWord: [String: [Int]] = [:]
    var byPrefix: [String: [Int]] = [:]
    var words = Set<String>()
    var stems = Set<String>()
    for (term, value) in termNumbers {
      switch term {
      case .word(let word):
        byWord[word, default: []].append(value)
        words.insert(word)
      case .prefix(let stem):
        byPrefix[stem, default: []].append(value)
        stems.insert(stem)
      case .group(let name):
        let entries = (rules.groups[name] ?? []).flatMap { entry -> [String] in
          entry.hasPrefix("{") && entry.hasSuffix("}") ? rules.groups[String(entry.dropFirst().dropLast())] ?? [] : [entry]
        }
        for entry in entries {
          if entry.hasSuffix("*") {
            let stem = Understanding.normalise(String(entry.dropLast()))
            guard !stem.isEmpty else { continue }
            byPrefix[stem, default: []].append(value)
            stems.insert(stem)
          } else {
            let word = Understanding.normalise(entry)
            guard !word.isEmpty else { continue }
            byWord[word, default: []].append(value)
            words.insert(word)
          }
        }
      case .wideGap, .nextTo:
        break
      }
    }
    return Compiled(
      rules: rules, words: SafetyWords(rules: rules, words: words, stems: stems), byWord: byWord, byPrefix: byPrefix,
      prefixLengths: Set(byPrefix.keys.map(\.count)).sorted(), compiledRules: compiled,
      negationTerm: negationTerm, unlessRules: unless, termCount: termNumbers.count)
  }
}
