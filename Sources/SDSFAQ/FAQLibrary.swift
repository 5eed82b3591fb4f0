import SDSEngine

/// The FAQ library: every entry put into words for one nation and one set of terms, and the matcher
/// that finds the entry a question is about. Pure: no files, no printing.
///
/// Build it once when the content loads (the index is made here); each question then costs one look-up.
public struct FAQLibrary: SideQuestionAnswering {
  /// An entry as the person sees it: terms filled in, the nation's version chosen.
  public struct Entry: Equatable, Sendable {
    /// The entry's stable id.
    public var id: String
    /// The question it answers.
    public var title: String
    /// The short answer; paragraphs are separated by a blank line.
    public var answer: String
    /// The longer text shown when the person types `more`, if there is any.
    public var more: String?
  }

  /// How much a word counts in each part of an entry when matching, and how much that part's length matters.
  /// The fields are the title, the keywords, pairs of neighbouring words in them, the answer and the more text.
  static let fields: [(side: SearchIndex.Side, weight: Float, lengthEffect: Float)] = [
    (.question, 1, 0.5), (.question, 0.7, 0.3), (.question, 1, 0), (.answer, 1, 0.5), (.answer, 0.5, 0.5),
  ]

  /// The nation whose versions are shown; nil for the neutral UK text.
  public let nation: Nation?
  /// Every entry, in browsing order.
  public let entries: [Entry]
  private let matcher: Matcher
  /// The entry for a question the safety listener hears harm in, and the listener.
  private let harmEntry: String?
  private let safety: SafetyListener
  private let positions: [String: Int]
  private let noMatchText: String
  private let unrelatedText: String

  /// Puts `content` into words for `nation` with `terms` (`council`, `phone`, ...) and builds the index.
  public init(content: FAQContent, nation: Nation? = nil, terms given: [String: String] = [:]) {
    let terms = Template.fillingNested(given)
    func render(_ template: Template) -> String { Self.render(template, terms) }
    func render(_ paragraphs: [Template]) -> String { paragraphs.map(render).joined(separator: "\n\n") }
    self.nation = nation
    harmEntry = content.harmEntry
    safety = content.safety
    let entries = content.entries.map { entry in
      Entry(
        id: entry.id, title: entry.title.value(for: nation).map(render) ?? entry.id,
        answer: entry.answer.value(for: nation).map(render) ?? "",
        more: entry.more.value(for: nation).flatMap { $0.isEmpty ? nil : render($0) })
    }
    self.entries = entries
    var positions: [String: Int] = [:]
    for (position, entry) in entries.enumerated() where positions[entry.id] == nil { positions[entry.id] = position }
    self.positions = positions
    noMatchText = content.messages["no-match"].map(render) ?? ""
    unrelatedText = content.messages["unrelated"].map(render) ?? noMatchText

    // The index: each entry's words, stemmed, small words left out.
    let rules = content.rules
    let ignored = Set(content.ignored.map(rules.words).filter { $0.count == 1 }.map { $0[0] })
    let asking = Set(content.questionWords.flatMap(rules.words))
    /// A title's question words ("what", "can", "who"), kept as terms of their own: "what is ..." and
    /// "can I ..." ask different things about the same subject.
    func questionWords(_ title: String) -> [String] {
      rules.words(title).flatMap { QueryReader.questionTerms(for: $0, in: asking) }
    }
    let stemmer = Stemmer(rules: rules, vocabulary: rules == .welsh ? Self.vocabulary(content, entries, ignored: ignored) : [])
    self.stemmer = stemmer
    var words: Set<String> = []
    var stemCache: [String: String] = [:]
    func stems(_ text: String) -> [String] {
      rules.words(text).filter { !ignored.contains($0) }.map { word in
        words.insert(word)
        if let known = stemCache[word] { return known }
        let stem = stemmer.stem(word)
        stemCache[word] = stem
        return stem
      }
    }
    let documents: [[SearchIndex.Field]] = zip(content.entries, entries).map { source, shown in
      var keywords = source.keywords.neutral ?? []
      if let nation, let own = source.keywords.byNation[nation] { keywords += own }
      let title = stems(shown.title)
      let phrases = keywords.map(stems)
      // A keyword that names the entry by number ("option 1", "opsiwn 1") weighs as a title word does
      // (in the field of pairs, whose length does not count, so other entries' scores stay as they were):
      // where a nation does not number the ways (England, Wales), the title has no number, yet people
      // still ask for "option 1" by that name.
      let numbered = zip(keywords, phrases).filter { $0.0.contains(where: \.isNumber) }.flatMap(\.1)
      let pairs = ([title] + phrases).flatMap { words in zip(words, words.dropFirst()).map { QueryReader.pair($0, $1) } } + numbered
      let texts = [title + questionWords(shown.title), phrases.flatMap { $0 }, pairs, stems(shown.answer), stems(shown.more ?? "")]
      return zip(texts, Self.fields).map { SearchIndex.Field(stems: $0, side: $1.side, weight: $1.weight, lengthEffect: $1.lengthEffect) }
    }
    let index = SearchIndex(documents: documents)
    matcher = Matcher(
      index: index, reader: QueryReader(documentWords: words, stems: stemCache, stemmer: stemmer, content: content, index: index), ids: entries.map(\.id))
  }

  /// Every word of the library that is not an ignored word: what Welsh mutated forms are matched against.
  private static func vocabulary(_ content: FAQContent, _ entries: [Entry], ignored: Set<String>) -> Set<String> {
    let rules = content.rules
    var texts: [String] = []
    for (source, shown) in zip(content.entries, entries) {
      texts += [shown.title, shown.answer, shown.more ?? ""]
      texts += source.keywords.all.flatMap { $0 }
    }
    for synonym in content.synonyms { texts += [synonym.target] + synonym.phrases }
    texts += content.unrelated
    var words = Set(texts.flatMap(rules.words))
    words.subtract(ignored)
    return words
  }

  /// `template` with its terms filled in. A term that starts a sentence starts with a capital letter,
  /// so "{council} will ..." reads "Your council or Trust will ...".
  static func render(_ template: Template, _ terms: [String: String]) -> String {
    var result = ""
    for part in template.parts {
      switch part {
      case .literal(let text):
        result += text
      case .name(let name):
        guard var value = terms[name] else {
          result += "{\(name)}"
          continue
        }
        if startsSentence(result), let first = value.first, first.isLowercase { value = first.uppercased() + value.dropFirst() }
        result += value
      }
    }
    return result
  }

  /// True when text added after `text` starts a sentence.
  private static func startsSentence(_ text: String) -> Bool {
    guard let last = text.last else { return true }
    if last == "\n" { return true }
    guard last == " " else { return false }
    let before = text.dropLast().last(where: { $0 != " " })
    return before == nil || before == "." || before == "?" || before == "!"
  }

  /// What the matcher makes of `question`: the decision, the best score and the best entries.
  ///
  /// A question the safety listener (`Content/safety/`) hears harm in gets the entry marked `harm: yes`:
  /// one list of such words, for the conversation and the FAQ.
  public func match(_ question: String) -> FAQMatch {
    let found = matcher.match(question)
    if let harmEntry, positions[harmEntry] != nil, !safety.hear(question).isEmpty {
      return FAQMatch(outcome: .answer(id: harmEntry), score: found.score, ranked: found.ranked)
    }
    return found
  }
  /// How the library's words are put into one form.
  private let stemmer: Stemmer

  /// How the library reads words: English, or the language it was translated into.
  public var rules: WordRules { stemmer.rules }

  /// How a question was read, for tests and for finding out why it matched as it did.
  func explain(_ question: String) -> String { matcher.explain(question) }

  /// The entry with this id, if there is one.
  public func entry(_ id: String) -> Entry? {
    positions[id].map { entries[$0] }
  }

  /// The reply to a question in the person's own words.
  public func reply(to question: String) -> SideReply {
    switch match(question).outcome {
    case .answer(let id): return reply(toEntry: id)
    case .choose(let ids): return .choose(ids.compactMap(entry).map { SideTitle(id: $0.id, title: $0.title) })
    case .noMatch: return .noMatch(text: noMatchText)
    case .unrelated: return .noMatch(text: unrelatedText)
    }
  }

  /// The reply for one entry, picked by id.
  public func reply(toEntry id: String) -> SideReply {
    guard let entry = entry(id) else { return .noMatch(text: noMatchText) }
    return .answer(id: entry.id, title: entry.title, text: entry.answer)
  }

  /// Every entry's id and title, in browsing order.
  public func titles() -> [SideTitle] {
    entries.map { SideTitle(id: $0.id, title: $0.title) }
  }

  /// The longer text of an entry, if it has any.
  public func more(forEntry id: String) -> String? {
    entry(id)?.more
  }

  /// What is said when nothing matched.
  public var noMatchMessage: String { noMatchText }

  /// What is said when the question is about something other than care and support.
  public var unrelatedMessage: String { unrelatedText }
}
