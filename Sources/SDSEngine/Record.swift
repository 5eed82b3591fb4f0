/// Everything the person said on the path they took, ready to become a draft support plan.
///
/// Answers on paths no longer taken (after a changed answer) are never in a record.
public struct Record: Equatable, Sendable, Codable {
  /// One answered question, in the order it was asked.
  public struct Entry: Equatable, Sendable, Codable {
    /// The question's id; inside a "for each" block the item id follows a dot (`outcome-goal.daily-life`).
    public var questionID: String
    /// The record name the script gave it (`store:`), with `*` replaced by the item id; nil when not stored by name.
    public var storeName: String?
    /// The question as the person saw it, with names filled in.
    public var prompt: String
    /// The short label used when answers are read back.
    public var label: String
    /// The id of the section that asked it.
    public var sectionID: String
    /// The answer.
    public var value: AnswerValue
    /// The answer in words, as read back to the person (choice labels rather than ids).
    public var display: String
    /// The person's other words that came with the answer, exactly as typed ("yes please, I need a
    /// break" keeps "I need a break"); nil when there were none.
    public var note: String?

    /// Makes an entry.
    public init(questionID: String, storeName: String?, prompt: String, label: String, sectionID: String, value: AnswerValue, display: String, note: String? = nil) {
      self.questionID = questionID
      self.storeName = storeName
      self.prompt = prompt
      self.label = label
      self.sectionID = sectionID
      self.value = value
      self.display = display
      self.note = note
    }
  }

  /// Every answer on the path, in the order asked.
  public var entries: [Entry]
  /// Flags the script raised on this path (for example `feels-unsafe`), sorted and without repeats.
  public var flags: [String]
  /// Choice labels by choice-list or question id, then choice id, so exports can show words instead of ids.
  public var choiceLabels: [String: [String: String]]
  /// The code of the language the person used at the end (`en`, `cy`): prompts, labels and `display`
  /// are in it. The person's own words are kept exactly as typed, in whatever language they typed.
  public var language: String?
  /// What the safety listener heard, in the order typed, in the person's own words.
  public var disclosures: [Disclosure]

  /// Makes a record.
  public init(entries: [Entry] = [], flags: [String] = [], choiceLabels: [String: [String: String]] = [:], language: String? = nil, disclosures: [Disclosure] = []) {
    self.entries = entries
    self.flags = flags
    self.choiceLabels = choiceLabels
    self.language = language
    self.disclosures = disclosures
  }

  /// The answers by record name (`store:`), for answers that have one.
  public var fields: [String: AnswerValue] {
    var result: [String: AnswerValue] = [:]
    for entry in entries { if let name = entry.storeName { result[name] = entry.value } }
    return result
  }

  /// The answers by question id.
  public var answersByQuestion: [String: AnswerValue] {
    var result: [String: AnswerValue] = [:]
    for entry in entries { result[entry.questionID] = entry.value }
    return result
  }
}
