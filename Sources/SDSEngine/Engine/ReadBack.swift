/// The answers given so far, read back as a numbered list under section titles: on the check page,
/// after `summary`, and when a saved conversation carries on. The numbers are the ones `change N` takes.
struct ReadBack {
  /// Fills in texts and puts answers into words, in the engine's language.
  let walker: Walker

  /// The indexes of the answered questions on the path before `position`, in the order they are numbered.
  static func numbered(_ walk: Walk, upTo position: Int) -> [Int] {
    walk.steps[..<min(position, walk.steps.count)].indices.filter { index in
      walk.steps[index].isQuestion && walk.answered.contains(walk.steps[index].key)
    }
  }

  /// The numbered read-back of every answer before `position`, under section titles; with
  /// `onlySection`, only the answers of that section, keeping their numbers.
  func text(_ walk: Walk, upTo position: Int, _ state: EngineState, onlySection: Int? = nil) -> String {
    var lines: [String] = []
    var lastTitle: String?
    for (number, index) in Self.numbered(walk, upTo: position).enumerated() {
      let step = walk.steps[index]
      if let onlySection, step.sectionIndex != onlySection { continue }
      guard let question = step.question, let value = state.answers[step.key] else { continue }
      if let title = walker.script.sections[step.sectionIndex].title.map({ walker.text($0, at: step, in: walk, state) }), title != lastTitle {
        if !lines.isEmpty { lines.append("") }
        lines.append(title)
        lastTitle = title
      }
      let label = question.label.map { walker.text($0, at: step, in: walk, state) } ?? walker.text(question.prompt, at: step, in: walk, state)
      lines.append("\(number + 1). \(label): \(shown(value, question, step.key, state))")
    }
    return lines.joined(separator: "\n")
  }

  /// An answer in words as read back, with the person's other words after it when there are some.
  func shown(_ value: AnswerValue, _ question: QuestionNode, _ key: String, _ state: EngineState) -> String {
    let display = walker.render.display(value, of: question, state: state)
    guard let note = state.notes?[key] else { return display }
    return walker.render.message("answer-note", ["answer": display, "note": note], state: state)
  }
}
