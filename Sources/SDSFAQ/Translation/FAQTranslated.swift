import SDSEngine
import SDSPacks

/// How much of the FAQ is translated into one language.
public struct FAQCoverage: Sendable {
  /// Titles, answers, more texts and messages.
  public var total = 0
  /// Of those, how many are shown translated.
  public var translated = 0
  /// Texts with no translation, in file order.
  public var missing: [FAQText] = []
  /// Texts whose English changed after they were translated: the English is shown until the
  /// translation is checked. (Stale keyword lists are still used, and listed here too.)
  public var stale: [FAQText] = []
  /// Keyword lists.
  public var wordLists = 0
  /// Of those, how many the language has.
  public var wordListsTranslated = 0
  /// The language's own lists of words people type that it does not have yet (`synonyms`, `ignore`,
  /// `question words`, `unrelated`): the English ones are used instead.
  public var missingLists: [String] = []

  /// Makes empty coverage.
  public init() {}

  /// True when everything is translated and up to date.
  public var isComplete: Bool { translated == total && wordListsTranslated == wordLists && missingLists.isEmpty && stale.isEmpty }

  /// "40 of 80 FAQ texts (50%) and 12 of 41 keyword lists".
  public var summary: String {
    let percent = total == 0 ? 100 : translated * 100 / total
    var text = "\(translated) of \(total) FAQ texts (\(percent)%) and \(wordListsTranslated) of \(wordLists) keyword lists"
    if !missingLists.isEmpty { text += "; no \(Self.list(missingLists)) of its own" }
    return text
  }

  /// "a, b and c".
  static func list(_ items: [String]) -> String {
    guard let last = items.last, items.count > 1 else { return items.first ?? "" }
    return items.dropLast().joined(separator: ", ") + " and " + last
  }
}

extension FAQContent {
  /// This FAQ in the language of `translation`, and how much of it is translated.
  ///
  /// A title, answer, more text or message is shown translated only when it was translated from exactly
  /// the English there now (its hash matches, and no `changed:` line), and uses no `{name}` the English
  /// does not: so an out-of-date translation never says what the English no longer says. Everything
  /// else stays in English. Keywords are the language's own when it has them (kept when the English
  /// changed: they are words people type, not text they read). The language's own synonyms, ignore words, question words and unrelated
  /// words replace the English ones; where it has none of a list, the English list is kept.
  /// The words are then read by the language's rules (`WordRules.forLanguage`).
  public func translated(by translation: FAQTranslation) -> (content: FAQContent, coverage: FAQCoverage) {
    var result = self
    var coverage = FAQCoverage()
    result.rules = WordRules.forLanguage(translation.code)
    var positions: [String: Int] = [:]
    for (position, entry) in entries.enumerated() { positions[entry.id] = position }

    for text in translatableTexts {
      let found = translation.texts.entries[text.id].flatMap { $0.isTranslated ? $0 : nil }
      if text.part.isWordList {
        coverage.wordLists += 1
        guard let found, let position = positions[text.entry ?? ""] else { continue }
        coverage.wordListsTranslated += 1
        if Self.isStale(found, text) { coverage.stale.append(text) }
        let words = Self.wordList(found)
        result.entries[position].keywords.set(words, for: text.nations)
        continue
      }
      coverage.total += 1
      guard let found else {
        coverage.missing.append(text)
        continue
      }
      let stale = Self.isStale(found, text)
      guard !stale, Self.usesOnlyEnglishNames(found, text) else {
        if stale { coverage.stale.append(text) } else { coverage.missing.append(text) }
        continue
      }
      coverage.translated += 1
      let paragraphs = Self.paragraphs(found, like: text)
      switch text.part {
      case .message:
        if let id = text.message { result.messages[id] = paragraphs }
      case .title:
        if let position = positions[text.entry ?? ""] {
          let joined = FAQParser.template(paragraphs.map(\.source).joined(separator: " "), at: paragraphs.first?.location ?? text.location)
          result.entries[position].title.set(joined, for: text.nations)
        }
      case .answer, .more:
        if let position = positions[text.entry ?? ""] {
          if text.part == .answer { result.entries[position].answer.set(paragraphs, for: text.nations) } else { result.entries[position].more.set(paragraphs, for: text.nations) }
        }
      case .keywords:
        break
      }
    }

    let words = translation.words
    func own<T>(_ list: [T], _ name: String) -> Bool {
      if list.isEmpty { coverage.missingLists.append(name) }
      return !list.isEmpty
    }
    if own(words.synonyms.filter { !$0.weak }, "synonyms") { result.synonyms = words.synonyms }
    if own(words.ignored, "ignore words") { result.ignored = words.ignored }
    if own(words.questionWords, "question words") { result.questionWords = words.questionWords }
    if own(words.unrelated, "unrelated words") { result.unrelated = words.unrelated }
    return (result, coverage)
  }

  /// True when the English changed after `found` was translated, or it says so (`changed:`).
  static func isStale(_ found: TranslatedText, _ text: FAQText) -> Bool {
    found.changed || found.hash != TextHash.of(text.source)
  }

  /// True when the translation uses no `{name}` the English does not have.
  static func usesOnlyEnglishNames(_ found: TranslatedText, _ text: FAQText) -> Bool {
    Set(found.paragraphs.flatMap(\.names)).isSubset(of: Set(text.english.flatMap(\.names)))
  }

  /// The words of a translated keyword list, lower case, with commas between.
  static func wordList(_ found: TranslatedText) -> [String] {
    found.paragraphs.map(\.source).joined(separator: ",").split(separator: ",").map { $0.trimmedLowercase() }.filter { !$0.isEmpty }
  }

  /// The translation's lines made into paragraphs the way the English is. With as many lines as the
  /// English, they are grouped as the English lines are. Otherwise each line is a paragraph, except that
  /// a list item ("- ", "2. ") and the line after a list carry on the paragraph above, on a new line.
  static func paragraphs(_ found: TranslatedText, like text: FAQText) -> [Template] {
    func split(_ template: Template) -> [String] {
      let source = template.source
      return source.utf8.contains(10) ? source.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) : [source]
    }
    let lines = found.paragraphs.flatMap { paragraph in split(paragraph).map { (text: $0, location: paragraph.location) } }
    let shape = text.english.map { split($0).count }
    var groups: [[(text: String, location: SourceLocation)]] = []
    if lines.count == shape.reduce(0, +) {
      var rest = lines[...]
      for count in shape {
        groups.append(Array(rest.prefix(count)))
        rest = rest.dropFirst(count)
      }
    } else {
      var lastWasListItem = false
      for line in lines {
        let isListItem = FAQParser.isListItem(line.text)
        if (isListItem || lastWasListItem), !groups.isEmpty { groups[groups.count - 1].append(line) } else { groups.append([line]) }
        lastWasListItem = isListItem
      }
    }
    return groups.filter { !$0.isEmpty }.map { group in
      FAQParser.template(group.map(\.text).joined(separator: "\n"), at: group[0].location)
    }
  }
}

extension Variants {
  /// Sets the version for `nations`, or the neutral one when there are none.
  mutating func set(_ value: Value, for nations: [Nation]) {
    if nations.isEmpty { neutral = value }
    for nation in nations { byNation[nation] = value }
  }
}
