import Foundation

/// The two streams a console writes to.
public enum OutputStreamKind: Sendable {
  /// Standard output: what the person or the calling program reads.
  case output
  /// Standard error: messages for staff and scripts.
  case error
}

/// Where a `Console`'s text goes.
public protocol OutputSink: Sendable {
  /// Writes `text` as is to `stream`.
  func write(_ text: String, to stream: OutputStreamKind)
}

/// The process's own standard output and standard error.
public struct StandardStreams: OutputSink {
  /// The real streams.
  public init() {}

  /// Writes `text` to the stream at once (unbuffered, so the order between the two is kept).
  public func write(_ text: String, to stream: OutputStreamKind) {
    let handle = stream == .output ? FileHandle.standardOutput : FileHandle.standardError
    handle.write(Data(text.utf8))
  }
}
