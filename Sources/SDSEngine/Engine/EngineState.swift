/// Everything the engine remembers about one conversation. Encodes to JSON for save and resume.
public struct EngineState: Equatable, Sendable, Codable {
  /// A question asked again on purpose, and how to go on after it.
  struct Focus: Equatable, Sendable, Codable {
    enum Mode: String, Codable, Sendable {
      /// After `back`: go forward one question at a time.
      case back
      /// After `change N`: go back to where the person was.
      case change
    }
    var instance: String
    var mode: Mode
  }

  /// A short side question the engine is waiting on.
  enum Waiting: Equatable, Sendable, Codable {
    case confirmStop
    case confirmStartAgain
    case questionOrAnswer(text: String)
    case faqChoice(ids: [String])
    case saveWord
    /// The memorable word was typed once; it is typed again to be sure. Held only until then: the state
    /// that is saved never has it.
    case saveWordAgain(word: String)
    case resumeReference
    case resumeWord(reference: String)
    /// Showed the list of languages after `language`.
    case chooseLanguage
    /// Sent `Output.save` or `Output.resume` (for this reference); waiting for the front end.
    case storing(reference: String?)
  }

  /// Where a draft is on its way out.
  enum Delivery: String, Equatable, Sendable, Codable {
    case none
    case awaiting
    case failed
  }

  /// Answers by question instance, including answers kept aside on paths not taken now.
  public internal(set) var answers: [String: AnswerValue] = [:]
  var focus: Focus?
  var listItems: [String]?
  var failures = 0
  var waiting: Waiting?
  var delivery = Delivery.none
  /// The FAQ entry just answered, when it has more text the person can ask for with `more`.
  var faqMore: String?
  /// The sent draft's reference, once delivered.
  public internal(set) var reference: String?
  /// Where the draft went once delivered: the council, or still this computer.
  public internal(set) var destination: DraftDestination?
  /// How the conversation ended, once it has.
  public internal(set) var ending: Ending?
  /// Flags raised by topics the person asked for (`flag:` on a topic), in the order raised.
  var topicFlags: [String]?
  /// What the safety listener heard, in the person's words. Kept until the conversation ends; nothing
  /// later (a "yes, I feel safe") takes one away.
  var disclosures: [Disclosure]?
  /// The code of the language the conversation is in, when the engine offers more than one.
  public internal(set) var language: String?
  /// The person's own words that came with an answer besides its value ("yes please, I need a break"),
  /// by question instance, exactly as typed. They reach the draft beside the answer.
  public internal(set) var notes: [String: String]?
  /// Words typed at a question that were not understood, by question instance, kept until it is answered
  /// so they become part of its note.
  var held: [String: [String]]?
  /// The answer last offered back ("Did you mean Not sure?") at the question being answered.
  var offered: String?
  /// An answer being changed from the check page: its section, and the questions numbered then, so only
  /// that part is read back when nothing else moved.
  var changed: Changed?
  struct Changed: Equatable, Sendable, Codable {
    var section: Int
    var keys: [String]
  }
  /// What the assistant said in its last reply before the question, for `repeat`. Never saved.
  var lastSaid: [String]?

  /// What a saved conversation holds: everything but what was last said, which may read back answers.
  enum CodingKeys: String, CodingKey {
    case answers, focus, listItems, failures, waiting, delivery, faqMore, reference, destination, ending, topicFlags, disclosures, language, notes, held, offered, changed
  }

  /// A fresh state.
  public init() {}
}
