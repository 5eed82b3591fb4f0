internal import CReadline
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// The terminal itself: its size, its settings, and writing to it.
enum TerminalDevice {
  /// True when `fd` is a terminal.
  static func isTerminal(_ fd: Int32) -> Bool { isatty(fd) == 1 }

  /// The width of the terminal on standard output, else `COLUMNS`, else nil.
  static func columns() -> Int? {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
    if let text = ProcessInfo.processInfo.environment["COLUMNS"], let value = Int(text), value > 0 { return value }
    return nil
  }

  /// The height of the terminal on standard output, else `LINES`, else nil.
  static func rows() -> Int? {
    var size = winsize()
    if ioctl(STDOUT_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_row > 0 { return Int(size.ws_row) }
    if let text = ProcessInfo.processInfo.environment["LINES"], let value = Int(text), value > 0 { return value }
    return nil
  }

  /// Writes all of `text` to `fd`, going on after interruptions. Gives up quietly if the terminal has gone.
  static func write(_ text: String, to fd: Int32 = STDOUT_FILENO) {
    sds_flush_stdout()
    var bytes = Array(text.utf8)
    var offset = 0
    while offset < bytes.count {
      let written = bytes.withUnsafeMutableBytes { buffer in
        Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
      }
      if written > 0 { offset += written } else if written < 0 && errno == EINTR { continue } else { return }
    }
  }

  /// The settings of the terminal on `fd`, or nil when it is not a terminal.
  static func settings(_ fd: Int32 = STDIN_FILENO) -> termios? {
    var settings = termios()
    return tcgetattr(fd, &settings) == 0 ? settings : nil
  }

  /// Puts `settings` back on `fd`.
  static func apply(_ settings: termios, to fd: Int32 = STDIN_FILENO) {
    var copy = settings
    _ = tcsetattr(fd, TCSADRAIN, &copy)
  }

  /// `settings` as text, to hand to the next process through its environment.
  static func encode(_ settings: termios) -> String {
    withUnsafeBytes(of: settings) { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
  }

  /// Settings from `encode`, or nil when `text` is not such a thing.
  static func decode(_ text: String) -> termios? {
    let digits = Array(text.utf8)
    guard digits.count == MemoryLayout<termios>.size * 2 else { return nil }
    var settings = termios()
    let ok = withUnsafeMutableBytes(of: &settings) { bytes -> Bool in
      for index in 0..<bytes.count {
        guard let byte = UInt8(String(decoding: digits[(index * 2)..<(index * 2 + 2)], as: UTF8.self), radix: 16) else { return false }
        bytes[index] = byte
      }
      return true
    }
    return ok ? settings : nil
  }

  /// `settings` for a kiosk: Ctrl-Z and Ctrl-\ no longer send signals, Ctrl-S and Ctrl-Q no longer stop
  /// and start output (so the screen can never look frozen), and Ctrl-O no longer throws output away.
  static func lockedDown(_ settings: termios) -> termios {
    var locked = settings
    let disabled: cc_t = 0  // _POSIX_VDISABLE on Linux
    withUnsafeMutableBytes(of: &locked.c_cc) { keys in
      for key in [VSUSP, VQUIT, VDISCARD, VSTOP, VSTART] where Int(key) < keys.count { keys[Int(key)] = disabled }
    }
    locked.c_iflag &= ~tcflag_t(IXON | IXOFF | IXANY)
    return locked
  }
}
