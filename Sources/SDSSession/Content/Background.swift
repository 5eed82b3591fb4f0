import Foundation
import Synchronization

/// Work done on another thread while this one does something else; `value` waits for it.
///
/// Used at start-up, where reading a translation and reading the conversation files do not depend
/// on each other and a second core is usually free.
final class Background<Value: Sendable>: Sendable {
  private let result = Mutex<Value?>(nil)
  private let done = DispatchSemaphore(value: 0)

  /// Starts `work` on another thread.
  init(_ work: @escaping @Sendable () -> Value) {
    DispatchQueue.global(qos: .userInitiated).async {
      let value = work()
      self.result.withLock { $0 = value }
      self.done.signal()
    }
  }

  /// What the work made, once it has finished. Waits only the first time.
  var value: Value {
    if let value = result.withLock({ $0 }) { return value }
    done.wait()
    // Keeps the signal for any later caller.
    done.signal()
    return result.withLock { $0 }!
  }
}
