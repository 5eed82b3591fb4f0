import SDSEngine

/// The front end's own words. They come from `message` items in the content (00-system.txt), never from
/// Swift, so a council can change them and a translation can replace them.
public struct Wording: Sendable {
  private let lookup: @Sendable (String, [String: String]) -> String
  private let yesWords: Set<String>
  private let fasterWords: Set<String>
  private let slowerWords: Set<String>

  /// Makes wording from a message lookup (id and names to fill in), the words that mean yes, and the
  /// words that make reading aloud faster or slower.
  public init(message: @escaping @Sendable (_ id: String, _ names: [String: String]) -> String, yesWords: [String],
              fasterWords: [String] = [], slowerWords: [String] = []) {
    self.lookup = message
    self.yesWords = Set(yesWords.map(Understanding.normalise))
    self.fasterWords = Set(fasterWords.map(Understanding.normalise))
    self.slowerWords = Set(slowerWords.map(Understanding.normalise))
  }

  /// The wording of `engine`'s script.
  public init(engine: Engine) {
    let words = engine.script.words
    self.init(message: { engine.message($0, filling: $1) }, yesWords: words["yes"] ?? [], fasterWords: words["faster"] ?? [], slowerWords: words["slower"] ?? [])
  }

  /// True (faster) or false (slower) when `line` asks for reading aloud to change speed; nil otherwise.
  public func speedChange(_ line: String) -> Bool? {
    let words = Understanding.normalise(line)
    if fasterWords.contains(words) { return true }
    if slowerWords.contains(words) { return false }
    return nil
  }

  /// The message `id` with `names` filled in.
  public func message(_ id: String, _ names: [String: String] = [:]) -> String {
    lookup(id, names)
  }

  /// True when `line` means yes.
  public func isYes(_ line: String) -> Bool {
    yesWords.contains(Understanding.normalise(line))
  }

  /// A length of time in words: "10 minutes", "1 minute", "30 seconds".
  ///
  /// Whole minutes are said in minutes; under two minutes, otherwise, in seconds; above that, in whole
  /// minutes rounded down, so the time said is never more than the time there is.
  public func duration(seconds: Int) -> String {
    let seconds = max(0, seconds)
    if seconds >= 60 && (seconds % 60 == 0 || seconds >= 120) {
      let minutes = seconds / 60
      return minutes == 1 ? message("duration-one-minute") : message("duration-minutes", ["count": String(minutes)])
    }
    return seconds == 1 ? message("duration-one-second") : message("duration-seconds", ["count": String(seconds)])
  }
}
