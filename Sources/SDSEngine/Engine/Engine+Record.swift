import Foundation

// What the person said, for a draft.

extension Engine {
  /// Everything the person has said on the current path, in this engine's language.
  func localRecord(_ state: EngineState) -> Record {
    let walk = walker.walk(state)
    var entries: [Record.Entry] = []
    for step in walk.steps {
      guard let question = step.question, walk.answered.contains(step.key), let value = state.answers[step.key] else { continue }
      let prompt = render(question.prompt, step, walk, state)
      let label = question.label.map { render($0, step, walk, state) } ?? prompt
      let store = question.store.map { name in step.item.map { name.replacingOccurrences(of: "*", with: $0) } ?? name }
      entries.append(Record.Entry(
        questionID: step.key, storeName: store, prompt: prompt, label: label, sectionID: script.sections[step.sectionIndex].id,
        value: value, display: renderer.display(value, of: question, state: state), note: state.notes?[step.key]))
    }
    var labels: [String: [String: String]] = [:]
    for (id, question) in walker.questions where question.kind == .choice || question.kind == .multi {
      let map = Dictionary(script.choices(of: question).map { ($0.id, $0.label.render { renderer.builtIn($0, state: state) }) }, uniquingKeysWith: { a, _ in a })
      labels[id] = map
      if let store = question.store { labels[store] = map }
      if let list = question.choiceList { labels[list] = map }
    }
    var flags = walk.flags
    for flag in (state.topicFlags ?? []) + (state.disclosures ?? []).map(\.flag) where !flags.contains(flag) { flags.append(flag) }
    return Record(entries: entries, flags: flags, choiceLabels: labels, language: language, disclosures: state.disclosures ?? [])
  }
}
