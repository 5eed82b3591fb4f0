/// An engine and its state together: the simplest way for a front end to run one conversation.
public struct Conversation: ConversationDriving, Sendable {
  /// The engine.
  public let engine: Engine
  /// The state so far. Encode it to save the conversation.
  public private(set) var state: EngineState

  /// Makes a conversation; call `start()` before anything else.
  public init(engine: Engine, state: EngineState = EngineState()) {
    self.engine = engine
    self.state = state
  }

  /// Starts from the beginning.
  public mutating func start() -> [Output] {
    let (state, outputs) = engine.start()
    self.state = state
    return outputs
  }

  /// Feeds one event.
  public mutating func handle(_ event: Event) -> [Output] {
    let (state, outputs) = engine.handle(event, state: self.state)
    self.state = state
    return outputs
  }

  /// Carries on from a saved state (after the front end opened it for `Output.resume`).
  public mutating func resume(_ saved: EngineState) -> [Output] {
    let (state, outputs) = engine.resume(saved)
    self.state = state
    return outputs
  }

  /// The question waiting for an answer.
  public var currentPrompt: Prompt? { engine.currentPrompt(state) }

  /// The words that work at any question.
  public var commandWords: [String] { engine.commandWords }

  /// What the person has said on the current path.
  public var record: Record { engine.record(state) }

  /// The code of the language the conversation is in now (`en`, `cy`).
  public var language: String { engine.language(of: state) }
}
