/// One item of a section, in the order written.
public indirect enum Node: Sendable {
  case say(SayNode)
  case ask(QuestionNode)
  case setValue(LetNode)
  case flag(FlagNode)
  case goTo(JumpNode)
  case checkAnswers(CheckNode)
  case send(SendNode)
  case finish(FinishNode)
  case forEach(ForEachNode)
  case conditional(IfNode)

  /// A number unique to this item in the whole script.
  public var index: Int {
    switch self {
    case .say(let node): node.index
    case .ask(let node): node.index
    case .setValue(let node): node.index
    case .flag(let node): node.index
    case .goTo(let node): node.index
    case .checkAnswers(let node): node.index
    case .send(let node): node.index
    case .finish(let node): node.index
    case .forEach(let node): node.index
    case .conditional(let node): node.index
    }
  }

  /// Where the item starts.
  public var location: SourceLocation {
    switch self {
    case .say(let node): node.location
    case .ask(let node): node.location
    case .setValue(let node): node.location
    case .flag(let node): node.location
    case .goTo(let node): node.location
    case .checkAnswers(let node): node.location
    case .send(let node): node.location
    case .finish(let node): node.location
    case .forEach(let node): node.location
    case .conditional(let node): node.location
    }
  }

  /// The item's `if:` condition, if it has one.
  public var condition: Condition? {
    switch self {
    case .say(let node): node.condition
    case .ask(let node): node.condition
    case .setValue(let node): node.condition
    case .flag(let node): node.condition
    case .goTo(let node): node.condition
    case .checkAnswers(let node): node.condition
    case .send(let node): node.condition
    case .finish(let node): node.condition
    case .forEach, .conditional: nil
    }
  }
}

/// `say`: text the assistant says.
public struct SayNode: Sendable {
  public var index: Int
  public var id: String?
  public var paragraphs: [Template]
  public var condition: Condition?
  public var location: SourceLocation
  /// `topic: ID`: say that topic's text here instead of text of its own, so one text serves both.
  public var topic: String? = nil
  /// Where the topic id was written.
  public var topicLocation: SourceLocation? = nil
}

/// One choice of a question, or of a `choices` list.
public struct ChoiceDefinition: Sendable, Equatable {
  public var id: String
  public var label: Template
  public var aliases: [String]
  public var location: SourceLocation

  /// Makes a choice.
  public init(id: String, label: Template, aliases: [String], location: SourceLocation) {
    self.id = id
    self.label = label
    self.aliases = aliases
    self.location = location
  }
}

/// `ask`: a question.
public struct QuestionNode: Sendable {
  public var index: Int
  public var id: String
  public var kind: AnswerKind
  public var prompt: Template?
  public var hint: Template?
  public var help: Template?
  public var why: Template?
  public var label: Template?
  public var store: String?
  public var storeLocation: SourceLocation?
  public var optional: Bool
  public var allowsNotSure: Bool
  public var condition: Condition?
  public var choices: [ChoiceDefinition]
  public var choiceList: String?
  public var choiceListLocation: SourceLocation?
  public var addAnother: Template?
  public var maxItems: Int
  public var location: SourceLocation
  /// Said in place of the engine's own words when an answer is missing or not understood; it says what is
  /// needed in the question's own words.
  public var reAsk: Template? = nil
  /// True when what is typed is never taken as a question for the FAQ (`no faq`): the answers to
  /// "What would you like to ask the key worker?" are questions themselves.
  public var noFAQ = false
  /// For `yesno` questions: "ok" and "fine" can only mean yes here (`ok means yes`). Elsewhere they are checked back.
  public var okMeansYes = false
  /// For `list` questions: the first line typed is the whole list (`one line`), so nobody is asked for
  /// "another" thing. Several things go on that line with commas between.
  public var oneLine = false
}

/// `let NAME = VALUE`: a value for `{NAME}` from here on.
public struct LetNode: Sendable {
  public var index: Int
  public var name: String
  public var value: Template
  public var condition: Condition?
  public var location: SourceLocation
}

/// `flag NAME`: a flag for the key worker.
public struct FlagNode: Sendable {
  public var index: Int
  public var name: String
  public var condition: Condition?
  public var location: SourceLocation
}

/// `go to SECTION`.
public struct JumpNode: Sendable {
  public var index: Int
  public var target: String
  public var targetLocation: SourceLocation
  public var condition: Condition?
  public var location: SourceLocation
}

/// `check answers`: the numbered read-back and the question that confirms it.
public struct CheckNode: Sendable {
  public var index: Int
  public var prompt: Template?
  public var condition: Condition?
  public var location: SourceLocation
}

/// `send`: send the draft.
public struct SendNode: Sendable {
  public var index: Int
  public var condition: Condition?
  public var location: SourceLocation
}

/// `finish`: the end of the conversation.
public struct FinishNode: Sendable {
  public var index: Int
  public var condition: Condition?
  public var location: SourceLocation
}

/// `for each VAR in QUESTION` ... `end`.
public struct ForEachNode: Sendable {
  public var index: Int
  public var variable: String
  public var question: String
  public var questionLocation: SourceLocation
  public var body: [Node]
  public var location: SourceLocation
}

/// `if CONDITION` ... `end`.
public struct IfNode: Sendable {
  public var index: Int
  public var condition: Condition
  public var body: [Node]
  public var location: SourceLocation
}
