import Foundation

/// Something that reads text aloud.
public protocol Speaking: AnyObject {
  /// Starts reading `text` aloud, stopping whatever was being read. Returns at once.
  func speak(_ text: String)
  /// Stops reading aloud.
  func stop()
  /// Lets what is being read aloud finish (for at most `seconds`), then returns: used when the
  /// conversation is over at home, so the last words (the reference, what happens next) are heard.
  func finish(within seconds: Double)
  /// Reads a step faster (or slower) from the next block on. False when it is already as fast (or as
  /// slow) as it goes.
  func changeRate(faster: Bool) -> Bool
}

extension Speaking {
  public func finish(within seconds: Double) {}
}

/// How to read aloud: which program, which voice, how fast.
public struct SpeechSettings: Equatable, Sendable {
  /// The program's name (looked for on PATH) or path. espeak-ng unless told otherwise.
  public var program: String
  /// Words a minute.
  public var rate: Int
  /// The voice: British English.
  public var voice: String
  /// True when what the person types is read back too. Off by default: at a kiosk it could be overheard.
  public var speakTyping: Bool

  /// The default program.
  public static let defaultProgram = "espeak-ng"
  /// The default rate, a little slower than espeak-ng's own 175.
  public static let defaultRate = 150
  /// How much `faster` and `slower` change the rate, in words a minute.
  public static let rateStep = 30
  /// The rates espeak-ng accepts.
  public static let rates = 80...450

  /// Makes settings.
  public init(program: String = SpeechSettings.defaultProgram, rate: Int = SpeechSettings.defaultRate, voice: String = "en-gb", speakTyping: Bool = false) {
    self.program = program
    self.rate = rate
    self.voice = voice
    self.speakTyping = speakTyping
  }

  /// The arguments given to the program. The text goes to its standard input, never on its command line,
  /// where other users of the computer could see it.
  public var arguments: [String] { ["-v", voice, "-s", String(rate), "--stdin"] }

  /// The full path of `program`, or nil when it cannot be found or run.
  public func locateProgram(environment: [String: String] = ProcessInfo.processInfo.environment) -> String? {
    if program.contains("/") { return FileManager.default.isExecutableFile(atPath: program) ? program : nil }
    let path = environment["PATH"].flatMap { $0.isEmpty ? nil : $0 } ?? "/usr/local/bin:/usr/bin:/bin"
    for folder in path.split(separator: ":") where !folder.isEmpty {
      let candidate = folder + "/" + program
      if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
    }
    return nil
  }
}

/// Reads text aloud by running the speech program once for each block, in a separate process.
///
/// The text goes to the program's standard input from a background queue, so speaking never holds up the
/// person's typing. A new block stops the one before, so speech never falls behind the screen.
public final class SpeechProcess: Speaking {
  private let path: String
  private var settings: SpeechSettings
  private var current: Process?
  private let writer = DispatchQueue(label: "sds.speech")

  /// A speaker for `settings`, or nil when its program is not installed.
  public init?(settings: SpeechSettings) {
    guard let path = settings.locateProgram() else { return nil }
    self.path = path
    self.settings = settings
  }

  public func speak(_ text: String) {
    stop()
    let words = SpeechText.prepare(text)
    guard !words.isEmpty else { return }
    let process = Process()
    process.executableURL = URL(fileURLWithPath: path)
    process.arguments = settings.arguments
    let input = Pipe()
    process.standardInput = input
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    do { try process.run() } catch { return }
    current = process
    let handle = input.fileHandleForWriting
    writer.async {
      try? handle.write(contentsOf: Data(words.utf8))
      try? handle.close()
    }
  }

  public func changeRate(faster: Bool) -> Bool {
    let rate = settings.rate + (faster ? SpeechSettings.rateStep : -SpeechSettings.rateStep)
    let clamped = min(max(rate, SpeechSettings.rates.lowerBound), SpeechSettings.rates.upperBound)
    guard clamped != settings.rate else { return false }
    settings.rate = clamped
    return true
  }

  public func stop() {
    if let current, current.isRunning { current.terminate() }
    current = nil
  }

  public func finish(within seconds: Double) {
    // The words reach the program first; then it is left to finish reading them.
    writer.sync {}
    guard let current else { return }
    let deadline = Date().addingTimeInterval(seconds)
    while current.isRunning, Date() < deadline { usleep(20_000) }
  }

  deinit { stop() }
}
