/// When to warn and when to clear, counted in seconds from the last key press.
public struct IdlePolicy: Equatable, Sendable {
  /// Seconds without a key press before the warning; nil for no warning.
  public var warnAfter: Double?
  /// Seconds without a key press before everything is cleared.
  public var wipeAfter: Double

  /// Makes a policy. `warnAfter`, when given, comes before `wipeAfter`.
  public init(warnAfter: Double?, wipeAfter: Double) {
    self.warnAfter = warnAfter
    self.wipeAfter = wipeAfter
  }

  /// The library kiosk's default: warn after 8 minutes, clear after 10.
  public static let kiosk = IdlePolicy(warnAfter: 480, wipeAfter: 600)
}

/// Decides, from the time of the last key press and the time now, whether to warn, remind or clear.
///
/// It holds no clock: the caller passes the time (seconds on any steady clock), so tests drive it by hand.
/// After the warning it reminds once each at 60, 30 and 10 seconds left, never every second.
public struct IdleTimer: Sendable {
  /// Something due now.
  public enum Action: Equatable, Sendable {
    /// The first warning, with the whole seconds left before clearing.
    case warn(secondsLeft: Int)
    /// A later reminder, at one of `reminderMarks`.
    case remind(secondsLeft: Int)
    /// Time is up: clear everything.
    case wipe
  }

  /// Seconds left at which a reminder follows the warning.
  public static let reminderMarks = [60, 30, 10]

  /// The policy in force.
  public let policy: IdlePolicy
  /// When the last key was pressed.
  public private(set) var lastActivity: Double
  /// True between the warning and the next key press.
  public private(set) var isWarning = false
  private var announced: Set<Int> = []

  /// Starts counting from `now`.
  public init(policy: IdlePolicy, now: Double) {
    self.policy = policy
    self.lastActivity = now
  }

  /// A key was pressed at `now`: start counting again. The warning can be put off any number of times.
  public mutating func activity(at now: Double) {
    lastActivity = now
    isWarning = false
    announced = []
  }

  /// The next thing due at `now`, or nil. Call again until it returns nil; `wipe` is returned every time once due.
  public mutating func due(at now: Double) -> Action? {
    let idle = now - lastActivity
    let left = policy.wipeAfter - idle
    if left <= 0 { return .wipe }
    let secondsLeft = Int(left.rounded(.up))
    if let warn = policy.warnAfter, idle >= warn, !isWarning {
      isWarning = true
      for mark in Self.reminderMarks where mark >= secondsLeft { announced.insert(mark) }
      return .warn(secondsLeft: secondsLeft)
    }
    if isWarning, let mark = Self.reminderMarks.filter({ !announced.contains($0) && left <= Double($0) }).min() {
      for other in Self.reminderMarks where other >= mark { announced.insert(other) }
      return .remind(secondsLeft: mark)
    }
    return nil
  }

  /// The time at which `due(at:)` will next have something, for the longest wait that misses nothing.
  public var nextDeadline: Double {
    var times = [lastActivity + policy.wipeAfter]
    if let warn = policy.warnAfter, !isWarning { times.append(lastActivity + warn) }
    if isWarning {
      for mark in Self.reminderMarks where !announced.contains(mark) { times.append(lastActivity + policy.wipeAfter - Double(mark)) }
    }
    return times.min()!
  }
}
