/// A whole conversation, loaded from content files.
public struct Script: Sendable {
  /// A named block of items.
  public struct Section: Sendable {
    public var id: String
    public var title: Template?
    public var nodes: [Node]
    public var location: SourceLocation
  }

  /// Text shown when the person types one of its words, at any question.
  public struct Topic: Sendable {
    public var id: String
    public var words: [String]
    public var paragraphs: [Template]
    /// A flag for the key worker raised when the person asks for this topic (`flag: feels-unsafe`):
    /// someone who types "I am scared" at any question is seen first, like one who answers that way.
    public var flag: String? = nil
    /// Where the flag was named.
    public var flagLocation: SourceLocation? = nil
    public var location: SourceLocation
  }

  /// The sections in order.
  public var sections: [Section] = []
  /// Terms for `{name}` (for example `council`).
  public var terms: [String: String] = [:]
  /// Where each term was defined.
  public var termLocations: [String: SourceLocation] = [:]
  /// Ids the parser could not use (`E-BAD-ID`): the checker does not report their uses again.
  var rejectedIDs: Set<String> = []
  /// The words the person can type, by meaning (`yes`, `help`, ...).
  public var words: [String: [String]] = [:]
  /// Where each word list was defined.
  public var wordLocations: [String: SourceLocation] = [:]
  /// The assistant's own messages by id.
  public var messages: [String: [Template]] = [:]
  /// Where each message was defined.
  public var messageLocations: [String: SourceLocation] = [:]
  /// Topics, in the order written.
  public var topics: [Topic] = []
  /// What every answer is listened to for: signs that the person is not safe (`Content/safety/`).
  public var safety = SafetyListener()
  /// Named lists of choices.
  public var choiceLists: [String: [ChoiceDefinition]] = [:]
  /// Where each choice list was defined.
  public var choiceListLocations: [String: SourceLocation] = [:]

  /// Makes an empty script.
  public init() {}

  /// Every question in the script by id (the first one, when an id is used twice).
  public var questions: [String: QuestionNode] {
    var result: [String: QuestionNode] = [:]
    func visit(_ nodes: [Node]) {
      for node in nodes {
        switch node {
        case .ask(let question): if result[question.id] == nil { result[question.id] = question }
        case .forEach(let loop): visit(loop.body)
        case .conditional(let block): visit(block.body)
        default: break
        }
      }
    }
    for section in sections { visit(section.nodes) }
    return result
  }

  /// The choices a question offers, from its own `choice` lines or its `choices:` list.
  public func choices(of question: QuestionNode) -> [ChoiceDefinition] {
    if let list = question.choiceList { return choiceLists[list] ?? [] }
    return question.choices
  }
}
