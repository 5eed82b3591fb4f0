/// One kind of harm the safety listener heard in an answer.
public struct SafetyHearing: Sendable, Equatable, Codable {
  /// The kind of harm (`physical`, `financial`, `self-harm`).
  public var kind: String
  /// The flag it raises for the key worker (`feels-unsafe`, `self-harm-risk`).
  public var flag: String
  /// The topic whose text is said at once (`staying-safe`, `self-harm-help`).
  public var reply: String
  /// The language of the rule that heard it.
  public var language: String
  /// The pattern that heard it, as written, for staff checking the rules (`sds safety`).
  public var pattern: String
  /// Where that pattern is written.
  public var location: SourceLocation

  /// Makes a hearing.
  public init(kind: String, flag: String, reply: String, language: String, pattern: String, location: SourceLocation) {
    self.kind = kind
    self.flag = flag
    self.reply = reply
    self.language = language
    self.pattern = pattern
    self.location = location
  }
}

/// Something said that may mean a person is not safe, kept for the key worker in the person's own words.
public struct Disclosure: Sendable, Equatable, Codable {
  /// The id of the question it was typed at (`good-day`, `check-answers`, `faq`).
  public var question: String
  /// Exactly what the person typed (after control characters were removed).
  public var words: String
  /// The kind of harm heard.
  public var kind: String
  /// The language the conversation was in.
  public var language: String
  /// The flag it raised.
  public var flag: String

  /// Makes a disclosure.
  public init(question: String, words: String, kind: String, language: String, flag: String) {
    self.question = question
    self.words = words
    self.kind = kind
    self.language = language
    self.flag = flag
  }
}
