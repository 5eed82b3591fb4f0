import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A program running in a pseudo-terminal, driven like a person at a keyboard.
///
/// The program gets the terminal as its controlling terminal (its own session), so Ctrl-C, Ctrl-Z and
/// window-size changes reach it as they would from a real terminal. Wait for output with `waitFor`, which
/// has a deadline, rather than sleeping: the machine may be busy.
public final class PseudoTerminal {
  /// Why the program could not be started.
  public struct StartError: Error, CustomStringConvertible {
    public var description: String
  }

  /// How a program ended.
  public enum Termination: Equatable, Sendable {
    case exited(Int32)
    case signalled(Int32)
  }

  private let primary: Int32
  private let pid: pid_t
  private var bytes: [UInt8] = []
  private var reaped: Termination?

  /// Starts `arguments[0]` with the rest as its arguments and exactly `environment`, in a terminal of
  /// `columns` by `rows`. Only `SDS_COPY_TO` is added when it is missing (`testCopyFolder`), so no test
  /// writes a person's copy into the Documents folder of whoever runs the tests.
  public init(_ arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 24) throws {
    ignoreBrokenPipes()
    var primary: Int32 = -1
    var secondary: Int32 = -1
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    guard openpty(&primary, &secondary, nil, nil, &size) == 0 else { throw StartError(description: "openpty failed: \(errno)") }
    // ttyname_r, not ttyname: tests start terminals from many threads at once, and ttyname's shared
    // buffer could hand this one another's half-written name (seen as EISDIR from posix_spawn).
    var name = [CChar](repeating: 0, count: 256)
    let found = ttyname_r(secondary, &name, name.count)
    guard found == 0 else { throw StartError(description: "ttyname_r failed: \(found)") }
    let path = String(cString: name)
    _ = fcntl(primary, F_SETFD, FD_CLOEXEC)
    _ = fcntl(secondary, F_SETFD, FD_CLOEXEC)
    _ = fcntl(primary, F_SETFL, fcntl(primary, F_GETFL) | O_NONBLOCK)

    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    // The child is a session leader (below), so opening the terminal makes it the controlling terminal.
    posix_spawn_file_actions_addopen(&actions, 0, path, O_RDWR, 0)
    posix_spawn_file_actions_adddup2(&actions, 0, 1)
    posix_spawn_file_actions_adddup2(&actions, 0, 2)
    // Other tests run at the same time and open files and pipes without close-on-exec. Left open in this
    // child, a half-written script could not be run ("text file busy") and a pipe would never see its end.
    for fd in Self.openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }

    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var everySignal = sigset_t()
    sigfillset(&everySignal)
    var noSignals = sigset_t()
    sigemptyset(&noSignals)
    posix_spawnattr_setsigdefault(&attributes, &everySignal)
    posix_spawnattr_setsigmask(&attributes, &noSignals)
    let setsid: Int32 = 0x80  // POSIX_SPAWN_SETSID, which Swift does not import
    posix_spawnattr_setflags(&attributes, Int16(setsid | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

    let argv = arguments.map { strdup($0) } + [nil]
    var environment = environment
    if environment["SDS_COPY_TO"] == nil { environment["SDS_COPY_TO"] = testCopyFolder }
    let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
    defer {
      argv.forEach { free($0) }
      envp.forEach { free($0) }
    }
    var pid: pid_t = 0
    let status = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
    close(secondary)
    guard status == 0 else {
      close(primary)
      throw StartError(description: "posix_spawn \(arguments[0]) failed: \(status)")
    }
    self.primary = primary
    self.pid = pid
  }

  /// The descriptors open in this process now.
  private static func openDescriptors() -> [Int32] {
    ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
  }

  /// Everything the program has written so far, as text.
  public var output: String {
    pump(waitingAtMost: 0)
    return String(decoding: bytes, as: UTF8.self)
  }

  /// How many bytes of output there are so far: a mark to search from later.
  public var mark: Int {
    pump(waitingAtMost: 0)
    return bytes.count
  }

  /// The output written after `mark`, as text.
  public func output(since mark: Int) -> String {
    pump(waitingAtMost: 0)
    return String(decoding: bytes[min(mark, bytes.count)...], as: UTF8.self)
  }

  /// Types `keys`.
  public func send(_ keys: String) {
    var data = Array(keys.utf8)
    var offset = 0
    while offset < data.count {
      let written = data.withUnsafeMutableBytes { write(primary, $0.baseAddress! + offset, $0.count - offset) }
      if written > 0 { offset += written } else if errno == EAGAIN || errno == EINTR { pump(waitingAtMost: 0.01) } else { return }
    }
  }

  /// Waits until the output after `mark` contains `text`, for at most `timeout` seconds. True when it does.
  @discardableResult
  public func waitFor(_ text: String, since mark: Int = 0, timeout: Double = 60) -> Bool {
    let deadline = Date().addingTimeInterval(timeout)
    while true {
      if output(since: mark).contains(text) { return true }
      if Date() >= deadline { return false }
      if !pump(waitingAtMost: 0.05) && reapIfExited() != nil {
        return output(since: mark).contains(text)
      }
    }
  }

  /// Changes the terminal's size; the program gets SIGWINCH.
  public func resize(columns: Int, rows: Int = 24) {
    var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
    _ = ioctl(primary, UInt(TIOCSWINSZ), &size)
  }

  /// The terminal's settings as the program has left them (the two sides share one set).
  public var settings: termios? {
    var settings = termios()
    return tcgetattr(primary, &settings) == 0 ? settings : nil
  }

  /// Sends `signal` to the program.
  public func signal(_ signal: Int32) {
    kill(pid, signal)
  }

  /// Waits at most `timeout` seconds for the program to end, reading its output meanwhile.
  public func waitForExit(timeout: Double = 60) -> Termination? {
    let deadline = Date().addingTimeInterval(timeout)
    while Date() < deadline {
      if let ended = reapIfExited() {
        pump(waitingAtMost: 0)
        return ended
      }
      pump(waitingAtMost: 0.05)
    }
    return nil
  }

  /// True while the program has not ended.
  public var isRunning: Bool { reapIfExited() == nil }

  /// Reads what is there, waiting at most `seconds` for something. False when the terminal has closed.
  @discardableResult
  private func pump(waitingAtMost seconds: Double) -> Bool {
    var descriptor = pollfd(fd: primary, events: Int16(POLLIN), revents: 0)
    let ready = poll(&descriptor, 1, Int32(seconds * 1000))
    guard ready > 0 else { return true }
    var buffer = [UInt8](repeating: 0, count: 65_536)
    var open = true
    while true {
      let count = read(primary, &buffer, buffer.count)
      if count > 0 { bytes += buffer[0..<count]; continue }
      if count < 0 && errno == EAGAIN { break }
      open = false  // EIO: every copy of the other side is closed
      break
    }
    return open
  }

  private func reapIfExited() -> Termination? {
    if let reaped { return reaped }
    var status: Int32 = 0
    guard waitpid(pid, &status, WNOHANG) == pid else { return nil }
    let signal = status & 0x7F
    reaped = signal == 0 ? .exited((status >> 8) & 0xFF) : .signalled(signal)
    return reaped
  }

  deinit {
    if reapIfExited() == nil {
      kill(pid, SIGKILL)
      var status: Int32 = 0
      waitpid(pid, &status, 0)
    }
    close(primary)
  }
}
