import Foundation
import SDSEngine

/// One thing in a translation file: a text, or a word list (the words people type for a meaning).
public enum TranslationItem: Sendable {
  case text(ScriptText)
  case words(meaning: String, words: [String], location: SourceLocation)

  /// The id it has in a translation file.
  public var id: String {
    switch self {
    case .text(let text): text.id
    case .words(let meaning, _, _): "words." + meaning
    }
  }
}

extension PackLibrary {
  /// What a language's own file holds: every text and word list of `script`, in script order.
  public func translationItems(for script: Script) -> [TranslationItem] {
    let texts = script.texts.map { (item: TranslationItem.text($0), location: $0.location) }
    let words = script.words.keys.map { meaning in
      (item: TranslationItem.words(meaning: meaning, words: script.words[meaning] ?? [], location: script.wordLocations[meaning] ?? SourceLocation(file: "", line: 1, column: 1)),
       location: script.wordLocations[meaning] ?? SourceLocation(file: "", line: 1, column: 1))
    }
    return (texts + words).sorted { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) }.map(\.item)
  }

  /// What pack `id`'s own translation file holds: the texts whose English the pack changes (compared
  /// with its base pack, or the script when it has none), and any it already translates, in the order
  /// they come in the conversation. Terms the pack adds come last.
  public func translationItems(for script: Script, pack id: String, language code: String) -> [TranslationItem] {
    let english = english(script, pack: id)
    let base = packs[id]?.settings?.base.map { self.english(script, pack: $0) } ?? script
    let before = Dictionary(base.texts.map { ($0.id, $0.source) }, uniquingKeysWith: { first, _ in first })
    let kept = Set(packs[id]?.translations[code]?.order ?? [])
    let order = Dictionary(script.texts.enumerated().map { ($0.element.id, $0.offset) }, uniquingKeysWith: { first, _ in first })
    func rank(_ text: ScriptText, _ index: Int) -> (Int, Int) {
      if let position = order[text.id] { return (position, 0) }
      // A new choice in a list the pack replaced: after the list's choices in the script.
      let parts = text.id.split(separator: ".")
      if parts.first == "choices", parts.count == 3,
         let listEnd = order.filter({ $0.key.hasPrefix("choices.\(parts[1]).") }).map(\.value).max() {
        return (listEnd, index + 1)
      }
      return (Int.max, index)
    }
    return english.texts.enumerated()
      .filter { before[$0.element.id] != $0.element.source || kept.contains($0.element.id) }
      .sorted { rank($0.element, $0.offset) < rank($1.element, $1.offset) }
      .map { .text($0.element) }
  }
}

/// Writes a translation file for a translator: every text in script order, the English above a line
/// to fill in, and every translation already made kept.
public enum TranslationWriter {
  /// What a written file holds.
  public struct Counts: Sendable, Equatable {
    /// Texts and word lists in the file (not counting ones no longer used).
    public var total = 0
    /// Of those, how many are translated and up to date.
    public var done = 0
    /// How many still need translating.
    public var toDo = 0
    /// How many are marked changed: the English changed after they were translated.
    public var changed = 0
    /// Translations kept at the end because their text is no longer in the conversation.
    public var unused = 0

    /// Makes counts.
    public init(total: Int = 0, done: Int = 0, toDo: Int = 0, changed: Int = 0, unused: Int = 0) {
      self.total = total
      self.done = done
      self.toDo = toDo
      self.changed = changed
      self.unused = unused
    }
  }

  /// One entry of the file.
  struct Slot {
    var id: String
    var hash: String?
    var english: [String]
    var kind: ScriptText.Kind?
    var englishWords: [String]
    var location: SourceLocation
  }

  /// The file for language `code`: an entry for each of `items`, in the order given, keeping the
  /// translations in `existing`. With `fileHeadings`, a comment names each script file as it starts.
  /// `tail` is written after the entries (before any that are no longer used); `place` names what the
  /// texts belong to, in the heading of those ("the conversation").
  public static func write(code: String, items: [TranslationItem], existing: Translation?, header: [String], fileHeadings: Bool = true,
                           tail: String = "", place: String = "the conversation") -> (text: String, counts: Counts) {
    let slots = items.compactMap { item -> Slot? in
      switch item {
      case .text(let text):
        guard PackLibrary.needsTranslation(text) else { return nil }
        return Slot(id: text.id, hash: TextHash.of(text.source), english: lines(text), kind: text.kind, englishWords: text.words, location: text.location)
      case .words(let meaning, let words, let location):
        return Slot(id: "words." + meaning, hash: nil, english: [words.joined(separator: ", ")], kind: nil, englishWords: [], location: location)
      }
    }
    var counts = Counts()
    var out = header.map { "# " + $0 }.joined(separator: "\n").replacingOccurrences(of: "# \n", with: "#\n") + "\n"
    var lastFile = ""
    for slot in slots {
      if fileHeadings, slot.location.file != lastFile {
        out += "\n# ----- \(slot.location.file) -----\n"
        lastFile = slot.location.file
      }
      counts.total += 1
      out += "\n" + entry(slot, code: code, existing: existing?.entries[slot.id], counts: &counts)
    }
    out += tail
    let known = Set(slots.map(\.id))
    let unused = (existing?.order ?? []).compactMap { existing?.entries[$0] }.filter { !known.contains($0.id) && $0.isTranslated }
    if !unused.isEmpty {
      out += "\n# ----- No longer in \(place) -----\n"
      out += "# These texts are not in \(place) now. Their translations are kept in case they come back.\n"
      out += "# Delete them when you are sure they are not needed.\n"
      for old in unused {
        counts.unused += 1
        out += "\n" + entry(Slot(id: old.id, hash: old.hash, english: old.english, kind: nil, englishWords: [], location: old.location), code: code, existing: old, counts: &counts, unused: true)
      }
    }
    return (out, counts)
  }

  /// The English of a text as lines: one a paragraph, list lines on their own; a choice with its
  /// other words after `| also:`.
  static func lines(_ text: ScriptText) -> [String] {
    var result = text.paragraphs.flatMap { $0.source.components(separatedBy: "\n") }
    if text.kind == .choice, !text.words.isEmpty, let last = result.popLast() {
      result.append(last + " | also: " + text.words.joined(separator: ", "))
    }
    return result
  }

  static func entry(_ slot: Slot, code: String, existing: TranslatedText?, counts: inout Counts, unused: Bool = false) -> String {
    var out = slot.id + (slot.hash.map { " " + $0 } ?? "") + "\n"
    for note in existing?.notes ?? [] { out += "  note: \(note)\n" }
    let translated = existing?.isTranslated ?? false
    var changed = false
    var was: [String] = []
    if let existing, translated, !unused {
      if existing.changed {
        // Still to check. Keep the English it was translated from, when the file has it.
        changed = true
        was = !existing.was.isEmpty ? existing.was : (existing.hash != slot.hash ? existing.english : [])
      } else if let hash = existing.hash, hash != slot.hash {
        // The English changed since: mark it, and show what it was.
        changed = true
        was = existing.english
      }
      // With no code at all, the translation is taken to match the English as it is now.
    }
    if changed {
      out += "  changed: the English changed. Check the \(code): lines still say the same, then delete this line and the was: lines.\n"
      for line in was { out += "  was: \(line)\n" }
    }
    for line in slot.english { out += "  en: \(line)\n" }
    if slot.kind == .topic, !slot.englishWords.isEmpty { out += "  # en words: \(slot.englishWords.joined(separator: ", "))\n" }
    if let existing, translated {
      if slot.id.hasPrefix("words.") {
        out += "  \(code): \((existing.words ?? []).joined(separator: ", "))\n"
      } else {
        var lines = existing.paragraphs.flatMap { $0.source.components(separatedBy: "\n") }
        if slot.kind == .choice || slot.id.hasPrefix("choices.") || slot.id.contains(".choice."), let words = existing.words, !words.isEmpty, let last = lines.popLast() {
          lines.append(last + " | also: " + words.joined(separator: ", "))
        }
        for line in lines { out += "  \(code): \(line)\n" }
        for version in existing.versions {
          for line in version.paragraphs.flatMap({ $0.source.components(separatedBy: "\n") }) { out += "  \(code) if \(version.written): \(line)\n" }
        }
        if slot.kind == .topic || (slot.kind == nil && slot.id.hasPrefix("topic.")) {
          let words = (existing.words ?? []).joined(separator: ", ")
          out += "  words:" + (words.isEmpty ? "" : " " + words) + "\n"
        }
      }
      if !unused {
        if changed { counts.changed += 1 } else { counts.done += 1 }
      }
    } else {
      for _ in slot.english { out += "  \(code):\n" }
      if slot.kind == .topic { out += "  words:\n" }
      counts.toDo += 1
    }
    return out
  }
}
