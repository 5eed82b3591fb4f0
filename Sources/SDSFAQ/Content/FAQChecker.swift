import SDSEngine

/// Checks parsed FAQ content for problems a content officer can fix: names that are not terms,
/// missing messages, answers that are too long or too short, synonyms that lead nowhere.
enum FAQChecker {
  /// The fewest and most sentences an answer should have.
  static let sentences = 3...6

  static func check(_ content: FAQContent, termNames: Set<String>, warnings: Bool = true) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    func report(_ location: SourceLocation, _ code: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
      problems.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: severity, code: code, message: message))
    }
    let start = SourceLocation(file: content.files.first ?? "faq", line: 1, column: 1)

    if content.entries.isEmpty {
      report(start, "E-FAQ-NO-ENTRIES", "There are no questions in the FAQ files. Add one, starting with a line like: faq what-is-sds")
    }
    for id in FAQParser.messageIDs where content.messages[id] == nil {
      report(start, "E-FAQ-MISSING-MESSAGE", "The FAQ needs a message \"\(id)\". Add it to one of the FAQ files: message \(id), then its text on indented lines.")
    }
    let known = termNames.sorted().joined(separator: ", ")
    for use in content.nameUses where !termNames.contains(use.name) {
      report(use.location, "E-FAQ-UNKNOWN-NAME", "\"{\(use.name)}\" is not a term I know. Use one of the terms in the script's terms list: \(known).")
    }
    var texts = content.messages.values.flatMap { $0 }
    for entry in content.entries { texts += entry.title.all + (entry.answer.all + entry.more.all).flatMap { $0 } }
    problems += texts.flatMap(\.braceProblems)

    guard warnings else { return problems }
    var titles: [String: String] = [:]
    for entry in content.entries {
      if let title = entry.title.neutral {
        let key = Tokens.words(title.render { "{\($0)}" }).joined(separator: " ")
        if let other = titles[key] {
          report(title.location, "W-FAQ-DUPLICATE-TITLE", "The question \"\(other)\" has the same title. Make each title ask its own question, so people can tell them apart.", .warning)
        } else {
          titles[key] = entry.id
        }
      }
      for paragraphs in entry.answer.all {
        let count = sentenceCount(paragraphs)
        guard !sentences.contains(count), let first = paragraphs.first else { continue }
        report(first.location, "W-FAQ-ANSWER-LENGTH", "This answer has \(count) sentence\(count == 1 ? "" : "s"). Keep answers to \(sentences.lowerBound) to \(sentences.upperBound) short sentences, and put anything longer under more:.", .warning)
      }
    }

    problems += unusedSynonyms(content)
    problems += unrelatedKeywords(content)
    return problems
  }

  /// A warning for each keyword that holds a phrase from the unrelated list: a question with it is taken
  /// as not about care and support, so the keyword can never help its entry match.
  static func unrelatedKeywords(_ content: FAQContent) -> [Diagnostic] {
    let rules = content.rules
    let stemmer = Stemmer(rules: rules, vocabulary: [])
    let unrelated = content.unrelated.map { (phrase: $0, stems: rules.words($0).map(stemmer.stem)) }.filter { !$0.stems.isEmpty }
    var problems: [Diagnostic] = []
    for entry in content.entries {
      for keyword in Set(entry.keywords.all.joined()).sorted() {
        let stems = rules.words(keyword).map(stemmer.stem)
        guard let clash = unrelated.first(where: { phrase in
          stems.count >= phrase.stems.count && (0...(stems.count - phrase.stems.count)).contains { Array(stems[$0..<($0 + phrase.stems.count)]) == phrase.stems }
        }) else { continue }
        let at = entry.keywordsLocation ?? entry.location
        problems.append(Diagnostic(file: at.file, line: at.line, column: at.column, severity: .warning, code: "W-FAQ-KEYWORD-UNRELATED",
          message: "The keyword \"\(keyword)\" of \(entry.id) has \"\(clash.phrase)\" in it, which is on the unrelated list, so a question with it is taken as not about care and this keyword never helps. Take it off one of the two lists."))
      }
    }
    return problems
  }

  /// A warning for each synonym (of `only`, or all of them) whose words before the colon are in no
  /// entry, read by the content's word rules: a synonym only helps when its words are in an entry.
  static func unusedSynonyms(_ content: FAQContent, only: [Synonym]? = nil) -> [Diagnostic] {
    let rules = content.rules
    let ignored = Set(content.ignored.map(rules.words).filter { $0.count == 1 }.map { $0[0] })
    var entryWords: [[String]] = []
    for entry in content.entries {
      var text = entry.title.all.map { $0.render { _ in "" } } + entry.keywords.all.flatMap { $0 }
      text += (entry.answer.all + entry.more.all).flatMap { $0 }.map { $0.render { _ in "" } }
      entryWords.append(text.flatMap(rules.words))
    }
    let synonyms = only ?? content.synonyms
    var vocabulary: Set<String> = []
    if rules == .welsh {
      vocabulary = Set(entryWords.joined()).union(synonyms.flatMap { rules.words($0.target) + $0.phrases.flatMap(rules.words) }).subtracting(ignored)
    }
    let stemmer = Stemmer(rules: rules, vocabulary: vocabulary)
    var stemOf: [String: String] = [:]
    func stem(_ word: String) -> String {
      if let known = stemOf[word] { return known }
      let result = stemmer.stem(word)
      stemOf[word] = result
      return result
    }
    let entryStems = entryWords.map { Set($0.map(stem)) }
    var problems: [Diagnostic] = []
    for synonym in synonyms {
      let wanted = rules.words(synonym.target).filter { !ignored.contains($0) }.map(stem)
      if wanted.isEmpty || !entryStems.contains(where: { stems in wanted.allSatisfy(stems.contains) }) {
        let location = synonym.location
        problems.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: .warning, code: "W-FAQ-UNUSED-SYNONYM",
          message: "No question uses the words \"\(synonym.target)\", so this line does not help. Use words that are in an answer, a title or keywords."))
      }
    }
    return problems
  }

  /// The number of sentences in an answer. A list counts as one sentence.
  static func sentenceCount(_ paragraphs: [Template]) -> Int {
    var count = 0
    for paragraph in paragraphs {
      var inList = false
      for line in paragraph.render({ "{\($0)}" }).split(separator: "\n") {
        if FAQParser.isListItem(String(line)) {
          if !inList { count += 1 }
          inList = true
          continue
        }
        inList = false
        var ended = true
        let characters = Array(line)
        for (index, character) in characters.enumerated() {
          if character == "." || character == "?" || character == "!" {
            let next = index + 1 < characters.count ? characters[index + 1] : " "
            if next == " " || next == "\"" || next == "\u{201D}" { count += 1; ended = true }
          } else if character.isLetter || character.isNumber {
            ended = false
          }
        }
        if !ended { count += 1 }
      }
    }
    return count
  }
}
