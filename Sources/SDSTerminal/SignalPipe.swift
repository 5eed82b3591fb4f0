internal import CReadline
#if canImport(Glibc)
import Glibc
#endif

/// Turns signals into bytes on a pipe, so the main loop sees them through `poll` along with the keyboard.
///
/// The handler (in the C shim) only calls `write`, which is safe in a signal handler. Nothing else happens
/// inside the handler: the loop decides what each signal means.
final class SignalPipe {
  /// The end to poll and read.
  let readEnd: Int32
  private let writeEnd: Int32

  init?() {
    var ends: [Int32] = [-1, -1]
    guard pipe(&ends) == 0 else { return nil }
    for end in ends {
      _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
      _ = fcntl(end, F_SETFD, FD_CLOEXEC)
    }
    readEnd = ends[0]
    writeEnd = ends[1]
  }

  /// Sends `signals` to the pipe from now on.
  func route(_ signals: [Int32]) {
    for signal in signals { _ = sds_signal_route_to_pipe(signal, writeEnd) }
  }

  /// Ignores `signals`.
  func ignore(_ signals: [Int32]) {
    for signal in signals { _ = sds_signal_ignore(signal) }
  }

  /// Puts back the default action of `signals`.
  func restoreDefaults(_ signals: [Int32]) {
    for signal in signals { _ = sds_signal_default(signal) }
  }

  /// The signals that have arrived since the last call, in order, each once.
  func take() -> [Int32] {
    var seen: [Int32] = []
    var buffer = [UInt8](repeating: 0, count: 64)
    while true {
      let count = read(readEnd, &buffer, buffer.count)
      guard count > 0 else { break }
      for byte in buffer[0..<count] where !seen.contains(Int32(byte)) { seen.append(Int32(byte)) }
    }
    return seen
  }

  deinit {
    close(readEnd)
    close(writeEnd)
  }
}
