import Foundation
import Synchronization

/// Keeps everything written to it, for tests: what a session showed, and what it told staff.
public final class CapturedOutput: OutputSink {
  private let streams = Mutex<(output: String, error: String)>(("", ""))

  /// An empty capture.
  public init() {}

  /// Keeps `text`.
  public func write(_ text: String, to stream: OutputStreamKind) {
    streams.withLock { streams in
      switch stream {
      case .output: streams.output += text
      case .error: streams.error += text
      }
    }
  }

  /// Everything written to standard output so far.
  public var output: String { streams.withLock { $0.output } }

  /// Everything written to standard error so far.
  public var error: String { streams.withLock { $0.error } }
}
