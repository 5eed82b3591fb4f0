import Foundation
import Glibc
import Synchronization

/// Hidden names for files while they are being written, in folders that other programs (on other
/// machines, for a network share) may be writing to as well: the host name, the process id and a
/// counter, so no two writers ever pick the same one. The files are created exclusively anyway.
enum ScratchName {
  private static let counter = Mutex(0)

  private static let host: String = {
    var buffer = [CChar](repeating: 0, count: 256)
    guard gethostname(&buffer, buffer.count - 1) == 0 else { return "host" }
    let name = String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
    let safe = String(name.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") ? $0 : "-" }.prefix(32))
    return safe.isEmpty ? "host" : safe
  }()

  /// A hidden scratch name for writing `name`.
  static func make(for name: String) -> String {
    let number = counter.withLock { count in
      count += 1
      return count
    }
    return ".sds-\(host)-\(getpid())-\(number)-\(name).tmp"
  }
}
