/// How long the conversation takes someone who reads and types slowly, worked out from the script, so
/// the welcome's "It takes about {duration}" is never written by hand and stays true when questions change.
///
/// It walks one model journey: planning for yourself, the first choice at every choice question, three
/// parts of life, "no" at every yes or no question (so every offer to say more is turned down, and the
/// questions for someone who does not feel safe are asked), and an answer to every question, even the
/// ones that can be left out. It stops at the page where answers are checked.
struct JourneyEstimate: Equatable, Sendable {
  /// Words a slow reader reads in a minute.
  static let wordsPerMinute = 100.0
  /// Seconds to think of and type an answer in their own words, for a slow typist (about 8 words at 10 words a minute, and time to think).
  static let secondsPerTypedAnswer = 75.0
  /// Seconds to read the choices and type a number or yes or no.
  static let secondsPerPick = 25.0

  /// Answers given on the model journey before the check page.
  var inputs: Int
  /// Answers the person types in their own words.
  var typed: Int
  /// Words the assistant shows before the check page: what it says, the questions, hints and choices.
  var words: Int

  /// Minutes for a slow reader and typist, rounded up to the next 5.
  var minutes: Int {
    let seconds = Double(words) / Self.wordsPerMinute * 60 + Double(typed) * Self.secondsPerTypedAnswer + Double(inputs - typed) * Self.secondsPerPick
    let whole = Int((seconds / 60).rounded(.up))
    return max(5, (whole + 4) / 5 * 5)
  }

  /// Walks the model journey through `script`, with `terms` on top of the script's own.
  init(script: Script, terms: [String: String] = [:]) {
    let renderer = Renderer(script: script, terms: script.terms.merging(terms) { _, new in new })
    self.init(walker: Walker(script: script, render: renderer))
  }

  init(walker: Walker) {
    let script = walker.script
    var state = EngineState()
    var inputs = 0
    var typed = 0
    var walk = walker.walk(state)
    while inputs < 500, walk.pending < walk.steps.count, let question = walk.steps[walk.pending].question {
      let choices = script.choices(of: question).map(\.id)
      switch question.kind {
      case .text: state.answers[walk.steps[walk.pending].key] = .text("words"); typed += 1
      case .list: state.answers[walk.steps[walk.pending].key] = .list(["words"]); typed += 1
      case .yesno, .confirm: state.answers[walk.steps[walk.pending].key] = .yesNo(.no)
      case .choice: state.answers[walk.steps[walk.pending].key] = choices.first.map(AnswerValue.choice) ?? .notProvided
      case .multi: state.answers[walk.steps[walk.pending].key] = .choices(Array(choices.prefix(3)))
      }
      inputs += 1
      walk = walker.walk(state)
    }
    var words = 0
    func count(_ template: Template?, _ step: Walk.Step) {
      guard let template else { return }
      words += template.render { walker.lookup($0, names: step.names, walk: walk, state: state) ?? "it" }.split(whereSeparator: \.isWhitespace).count
    }
    for step in walk.steps[..<min(walk.pending, walk.steps.count)] {
      switch step.kind {
      case .say(let say):
        let paragraphs = say.topic.flatMap { id in script.topics.first { $0.id == id }?.paragraphs } ?? say.paragraphs
        for paragraph in paragraphs { count(paragraph, step) }
      case .ask(let ref):
        count(ref.node.prompt, step)
        count(ref.node.hint, step)
        for choice in script.choices(of: ref.node) { count(choice.label, step) }
      default: break
      }
    }
    self.inputs = inputs
    self.typed = typed
    self.words = words
  }
}
