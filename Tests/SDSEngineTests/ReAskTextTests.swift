import SDSEngine
import Testing

/// A question's `re-ask:` words are text a person sees, so they have an id like every other text:
/// packs can replace them and translators see them.
@Suite struct ReAskTextTests {
  static let script = """
    section a
    ask colour choice
      prompt: Which colour do you like?
      choice red: Red
      choice blue: Blue
      help: Pick one.
      re-ask: Type 1 for red or 2 for blue.
    """

  @Test func theReAskHasAnID() throws {
    let texts = try inlineScript(Self.script).texts
    #expect(texts.contains { $0.id == "ask.colour.re-ask" && $0.kind == .reAsk && $0.source == "Type 1 for red or 2 for blue." })
  }

  @Test func aReplacementByIDIsWhatThePersonSees() throws {
    let script = try inlineScript(Self.script).replacingTexts(["ask.colour.re-ask": TextReplacement(paragraphs: [Template("Type red or blue.", at: SourceLocation(file: "pack", line: 1, column: 1))])])
    var conversation = Conversation(engine: Engine(script: script))
    _ = conversation.start()
    let said = conversation.handle(.input("green")).compactMap { if case .say(let text) = $0 { text } else { nil } }
    #expect(said.first == "Type red or blue.")
  }
}
