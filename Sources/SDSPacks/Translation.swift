import SDSEngine

/// One translated text from a translation file.
public struct TranslatedText: Sendable, Equatable {
  /// The text's id (`say.welcome-hello`, `words.yes`).
  public var id: String
  /// The fingerprint of the English it was translated from; nil when none was written.
  public var hash: String?
  /// The translation (empty when it is still to do). For a word list, one template per line.
  public var paragraphs: [Template]
  /// Other words: for a choice (after `| also:`), a topic (`words:`) or a word list.
  public var words: [String]?
  /// The English as the file shows it (`en:` lines), for the translator to read.
  public var english: [String]
  /// The English before it changed (`was:` lines), written by `sds translate`.
  public var was: [String]
  /// True when a `changed:` line says the English changed and the translation needs checking.
  public var changed: Bool
  /// The translator's notes (`note:` lines), kept when the file is written again.
  public var notes: [String]
  /// Where the entry starts (its id).
  public var location: SourceLocation
  /// Whole-sentence versions for some routes (`cy if who-for is carer:` lines), in the order written.
  public var versions: [TranslatedVersion] = []

  /// True when there is a translation (not just an empty line to fill in).
  public var isTranslated: Bool { !paragraphs.isEmpty || !(words ?? []).isEmpty }
}

/// The translations in one file (or a language folder's files together), by id, in file order.
public struct Translation: Sendable {
  /// The language's code.
  public var code: String
  /// The translations by id.
  public var entries: [String: TranslatedText] = [:]
  /// The ids in the order written.
  public var order: [String] = []

  /// Makes an empty translation.
  public init(code: String) { self.code = code }
}

/// What a language folder's `language` item says about the language.
public struct LanguageSettings: Sendable, Equatable {
  /// The code after `language`.
  public var code: String
  /// The language's name in itself: `Cymraeg`.
  public var name: String?
  /// Its name in English: `Welsh`.
  public var englishName: String?
  /// Other words that pick it from the list of languages.
  public var also: [String] = []
  /// `draft` until a fluent speaker has checked every text, then `reviewed`.
  public var status: String?
  /// A note for staff, shown by `sds packs`.
  public var note: String?
  /// Where the item starts.
  public var location: SourceLocation

  /// True once a fluent speaker has checked it.
  public var isReviewed: Bool { status == "reviewed" }
}

extension Translation {
  /// Reads translation files that hold texts only, with no `language` settings item: entries `ID HASH`
  /// with `en:`, `CODE:`, `changed:`, `was:`, `note:` and `words:` lines under them, the format of
  /// `Content/languages/CODE/texts.txt`. Other parts of the product (the FAQ) use it for their own texts.
  public static func read(_ files: [SourceFile], code: String) -> (translation: Translation, diagnostics: [Diagnostic]) {
    var diagnostics: [Diagnostic] = []
    let (translation, _) = TranslationParser.parse(files, code: code, allowSettings: false, allowsVersions: false, into: &diagnostics)
    return (translation, diagnostics)
  }
}

/// Reads translation files: entries `ID HASH` with `en:`, `CODE:`, `changed:`, `was:`, `note:` and
/// `words:` lines under them, and (in a language folder) the `language CODE` settings item.
enum TranslationParser {
  static let statuses: Set<String> = ["draft", "reviewed"]

  /// With `only`, just those entries are read (the rest are skipped without a look at their lines).
  /// With `skippingEnglish`, the `en:`, `was:` and `note:` lines are not kept: a conversation does not need them.
  /// With `allowsVersions` false (the FAQ, whose answers have no routes), a `CODE if ...:` line is an
  /// unknown line.
  static func parse(_ files: [SourceFile], code: String, allowSettings: Bool, only: Set<String>? = nil, skippingEnglish: Bool = false,
                    allowsVersions: Bool = true, into diagnostics: inout [Diagnostic]) -> (Translation, LanguageSettings?) {
    var translation = Translation(code: code)
    var settings: LanguageSettings?
    func report(_ location: SourceLocation, _ code: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
      diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: severity, code: code, message: message))
    }
    let keys: Set<String> = ["en", code, "changed", "was", "note", "words"]
    for file in files {
      // For a conversation the English is dropped as the file is cut into lines: it is half the file.
      let items = skippingEnglish ? ItemReader.items(of: file, skipping: Self.englishPrefixes, only: only) : ItemReader.items(of: file, report: { report($0, $1, $2) })
      for item in items {
        if let only, !only.contains(where: { Self.starts(item.head.text, withID: $0) }) { continue }
        let words = item.words
        guard let first = words.first else { continue }
        if first == "language" {
          guard allowSettings else {
            report(item.head.location(), "E-UNKNOWN-ITEM", "A language's settings go in Content/languages/\(code)/language.txt, not here.")
            continue
          }
          if let earlier = settings {
            report(item.head.location(), "E-DUPLICATE-ID", "The language settings are already written at \(earlier.location.file):\(earlier.location.line).")
            continue
          }
          settings = parseSettings(item, folderCode: code, report: report)
          continue
        }
        guard first.utf8.contains(UInt8(ascii: ".")), isValidID(first) else {
          report(item.head.location(), "E-UNKNOWN-ITEM", "\"\(first)\" is not a text id. Each translation starts with the text's id, like say.welcome-hello, then its code from sds translate.")
          continue
        }
        var hash: String?
        if words.count > 1 {
          if words.count == 2, TextHash.isHash(words[1]) {
            hash = String(words[1])
          } else {
            report(item.head.location(of: words[1]), "E-SYNTAX", "After the id comes only its 8-letter code from sds translate, like 3f9a1c2e. Put the translation on the lines under it.")
          }
        }
        let id = String(first)
        if translation.entries[id] != nil {
          report(item.head.location(), "E-DUPLICATE-ID", "\"\(id)\" is translated twice in this language. Keep one.")
          continue
        }
        translation.entries[id] = parseEntry(item, id: id, hash: hash, code: code, keys: keys, allowsVersions: allowsVersions, report: report)
        translation.order.append(id)
      }
    }
    return (translation, settings)
  }

  /// True when `head` is `id`, or `id` and then a space (and its code), compared by bytes.
  static func starts(_ head: String, withID id: String) -> Bool {
    let bytes = head.utf8
    guard bytes.starts(with: id.utf8) else { return false }
    let after = bytes.index(bytes.startIndex, offsetBy: id.utf8.count)
    return after == bytes.endIndex || bytes[after] == UInt8(ascii: " ")
  }

  /// The lines a conversation does not need: the English, what it was, and the translator's notes.
  static let englishPrefixes = ["en:", "was:", "note:"]

  private static func parseEntry(_ item: Item, id: String, hash: String?, code: String, keys: Set<String>, allowsVersions: Bool,
                                 report: (SourceLocation, String, String, Diagnostic.Severity) -> Void) -> TranslatedText {
    var text = TranslatedText(id: id, hash: hash, paragraphs: [], words: nil, english: [], was: [], changed: false, notes: [], location: item.head.location())
    var lines: [Entry] = []
    // A version's lines, by its condition as written, in the order first written.
    var versionLines: [(key: String, entry: Entry, lines: [Entry])] = []
    let isChoice = id.hasPrefix("choices.") || id.containsBytes(".choice.")
    let isWordList = id.hasPrefix("words.")
    let versionPrefix = code + " if "
    let canHaveVersions = allowsVersions && !isWordList
    for entry in ItemReader.entries(of: item, isKey: { keys.contains($0) || (canHaveVersions && $0.hasPrefix(versionPrefix)) }) {
      if let key = entry.key, key.hasPrefix(versionPrefix) {
        guard !entry.value.isEmpty else { continue }
        var shown = entry
        if isChoice { shown.value = ItemReader.choice(entry.value).label }
        if let index = versionLines.firstIndex(where: { $0.key == key }) {
          versionLines[index].lines.append(shown)
        } else {
          versionLines.append((key, entry, [shown]))
        }
        continue
      }
      switch entry.key {
      case "en": text.english.append(entry.value)
      case "was": text.was.append(entry.value)
      case "changed": text.changed = true
      case "note": text.notes.append(entry.value)
      case "words": text.words = ItemReader.list(entry.value)
      case code?:
        guard !entry.value.isEmpty else { continue }
        if isWordList {
          text.words = (text.words ?? []) + ItemReader.list(entry.value)
        } else if isChoice {
          let (label, also, bad) = ItemReader.choice(entry.value)
          if bad { report(entry.line.location(ofText: "|"), "E-SYNTAX", "After | write also: and other words for this choice, like: | also: post, llythyr", .error) }
          var shown = entry
          shown.value = label
          lines.append(shown)
          if let also { text.words = also }
        } else {
          lines.append(entry)
        }
      default:
        report(entry.line.location(), "E-UNKNOWN-PROPERTY", "Lines under a text start with en:, \(code):, changed:, was:, note: or words:. Put the translation after \(code):", .error)
      }
    }
    text.paragraphs = ItemReader.paragraphs(lines)
    text.versions = versionLines.map { key, first, lines in
      let written = key.dropFirst(versionPrefix.count).trimmedSpaces
      let at = first.line.location(ofText: written)
      let condition: Condition?
      switch Condition.parse(written, at: at) {
      case .success(let parsed): condition = parsed
      case .failure(let problem):
        condition = nil
        report(SourceLocation(file: problem.file, line: problem.line, column: problem.column), "E-TRANSLATION-VERSION",
               "This version's condition cannot be read: \(problem.message) Write it as after if:, like: \(code) if who-for is carer:", .error)
      }
      return TranslatedVersion(written: written, condition: condition, paragraphs: ItemReader.paragraphs(lines), location: at)
    }
    return text
  }

  private static func parseSettings(_ item: Item, folderCode: String, report: (SourceLocation, String, String, Diagnostic.Severity) -> Void) -> LanguageSettings {
    let words = item.words
    var settings = LanguageSettings(code: words.count > 1 ? String(words[1]) : "", location: item.head.location())
    if words.count < 2 {
      report(item.head.location(offset: item.head.text.count), "E-MISSING-ID", "Write the language's code after language, like: language \(folderCode)", .error)
    } else if words[1] != folderCode {
      report(item.head.location(of: words[1]), "E-LANGUAGE-CODE", "This folder is for \"\(folderCode)\" but the settings say \"\(words[1])\". Make them the same.", .error)
    }
    let keys: Set<String> = ["name", "english name", "also", "status", "note"]
    for entry in ItemReader.entries(of: item, isKey: { keys.contains($0) }) {
      switch entry.key {
      case "name": settings.name = entry.value
      case "english name": settings.englishName = entry.value
      case "also": settings.also = ItemReader.list(entry.value)
      case "note": settings.note = entry.value
      case "status":
        settings.status = entry.value
        if !statuses.contains(entry.value) {
          report(entry.valueLocation, "E-BAD-VALUE", "status is draft (not checked yet) or reviewed (a fluent speaker has checked every text).", .error)
        }
      default:
        report(entry.line.location(), "E-UNKNOWN-PROPERTY", "A language's settings are name:, english name:, also:, status: and note:.\(ItemReader.didYouMean(entry.line, keys: keys))", .error)
      }
    }
    if settings.name == nil {
      report(item.head.location(), "E-LANGUAGE-SETTINGS", "Give the language's name in itself, like: name: Cymraeg", .error)
    }
    if settings.status == nil {
      report(item.head.location(), "E-LANGUAGE-SETTINGS", "Say whether a fluent speaker has checked it: status: draft, or status: reviewed", .error)
    }
    return settings
  }
}

/// A whole-sentence version of a translated text, used on the routes where its condition holds:
/// `cy if who-for is carer: Sut mae {cared-name} yn teimlo?`.
public struct TranslatedVersion: Sendable, Equatable {
  /// The condition as written after `CODE if`, for writing the file again.
  public var written: String
  /// The condition read; nil when it could not be read (then the version is never used).
  public var condition: Condition?
  /// The version's words, one template a paragraph, like the main translation's.
  public var paragraphs: [Template]
  /// Where its condition is written.
  public var location: SourceLocation
}
