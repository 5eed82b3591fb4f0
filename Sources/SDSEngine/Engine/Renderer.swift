/// Fills in templates and puts answers into words.
struct Renderer: Sendable {
  let script: Script
  /// Terms, after any the front end supplies on top of the script's own.
  let terms: [String: String]
  /// Minutes the conversation takes a slow typist (`JourneyEstimate`), for `{duration}`; nil while it is worked out.
  var minutes: Int?

  /// A message's paragraphs joined as one block, with `extra` names filled in first.
  func message(_ id: String, _ extra: [String: String] = [:], state: EngineState) -> String {
    guard let paragraphs = script.messages[id] else { return "" }
    return paragraphs.map { template in
      template.render { extra[$0] ?? builtIn($0, state: state) }
    }.joined(separator: "\n\n")
  }

  /// Terms and names every script has: `{reference}` and `{reference-spelled}` once sent.
  func builtIn(_ name: String, state: EngineState) -> String? {
    switch name {
    case "reference": return state.reference
    case DraftDestination.placeName: return state.destination?.place
    case DraftDestination.copyPlaceName: return state.destination?.copyPlace
    case "duration":
      guard let minutes else { return terms[name] }
      return script.messages["duration-minutes"] == nil ? "\(minutes) minutes" : message("duration-minutes", ["count": String(minutes)], state: state)
    case "reference-spelled":
      let dash = script.messages["reference-dash"] == nil ? "dash" : message("reference-dash", state: state)
      return state.reference.map { Renderer.spell($0, dash: dash) }
    default: return terms[name].map { Renderer.filled($0, terms) }
    }
  }

  /// A reference one character at a time, for reading aloud or copying: "K 7 M 4, dash, ...".
  static func spell(_ reference: String, dash: String = "dash") -> String {
    reference.map { $0 == "-" ? dash : String($0) }.joined(separator: " ")
  }

  /// An answer in words, as read back to the person.
  func display(_ value: AnswerValue, of question: QuestionNode?, state: EngineState = EngineState()) -> String {
    switch value {
    case .text(let text): return text
    case .yesNo(let answer):
      switch answer {
      case .yes: return message("answer-yes", state: state)
      case .no: return message("answer-no", state: state)
      case .notSure: return message("answer-not-sure", state: state)
      }
    case .choice(let id): return label(of: id, in: question, state: state)
    case .choices(let ids):
      return ids.isEmpty ? message("not-provided", state: state) : ids.map { label(of: $0, in: question, state: state) }.joined(separator: ", ")
    case .list(let items): return items.isEmpty ? message("not-provided", state: state) : items.joined(separator: "; ")
    case .notProvided: return message("not-provided", state: state)
    }
  }

  private func label(of id: String, in question: QuestionNode?, state: EngineState) -> String {
    guard let question, let choice = script.choices(of: question).first(where: { $0.id == id }) else { return id }
    return choice.label.render { builtIn($0, state: state) }
  }
}
