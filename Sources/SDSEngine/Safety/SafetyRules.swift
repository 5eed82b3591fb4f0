/// What the safety listener listens for in one language, as a content officer wrote it in `Content/safety/`.
///
/// A rule is a short pattern of words that must come in order, near each other, in one sentence:
/// `hear: {someone} {hurt} me`. `{name}` stands for any word of a group. A word ending in `*` stands for
/// every word that starts that way (`punch*`: punch, punched, punching). `...` lets the next word come
/// further away, and `+` makes it come straight after. `unless:` patterns mark ordinary or figurative words ("my knees are killing me").
public struct SafetyRules: Sendable {
  /// One pattern: terms in order.
  public struct Pattern: Sendable, Equatable {
    /// The terms, in order.
    public var terms: [Term]
    /// The pattern as written, for messages.
    public var written: String
    /// Where it was written.
    public var location: SourceLocation
  }

  /// One term of a pattern.
  public enum Term: Sendable, Hashable {
    /// A word, matched whole (with small slips forgiven).
    case word(String)
    /// Any word that starts with these letters (`punch*`).
    case prefix(String)
    /// Any word of the group with this name (`{someone}`).
    case group(String)
    /// The next term may come further away (`...`).
    case wideGap
    /// The next term must come straight after, with no word between (`+`).
    case nextTo
  }

  /// A kind of harm: what it is called in the draft, the flag it raises and the text said at once.
  public struct Kind: Sendable {
    /// The kind's id, recorded in the draft (`physical`, `self-harm`).
    public var id: String
    /// The flag it raises for the key worker (`feels-unsafe`, `self-harm-risk`).
    public var flag: String?
    /// The id of the topic whose text is said at once (`staying-safe`).
    public var reply: String?
    /// Patterns that mean this kind of harm.
    public var hear: [Pattern] = []
    /// Patterns that, where they cover the same words, mean it is not harm after all.
    public var unless: [Pattern] = []
    /// Where the kind was first written.
    public var location: SourceLocation
  }

  /// The language the rules are for (`en`, `cy`).
  public var language: String
  /// Word groups by name. A word ending in `*` is a prefix.
  public var groups: [String: [String]] = [:]
  /// Where each group was first written.
  public var groupLocations: [String: SourceLocation] = [:]
  /// Other ways people write a word, each mapped to the word (`kil` to `kill`, `my self` to `myself`).
  public var spellings: [String: String] = [:]
  /// Real words that must never be read as a slip for a word of the rules (`slipped` is not `slapped`).
  public var realWords: Set<String> = []
  /// Patterns that mean ordinary or figurative words, for every kind.
  public var ordinary: [Pattern] = []
  /// The kinds, in the order written: the first is the most urgent.
  public var kinds: [Kind] = []
  /// True when the language changes the first letter of words (Welsh mutations): words are also tried
  /// in their dictionary form.
  public var mutates = false

  /// The group whose words before or inside a match cancel it ("nobody hurts me"), unless the pattern
  /// uses the group itself.
  public static let negationGroup = "negation"

  /// Makes empty rules for `language`.
  public init(language: String) {
    self.language = language
  }
}
