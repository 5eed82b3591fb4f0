/// Answers questions the person asks in the middle of the conversation ("Can I pay my daughter?").
///
/// The engine calls it when a line reads as a question and is not an answer to the current
/// question; it must be pure and quick. The FAQ library implements it.
public protocol SideQuestionAnswering: Sendable {
  /// The reply to a question typed in the person's own words.
  func reply(to question: String) -> SideReply
  /// The reply for one entry picked by id (after the person chose from a short list).
  func reply(toEntry id: String) -> SideReply
  /// Every entry's id and title question, in browsing order.
  func titles() -> [SideTitle]
  /// The longer text of an entry, shown when the person types `more` straight after its answer; nil when it has none.
  func more(forEntry id: String) -> String?
}

extension SideQuestionAnswering {
  /// No entry has longer text unless the library says so.
  public func more(forEntry id: String) -> String? { nil }
}

/// An FAQ entry's id and its title question.
public struct SideTitle: Equatable, Sendable, Codable {
  /// The entry's stable id.
  public var id: String
  /// The question the entry answers.
  public var title: String

  /// Makes a title.
  public init(id: String, title: String) {
    self.id = id
    self.title = title
  }
}

/// What the FAQ library says back to a question.
public enum SideReply: Equatable, Sendable {
  /// A confident answer: the text to say (the title may be shown first).
  case answer(id: String, title: String, text: String)
  /// A close call: let the person choose from these entries by number.
  case choose([SideTitle])
  /// Nothing matched well; the text says so and where to get help.
  case noMatch(text: String)
}
