// Texts of the script with their names filled in.

extension Engine {
  /// The words of `topic` as said in the conversation `state`.
  func topicText(_ topic: Script.Topic, _ state: EngineState) -> String {
    topic.paragraphs.map { $0.render { renderer.builtIn($0, state: state) } }.joined(separator: "\n\n")
  }

  /// The message `id` as said in `state`, with `extra` names filled in.
  func message(_ id: String, _ state: EngineState, _ extra: [String: String] = [:]) -> String {
    renderer.message(id, extra, state: state)
  }

  /// `template` with its `{names}` filled in at `step` (see `Walker.text(_:at:in:_:)`).
  func render(_ template: Template?, _ step: Walk.Step, _ walk: Walk, _ state: EngineState) -> String {
    walker.text(template, at: step, in: walk, state)
  }

  /// What a say step says: its own paragraphs, or those of the topic it names.
  func renderSay(_ say: SayNode, _ step: Walk.Step, _ walk: Walk, _ state: EngineState) -> String {
    let paragraphs = say.topic.flatMap { id in script.topics.first { $0.id == id }?.paragraphs } ?? say.paragraphs
    return paragraphs.map { render($0, step, walk, state) }.joined(separator: "\n\n")
  }
}
