import Foundation
@testable import SDSEngine
import Testing
import TestSupport

/// The safety listener's quick matching hears exactly what a plain reading of the same rules hears, on
/// every sentence of every test set, and on longer answers made by joining them.
@Suite struct SafetyReferenceTests {
  /// Every sentence of the test sets in `Fixtures/safety`, then the same sentences joined in twos to
  /// forties (seeded, so every run tries the same answers), and the bench's longest answer.
  static let answers: [String] = {
    let sentences = ((try? FileManager.default.contentsOfDirectory(atPath: SafetyAccuracyTests.fixtures)) ?? [])
      .filter { $0.hasSuffix(".txt") }.sorted()
      .flatMap { SafetyAccuracyTests.lines($0).map(\.text) }
    var generator = SeededRandom(10)
    var joined: [String] = []
    for count in [2, 3, 5, 8, 40] {
      for _ in 0..<(count == 40 ? 60 : 300) {
        let separator = [" ", ". ", " and ", ", "][Int(generator.next() % 4)]
        let picked = (0..<count).map { _ in sentences[Int(generator.next() % UInt64(sentences.count))] }
        joined.append(String(picked.joined(separator: separator).prefix(2_000)))
      }
    }
    let longest = String(String(repeating: "we went to the shops and had a cup of tea with my friend ", count: 36).prefix(1_950)) + " and my son hits me"
    return sentences + joined + [longest]
  }()

  @Test func theTestSetsAreThere() {
    #expect(Self.answers.count > 1_500)
  }

  @Test func quickMatchingHearsWhatThePlainReadingHears() {
    let listener = SafetyAccuracyTests.listener
    #expect(!listener.languageCodes.isEmpty)
    var differing: [Int] = []
    for (number, answer) in Self.answers.enumerated() where listener.hear(answer) != PlainSafetyReading.hear(answer, listener) {
      differing.append(number)
    }
    #expect(differing.isEmpty, "answers heard differently (numbers in SafetyReferenceTests.answers): \(differing.prefix(20))")
  }

  @Test func thePlainReadingHearsSomething() {
    // So the comparison above cannot pass by both hearing nothing.
    let listener = SafetyAccuracyTests.listener
    let heard = Self.answers.filter { !PlainSafetyReading.hear($0, listener).isEmpty }.count
    #expect(heard > Self.answers.count / 4)
  }
}


/// The safety listener's matching done the plain way, word by word and rule by rule, as it was before
/// rules were indexed: the reference the quick matching is checked against.
enum PlainSafetyReading {
  static func hear(_ text: String, _ listener: SafetyListener) -> [SafetyHearing] {
    let text = text.count > SafetyListener.listenLimit ? String(text.prefix(SafetyListener.listenLimit)) : text
    var result: [SafetyHearing] = []
    var urgency: [Int] = []
    for language in listener.languages {
      for (index, hearing) in hear(text, language) where !result.contains(where: { $0.kind == hearing.kind }) {
        result.append(hearing)
        urgency.append(index)
      }
    }
    return zip(urgency, result).sorted { $0.0 < $1.0 }.map(\.1)
  }

  struct Token {
    var forms: [String]
    var phrases: [(form: String, length: Int)] = []
    var sentence: Int
  }

  static func tokens(_ text: String, _ words: SafetyWords) -> [Token] {
    var result: [Token] = []
    for (number, sentence) in SafetyWords.sentenceWords(text).enumerated() {
      for index in sentence.indices {
        let word = sentence[index]
        var token = Token(forms: words.forms(of: word), sentence: number)
        let pair = index + 1 < sentence.count ? word + " " + sentence[index + 1] : ""
        for parts in words.phrases[pair] ?? [] where index + parts.count <= sentence.count && sentence[index..<(index + parts.count)].elementsEqual(parts) {
          let phrase = parts.joined(separator: " ")
          token.phrases.append((phrase, parts.count))
          if let spelled = words.rules.spellings[phrase] { token.phrases.append((spelled, parts.count)) }
        }
        result.append(token)
      }
    }
    return result
  }

  static func hear(_ text: String, _ language: SafetyListener.Compiled) -> [(Int, SafetyHearing)] {
    let tokens = tokens(text, language.words)
    guard !tokens.isEmpty else { return [] }
    let terms = tokens.map { termsOf($0.forms, $0.phrases, language) }
    var heard: [(rule: Int, start: Int, end: Int)] = []
    var vetoes: [(kind: Int?, start: Int, end: Int)] = []
    var sentenceStart = 0
    while sentenceStart < tokens.count {
      var sentenceEnd = sentenceStart
      while sentenceEnd < tokens.count, tokens[sentenceEnd].sentence == tokens[sentenceStart].sentence { sentenceEnd += 1 }
      var present = Set<Int>()
      for position in sentenceStart..<sentenceEnd { present.formUnion(terms[position].keys) }
      for (ruleIndex, rule) in language.compiledRules.enumerated() where rule.needs.allSatisfy(present.contains) {
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

  static func extend(_ rule: SafetyListener.Compiled.Rule, step: Int, from last: Int, _ positions: [Int], _ tokens: [Token], _ terms: [[Int: Int]]) -> [Int]? {
    guard step < rule.steps.count else { return positions }
    let next = rule.steps[step]
    let sentence = tokens[last].sentence
    var position = last + 1
    while position < tokens.count, position <= last + 1 + next.gap, tokens[position].sentence == sentence {
      if let length = terms[position][next.term], position + length <= tokens.count {
        if let found = extend(rule, step: step + 1, from: position + length - 1, positions + Array(position..<(position + length)), tokens, terms) { return found }
      }
      position += 1
    }
    return nil
  }

  static func negated(_ positions: [Int], _ tokens: [Token], _ terms: [[Int: Int]], _ language: SafetyListener.Compiled) -> Bool {
    guard let negation = language.negationTerm else { return false }
    let sentence = tokens[positions[0]].sentence
    for part in positions {
      for position in max(0, part - SafetyListener.negationReach)..<part where !positions.contains(position) && tokens[position].sentence == sentence {
        if terms[position][negation] != nil { return true }
      }
    }
    return false
  }

  static func termsOf(_ forms: [String], _ phrases: [(form: String, length: Int)], _ language: SafetyListener.Compiled) -> [Int: Int] {
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
}
