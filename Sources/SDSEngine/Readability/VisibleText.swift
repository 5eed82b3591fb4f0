/// One piece of text a person can see, from a script, ready to be measured.
public struct VisiblePiece: Equatable, Sendable {
  /// What sort of text it is.
  public enum Kind: String, Sendable, CaseIterable {
    /// A `say`.
    case say
    /// A question's prompt with its hint.
    case prompt
    /// A question's `help:`.
    case help
    /// A question's `why:`.
    case why
    /// A question's `re-ask:`.
    case reAsk = "re-ask"
    /// A list question's `add another:`.
    case addAnother = "add-another"
    /// The prompt of `check answers`.
    case check
    /// A `topic`.
    case topic
    /// A `message`.
    case message
    /// A section's `title:`, shown over the read-back.
    case title
    /// A question's `label:`, shown in the read-back.
    case label
    /// The words of one choice.
    case choice
    /// A common question's title, answer or more (from `Content/faq`).
    case faq

    /// Labels and choices are short names, not prose, so a grade means little for them: they are measured
    /// for sentence length and jargon only.
    public var isGraded: Bool {
      switch self {
      case .title, .label, .choice: false
      default: true
      }
    }
  }

  /// What sort of text it is.
  public var kind: Kind
  /// Who it belongs to, for people: "say welcome-hello", "ask good-day", "message needs-answer".
  public var owner: String
  /// The text as a person would see it, with terms filled in (see `VisibleText.pieces(of:terms:)`).
  public var text: String
  /// Where it was written.
  public var location: SourceLocation
  /// The text of the whole unit this piece belongs to (a question's prompt, hint, help, why, re-ask and
  /// choices; a say; a topic; a message), where a hard word may be explained.
  public var unit: String
  /// Whether the grade limit applies (see `Kind.isGraded`).
  public var isGraded: Bool

  /// Makes a piece.
  public init(kind: Kind, owner: String, text: String, location: SourceLocation, unit: String, isGraded: Bool) {
    self.kind = kind
    self.owner = owner
    self.text = text
    self.location = location
    self.unit = unit
    self.isGraded = isGraded
  }
}

/// Lists every piece of text a script can show a person, in file order.
public enum VisibleText {
  /// Messages that are the words of an answer or a choice ("Yes", "Not provided"): measured like labels.
  public static let labelMessages: Set<String> = ["answer-yes", "answer-no", "answer-not-sure", "not-provided", "choice-question", "choice-answer"]

  /// Every piece of visible text in `script`.
  ///
  /// Names are filled in the way a person would first meet them: terms with their values (`terms` on top of
  /// the script's own), a `let` name with the value of its first `let` (the one for a person planning for
  /// themself), a `for each` name with the first choice's words, and a name that stands for an answer or a
  /// number (`{preferred-name}`, `{limit}`) with the short name "Sam".
  public static func pieces(of script: Script, terms extra: [String: String] = [:]) -> [VisiblePiece] {
    let terms = Template.fillingNested(script.terms.merging(extra) { _, new in new })
    var names: [String: String] = [:]
    var loopNames: [String: String] = [:]
    let questions = script.questions

    func collect(_ nodes: [Node]) {
      for node in nodes {
        switch node {
        case .setValue(let value) where names[value.name] == nil:
          names[value.name] = value.value.render { terms[$0] ?? names[$0] ?? sample }
        case .forEach(let loop):
          if loopNames[loop.variable] == nil, let question = questions[loop.question], let first = script.choices(of: question).first {
            loopNames[loop.variable] = first.label.render { terms[$0] ?? sample }
          }
          collect(loop.body)
        case .conditional(let block): collect(block.body)
        default: break
        }
      }
    }
    for section in script.sections { collect(section.nodes) }

    func render(_ template: Template) -> String {
      template.render { terms[$0] ?? names[$0] ?? loopNames[$0] ?? sample }
    }

    var pieces: [VisiblePiece] = []
    func add(_ kind: VisiblePiece.Kind, _ owner: String, _ text: String, _ location: SourceLocation, unit: String, graded: Bool? = nil) {
      pieces.append(VisiblePiece(kind: kind, owner: owner, text: text, location: location, unit: unit, isGraded: graded ?? kind.isGraded))
    }

    func visit(_ nodes: [Node]) {
      for node in nodes {
        switch node {
        case .say(let say):
          guard let first = say.paragraphs.first else { continue }
          let text = say.paragraphs.map(render).joined(separator: "\n\n")
          add(.say, "say " + (say.id ?? "at line \(say.location.line)"), text, first.location, unit: text)
        case .ask(let question):
          let owner = "ask " + question.id
          var prompt = question.prompt.map(render) ?? ""
          if let hint = question.hint { prompt += "\n" + render(hint) }
          let choices = script.choices(of: question).map { ($0, render($0.label)) }
          let parts = [question.help, question.why, question.reAsk, question.addAnother].compactMap { $0 }.map(render)
          let unit = ([prompt] + parts + choices.map(\.1)).joined(separator: "\n")
          if let location = question.prompt?.location { add(.prompt, owner, prompt, location, unit: unit) }
          if let help = question.help { add(.help, owner, render(help), help.location, unit: unit) }
          if let why = question.why { add(.why, owner, render(why), why.location, unit: unit) }
          if let reAsk = question.reAsk { add(.reAsk, owner, render(reAsk), reAsk.location, unit: unit) }
          if let another = question.addAnother { add(.addAnother, owner, render(another), another.location, unit: unit) }
          if let label = question.label { add(.label, owner, render(label), label.location, unit: unit) }
          for (choice, text) in choices { add(.choice, owner + " choice " + choice.id, text, choice.label.location, unit: unit) }
        case .checkAnswers(let check):
          if let prompt = check.prompt { add(.check, "check answers", render(prompt), prompt.location, unit: render(prompt)) }
        case .forEach(let loop): visit(loop.body)
        case .conditional(let block): visit(block.body)
        default: break
        }
      }
    }
    for section in script.sections {
      if let title = section.title { add(.title, "section " + section.id, render(title), title.location, unit: render(title)) }
      visit(section.nodes)
    }
    for topic in script.topics {
      guard let first = topic.paragraphs.first else { continue }
      let text = topic.paragraphs.map(render).joined(separator: "\n\n")
      add(.topic, "topic " + topic.id, text, first.location, unit: text)
    }
    for (id, paragraphs) in script.messages {
      guard let first = paragraphs.first else { continue }
      let text = paragraphs.map(render).joined(separator: "\n\n")
      add(.message, "message " + id, text, first.location, unit: text, graded: !labelMessages.contains(id))
    }
    return pieces.sorted { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) }
  }

  /// The word that stands for an answer or a number when text is measured.
  public static let sample = "Sam"
}
