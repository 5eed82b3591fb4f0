import SDSEngine
@testable import SDSTerminal

/// A clock the tests move by hand.
final class FakeClock {
  var now = 1_000.0
}

/// A line editor that plays a person's keys from a list, moving the clock when they wait.
final class FakeEditor: LineEditing {
  /// One thing the person does.
  enum Step: Equatable {
    /// Types text and presses Enter.
    case line(String)
    /// Types text without pressing Enter.
    case keys(String)
    case ctrlC
    case ctrlD
    /// Does nothing for this many seconds.
    case wait(Double)
    /// The window becomes this many columns wide.
    case resize(Int)
    case terminate
  }

  var columns: Int? = 80
  /// nil, as for a terminal whose height is not known: nothing is shown a screenful at a time.
  var rows: Int?
  private(set) var screen = ""
  private(set) var opened: [LineRequest] = []
  private(set) var history: [String] = []
  private(set) var forgetCount = 0
  private var steps: [Step]
  private var typed = ""
  private var isOpen = false
  private var secret = false
  let clock: FakeClock

  init(_ steps: [Step], clock: FakeClock) {
    self.steps = steps
    self.clock = clock
  }

  func write(_ text: String) { screen += text }

  func open(_ request: LineRequest) {
    opened.append(request)
    typed = request.prefill ?? ""
    secret = request.secret
    isOpen = true
    screen += request.plainPrompt + (secret ? "" : typed)
  }

  func next(waitingAtMost seconds: Double?) -> LineEvent {
    while let step = steps.first {
      switch step {
      case .wait(let wanted):
        if let seconds, seconds < wanted {
          clock.now += seconds
          steps[0] = .wait(wanted - seconds)
          return .idle
        }
        clock.now += wanted
        steps.removeFirst()
        if seconds != nil { return .idle }
      case .keys(let text):
        steps.removeFirst()
        typed += text
        if !secret { screen += text }
        return .keys
      case .line(let text):
        steps.removeFirst()
        if !secret { screen += text }
        screen += "\n"
        isOpen = false
        defer { typed = "" }
        return .line(typed + text)
      case .ctrlC:
        steps.removeFirst()
        screen += "\n"
        isOpen = false
        defer { typed = "" }
        return .interrupt(partial: secret ? "" : typed)
      case .ctrlD:
        steps.removeFirst()
        screen += "\n"
        isOpen = false
        return .endOfInput
      case .resize(let width):
        steps.removeFirst()
        columns = width
        return .resized
      case .terminate:
        steps.removeFirst()
        return .terminate
      }
    }
    return .hangUp
  }

  var lineText: String { isOpen ? typed : "" }

  func interject(_ text: String) {
    screen += "\n" + text + (opened.last?.plainPrompt ?? "") + (secret ? "" : typed)
  }

  func close() {
    if isOpen { screen += "\n" }
    isOpen = false
    typed = ""
  }

  func remember(_ line: String) { history.append(line) }

  func forget() {
    history = []
    forgetCount += 1
  }
}

/// Records what would be read aloud.
final class FakeSpeaker: Speaking {
  private(set) var spoken: [String] = []
  /// The rate, in steps from where it started; it goes from -2 to 2.
  private(set) var rate = 0
  func speak(_ text: String) { spoken.append(text) }
  func stop() {}
  func changeRate(faster: Bool) -> Bool {
    let next = rate + (faster ? 1 : -1)
    guard (-2...2).contains(next) else { return false }
    rate = next
    return true
  }
}
