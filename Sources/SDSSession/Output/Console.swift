import Foundation
import SDSEngine

/// The only way the program writes to standard output and standard error: through its sink, which is
/// the real streams in the program and a `CapturedOutput` in tests.
public struct Console: Sendable {
  /// Where the text goes.
  public let sink: any OutputSink

  /// A console writing to `sink` (the real standard output and standard error unless told otherwise).
  public init(sink: any OutputSink = StandardStreams()) {
    self.sink = sink
  }

  /// Writes text to standard output, as is.
  public mutating func out(_ text: String) {
    sink.write(text, to: .output)
  }

  /// Writes one line to standard output.
  public mutating func line(_ text: String = "") { out(text + "\n") }

  /// Writes one line to standard error, for staff and scripts.
  public mutating func error(_ text: String) {
    sink.write(text + "\n", to: .error)
  }

  /// Tells staff why something could not start: its message, then the first 5 errors behind it.
  public mutating func report(_ problem: StartProblem) {
    error(problem.message)
    for diagnostic in problem.diagnostics.prefix(5) { error(diagnostic.description) }
  }

  /// `text` with hidden characters (`HiddenCharacters`: controls, escapes, format characters,
  /// default-ignorables) shown as `?`, safe to print in a message.
  public static func visible(_ text: String) -> String {
    String(String.UnicodeScalarView(text.unicodeScalars.map { HiddenCharacters.contains($0) ? "?" : $0 }))
  }
}
