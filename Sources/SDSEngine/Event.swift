/// Something that happened, given to the engine one at a time.
public enum Event: Equatable, Sendable {
  /// The person typed a line (without its line ending).
  case input(String)
  /// The front end delivered the draft asked for by `Output.send`, under this reference.
  case delivered(reference: String)
  /// The front end could not deliver the draft; the person is told and can try again.
  case deliveryFailed
  /// Nobody typed for too long; the answers are cleared.
  case idleTimeout
}
