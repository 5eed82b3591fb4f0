/// How hard a piece of text is to read: Flesch-Kincaid grade, sentence lengths and questions.
public struct ReadabilityScore: Equatable, Sendable {
  /// Words, counted as runs of letters or digits (a hyphenated word is one word).
  public var words: Int
  /// Sentences: ended by ".", "!" or "?", or by the end of a line or list item.
  public var sentences: Int
  /// Syllables, estimated with `Syllables.count(_:)`.
  public var syllables: Int
  /// The longest sentence, as written.
  public var longestSentence: String
  /// The number of words in the longest sentence.
  public var longestSentenceWords: Int
  /// How many questions the text asks (its question marks).
  public var questions: Int

  /// The Flesch-Kincaid grade: 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
  /// A US school grade; UK reading age is about the grade plus 5. Zero for text with no words.
  public var grade: Double {
    guard words > 0, sentences > 0 else { return 0 }
    return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
  }

  /// The Flesch reading ease: 206.835 − 1.015 × words per sentence − 84.6 × syllables per word. Higher is easier.
  public var readingEase: Double {
    guard words > 0, sentences > 0 else { return 100 }
    return 206.835 - 1.015 * Double(words) / Double(sentences) - 84.6 * Double(syllables) / Double(words)
  }

  /// Makes a score from its counts.
  public init(words: Int, sentences: Int, syllables: Int, longestSentence: String, longestSentenceWords: Int, questions: Int) {
    self.words = words
    self.sentences = sentences
    self.syllables = syllables
    self.longestSentence = longestSentence
    self.longestSentenceWords = longestSentenceWords
    self.questions = questions
  }
}

/// Measures plain text: pure functions, no state. Used by `sds check --readability` and the content tests.
public enum Readability {
  /// The score of `text`. Paragraphs are separated by blank lines, list items start with "- ".
  public static func score(_ text: String) -> ReadabilityScore {
    let sentences = sentences(in: text)
    var words = 0
    var syllables = 0
    var longest = ""
    var longestWords = 0
    for sentence in sentences {
      let sentenceWords = self.words(in: sentence)
      words += sentenceWords.count
      syllables += sentenceWords.reduce(0) { $0 + Syllables.count($1) }
      if sentenceWords.count > longestWords {
        longestWords = sentenceWords.count
        longest = sentence
      }
    }
    return ReadabilityScore(
      words: words, sentences: sentences.count, syllables: syllables, longestSentence: longest, longestSentenceWords: longestWords,
      questions: text.filter { $0 == "?" }.count)
  }

  /// The sentences of `text`, trimmed, without list bullets. A sentence ends at ".", "!" or "?" followed by a
  /// space, a closing quote or bracket, or the end; and at every line break. Text with no words is left out.
  public static func sentences(in text: String) -> [String] {
    var result: [String] = []
    for rawLine in text.split(whereSeparator: \.isNewline) {
      var line = Substring(rawLine).drop { $0 == " " }
      if line.hasPrefix("- ") || line.hasPrefix("* ") { line = line.dropFirst(2) }
      var current = ""
      let characters = Array(line)
      var index = 0
      while index < characters.count {
        let character = characters[index]
        current.append(character)
        if character == "." || character == "!" || character == "?" {
          // Take closing quotes and brackets with the sentence.
          var next = index + 1
          while next < characters.count, "\"'\u{201D}\u{2019})]".contains(characters[next]) {
            current.append(characters[next])
            next += 1
          }
          if next >= characters.count || characters[next] == " " {
            append(current, to: &result)
            current = ""
            index = next
            continue
          }
        }
        index += 1
      }
      append(current, to: &result)
    }
    return result
  }

  private static func append(_ sentence: String, to list: inout [String]) {
    let trimmed = sentence.trimmingCharacters(in: .whitespaces)
    if !words(in: trimmed).isEmpty { list.append(trimmed) }
  }

  /// The words of `text`: runs of letters, digits, apostrophes and inner hyphens, with punctuation around them removed.
  public static func words(in text: String) -> [String] {
    var result: [String] = []
    for token in text.split(whereSeparator: { $0.isWhitespace || $0 == "\u{2014}" || $0 == "\u{2013}" }) {
      let word = token.drop { !($0.isLetter || $0.isNumber) }.reversed().drop { !($0.isLetter || $0.isNumber) }.reversed()
      let text = String(word)
      if text.contains(where: { $0.isLetter || $0.isNumber }) { result.append(text) }
    }
    return result
  }
}

import Foundation
