/// Something the engine wants the front end to show or do, in order.
public enum Output: Equatable, Sendable {
  /// A block of text the assistant says. Paragraphs are separated by a blank line ("\n\n");
  /// lines inside a paragraph by "\n". Front ends wrap it; they never need to escape it.
  case say(String)
  /// A question; the front end shows it and reads one line.
  case ask(Prompt)
  /// The person confirmed sending. The front end delivers `record` and reports back with
  /// `Event.delivered` or `Event.deliveryFailed`. Nothing is sent before this output.
  case send(Record)
  /// The person wants to save and finish later, with this memorable word. The front end stores the
  /// state under a new reference with a salted hash of the word (never the word), then reports back with
  /// `Event.saved` or `Event.saveFailed`. The word is not kept in the state and must never be shown.
  case save(word: String)
  /// The person wants to carry on a saved conversation. The front end looks it up, and either starts
  /// again from the saved state with `Engine.resume(_:)` or reports `Event.resumeFailed`.
  case resume(reference: String, word: String)
  /// The conversation is over. The front end drops the state.
  case end(Ending)
}

/// How a conversation ended.
public struct Ending: Equatable, Sendable, Codable {
  /// The reason it ended.
  public var status: EndStatus
  /// The draft's reference, when one was sent or saved.
  public var reference: String?

  /// Makes an ending.
  public init(status: EndStatus, reference: String? = nil) {
    self.status = status
    self.reference = reference
  }
}

/// Why a conversation ended.
public enum EndStatus: String, Equatable, Sendable, Codable {
  /// A draft was sent to the drop folder.
  case sent
  /// The conversation was saved to finish later.
  case saved
  /// The person chose to stop, or walked away (input ended). Nothing was sent.
  case stopped
  /// Nobody typed anything for too long; the answers were cleared.
  case timeout
  /// The conversation reached its end with nothing to send (for example "just find out").
  case finished
}

/// A question as the front end shows it.
public struct Prompt: Equatable, Sendable, Codable {
  /// The question's id (with the item id after a dot inside a "for each" block).
  public var id: String
  /// What sort of answer it takes.
  public var kind: AnswerKind
  /// The question, names filled in.
  public var text: String
  /// A short hint shown under the question, if any.
  public var hint: String?
  /// The choices, for `choice`, `multi` and `confirm` kinds; empty otherwise.
  public var choices: [Choice]
  /// True when an empty answer is allowed.
  public var optional: Bool
  /// The answer already given, in words, when the question is asked again (`back`, `change`):
  /// pressing Enter keeps it.
  public var previous: String?
  /// Text the front end may put back into the line editor: the person's own line when it was refused
  /// (for example too long), so nothing they typed is lost.
  public var prefill: String?
  /// True when what is typed must not be shown or kept (a memorable word): front ends hide it.
  public var secret: Bool

  /// Makes a prompt.
  public init(id: String, kind: AnswerKind, text: String, hint: String? = nil, choices: [Choice] = [], optional: Bool = false, previous: String? = nil, prefill: String? = nil, secret: Bool = false) {
    self.secret = secret
    self.id = id
    self.kind = kind
    self.text = text
    self.hint = hint
    self.choices = choices
    self.optional = optional
    self.previous = previous
    self.prefill = prefill
  }
}

/// What sort of answer a question takes.
public enum AnswerKind: String, Equatable, Sendable, Codable, CaseIterable {
  case text
  case yesno
  case choice
  case multi
  case list
  case confirm
}

/// One choice offered by a question.
public struct Choice: Equatable, Sendable, Codable {
  /// What the person can type to pick it: its number, "1", "2", ...
  public var key: String
  /// The stable id stored in the record.
  public var id: String
  /// The words shown.
  public var label: String

  /// Makes a choice.
  public init(key: String, id: String, label: String) {
    self.key = key
    self.id = id
    self.label = label
  }
}
