import SDSEngine

/// Why content could not be loaded or a conversation cannot start, in words for staff.
public struct StartProblem: Error, Sendable, Equatable {
  /// What went wrong and what to do, in one message (it may span lines).
  public var message: String
  /// The errors in the content behind it, if any (`Console.report` shows the first 5).
  public var diagnostics: [Diagnostic]

  /// A problem with `message` and the content errors behind it.
  public init(_ message: String, diagnostics: [Diagnostic] = []) {
    self.message = message
    self.diagnostics = diagnostics
  }
}
