import SDSEngine

/// A value with a neutral version and, optionally, a version for some nations.
public struct Variants<Value: Sendable>: Sendable {
  /// The version used when no nation is set, or the nation has no version of its own.
  public var neutral: Value?
  /// Versions for particular nations.
  public var byNation: [Nation: Value] = [:]

  /// The version for `nation`: its own if it has one, else the neutral one.
  public func value(for nation: Nation?) -> Value? {
    if let nation, let own = byNation[nation] { return own }
    return neutral
  }

  /// Every version, neutral first.
  var all: [Value] { (neutral.map { [$0] } ?? []) + Nation.allCases.compactMap { byNation[$0] } }
}

/// One frequently asked question, as written in a content file.
public struct FAQEntry: Sendable {
  /// The stable id (`option-1`). Never change it once in use: translations and tests name it.
  public var id: String
  /// The question the entry answers, as the person sees it.
  public var title = Variants<Template>()
  /// The short answer, one template a paragraph.
  public var answer = Variants<[Template]>()
  /// Longer text shown when the person asks for more.
  public var more = Variants<[Template]>()
  /// Other words people use for this question, to help matching.
  public var keywords = Variants<[String]>()
  /// Where the entry starts.
  public var location: SourceLocation
  /// Where its first `keywords:` line's words start, for the checker.
  var keywordsLocation: SourceLocation?
}

/// One line of the synonyms list: the words people use, and the words in the answers they mean.
public struct Synonym: Sendable, Equatable {
  /// The words in the answers (`direct payment`).
  public var target: String
  /// What people type instead (`dp`, `cash`, `money in my bank`).
  public var phrases: [String]
  /// True for a weak synonym: it counts less, because the words more often say who a question is about
  /// ("my daughter") than what it is about.
  public var weak = false
  /// Where the line is.
  public var location: SourceLocation
}

/// Everything in the FAQ folder: the entries in browsing order, the word lists and the messages.
public struct FAQContent: Sendable {
  /// The entries, in the order of the files and of the entries in them.
  public var entries: [FAQEntry] = []
  /// Words people use and the words in the answers they mean.
  public var synonyms: [Synonym] = []
  /// Small words that never decide a match (`the`, `what`, `please`).
  public var ignored: [String] = []
  /// Words and phrases that show a request has nothing to do with care and support (`library card`).
  public var unrelated: [String] = []
  /// Words that start a question (`what`, `can`, `who`): matched against titles only, lightly.
  public var questionWords: [String] = []
  /// The library's own messages (`no-match`, `unrelated`), one template a paragraph.
  public var messages: [String: [Template]] = [:]
  /// Where each message was written.
  var messageLocations: [String: SourceLocation] = [:]
  /// Every `{name}` used in the text, where it was written, for the checker.
  var nameUses: [(name: String, location: SourceLocation)] = []
  /// The files read, in order, so a problem with the whole folder can point at one.
  var files: [String] = []
  /// How the words are read for matching: English for the FAQ as written, the translation's language
  /// for a translated FAQ.
  public var rules: WordRules = .english
  /// The entry that answers a question the safety listener hears harm in (`harm: yes`), if any.
  public var harmEntry: String?
  /// The safety listener: words that mean a person may not be safe live there (`Content/safety/`), not
  /// in the FAQ. Set by whoever loads the content.
  public var safety = SafetyListener()

  /// Makes empty content.
  public init() {}
}
