import Foundation

/// Work done on another thread while this one does something else; `value` waits for it.
///
/// Used at start-up, where reading a translation and reading the conversation files do not depend
/// on each other and a second core is usually free.
final class Background<Value: Sendable>: @unchecked Sendable {
  // Written once on the other thread before `done` is left; read only after waiting for `done`.
  private var result: Value?
  private let done = DispatchGroup()

  /// Starts `work` on another thread.
  init(_ work: @escaping @Sendable () -> Value) {
    done.enter()
    DispatchQueue.global(qos: .userInitiated).async {
      self.result = work()
      self.done.leave()
    }
  }

  /// What the work made, once it has finished.
  var value: Value {
    done.wait()
    return result!
  }
}
