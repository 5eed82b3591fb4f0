/// A conversation a front end can drive: start it, then feed it events one at a time.
///
/// The engine's `Conversation` conforms; front ends (terminal, kiosk, JSON lines) depend only on this.
public protocol ConversationDriving {
  /// Starts the conversation and returns what to show first (ending with an `ask`).
  mutating func start() -> [Output]
  /// Feeds one event and returns what to show next.
  mutating func handle(_ event: Event) -> [Output]
  /// The question waiting for an answer, if any.
  var currentPrompt: Prompt? { get }
  /// The words the person can type at any prompt (help, back, stop, ...), for tab completion.
  var commandWords: [String] { get }
}
