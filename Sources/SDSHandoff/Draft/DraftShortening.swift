import SDSEngine

/// Which answer to shorten when a draft would be larger than an importer reads, and to how many characters.
public struct DraftShortening: Equatable, Sendable {
  /// The question whose answer to shorten (`Record.Entry.questionID`).
  public var questionID: String
  /// Fewer characters than this in that answer is enough, or (when no one answer is enough) half of it.
  public var keepUnder: Int

  /// The answer in `record` that takes the most room, for a draft `bytesOver` bytes too large; nil when
  /// no answer holds the person's own words.
  ///
  /// Every character taken out of an answer takes at least one byte out of every place the draft holds
  /// it, so shortening the answer by `bytesOver` characters is enough.
  public static func choose(in record: Record, bytesOver: Int) -> DraftShortening? {
    var best: (id: String, characters: Int, bytes: Int)?
    for entry in record.entries {
      let texts: [String]
      switch entry.value {
      case .text(let text): texts = [text]
      case .list(let items): texts = items
      default: continue
      }
      let bytes = texts.reduce(0) { $0 + $1.utf8.count }
      if bytes > best?.bytes ?? 0 { best = (entry.questionID, texts.reduce(0) { $0 + $1.count }, bytes) }
    }
    guard let best else { return nil }
    let enough = best.characters - bytesOver
    return DraftShortening(questionID: best.id, keepUnder: max(1, enough > 0 ? enough : best.characters / 2))
  }
}
