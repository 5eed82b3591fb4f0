import SDSEngine

/// The four nations, and the neutral UK wording used when no nation is set.
public enum Nation: String, Sendable, CaseIterable, Codable {
  case uk
  case england
  case scotland
  case wales
  case northernIreland = "northern-ireland"
}

/// A pack's `pack` item: what the pack is.
public struct PackSettings: Sendable, Equatable {
  /// `id:`, when written; it must be the folder's name.
  public var id: String?
  /// `name:`, shown in `sds packs`.
  public var name: String?
  /// `version:`, recorded in every draft so a key worker knows which wording the person saw.
  public var version: String?
  /// `nation:`, one of `Nation`'s values. A pack with a base has its base's nation.
  public var nation: String?
  /// `base:`, the pack this one changes.
  public var base: String?
  /// `language:`, the language a conversation starts in.
  public var language: String?
  /// `languages:`, every language offered, with commas between.
  public var languages: [String]?
  /// `status:`, `live` when the pack is used with the public, or `draft` (the default).
  public var status: String?
  /// Where each setting was written, by key.
  public var locations: [String: SourceLocation] = [:]
  /// Where the item starts.
  public var location: SourceLocation
}

/// A pack's `review` item: who checked it against which law and guidance, and when.
public struct PackReview: Sendable, Equatable {
  /// `by:`, who checked it (a name and a role, or a team).
  public var by: String?
  /// `against:`, the legislation and guidance it was checked against.
  public var against: String?
  /// `date:`, when, as written (like 2026-12-07).
  public var date: String?
  /// `note:`, anything else, like what is still to be checked.
  public var note: String?
  /// Where each line was written, by key.
  public var locations: [String: SourceLocation] = [:]
  /// Where the item starts.
  public var location: SourceLocation
}

/// A term or contact a pack sets.
public struct PackTerm: Sendable, Equatable {
  /// The words.
  public var value: String
  /// Where the value starts.
  public var location: SourceLocation
  /// Where the term's name was written.
  public var nameLocation: SourceLocation
  /// True when it was under `contacts` rather than `terms`.
  public var isContact: Bool
}

/// New words a pack gives one text.
public struct PackText: Sendable, Equatable {
  /// The new words.
  public var replacement: TextReplacement
  /// Where the id was written, for problems with the id.
  public var location: SourceLocation
  /// How the content officer wrote it, for messages: `say "welcome"`.
  public var written: String
}

/// A choice list a pack puts in place of the script's list of the same id.
public struct PackChoiceList: Sendable, Equatable {
  /// The new choices.
  public var choices: [ChoiceDefinition]
  /// Where the list's id was written.
  public var location: SourceLocation
}

/// One pack: a folder under `Content/packs/` with its settings and overrides.
public struct Pack: Sendable {
  /// The folder's name.
  public var id: String
  /// The folder, as shown in messages.
  public var folder: String
  /// The `pack` item, when there is one.
  public var settings: PackSettings?
  /// The `review` item, when there is one.
  public var review: PackReview?
  /// Terms and contacts by name.
  public var terms: [String: PackTerm] = [:]
  /// New words for texts, by text id.
  public var texts: [String: PackText] = [:]
  /// Choice lists it replaces, by list id.
  public var choiceLists: [String: PackChoiceList] = [:]
  /// Questions it changes words of, by id, with where the id was written.
  public var questions: [String: SourceLocation] = [:]
  /// The pack's own translations of its texts (`languages/CODE.txt`), by language code.
  public var translations: [String: Translation] = [:]
  /// Where each translation file is, by language code.
  public var translationFiles: [String: String] = [:]
  /// Translation files not read yet (see `PackLibrary.load(packs:languages:deferring:)`), by code.
  var unread: [String: SourceFile] = [:]

  /// Makes an empty pack.
  public init(id: String, folder: String) {
    self.id = id
    self.folder = folder
  }
}

/// Reads a pack's files: `pack`, `terms`, `contacts`, `say`, `ask`, `message`, `topic`, `section`,
/// `choices` and `text` items.
enum PackParser {
  static let settingKeys: Set<String> = ["id", "name", "version", "nation", "base", "language", "languages", "status"]
  static let reviewKeys: Set<String> = ["by", "against", "date", "note"]
  static let questionTextKeys: [String: String] = [
    "prompt": "prompt", "hint": "hint", "help": "help", "why": "why", "label": "label", "add another": "add-another", "re-ask": "re-ask",
  ]
  static let questionOtherKeys: Set<String> = ["store", "if", "show if", "choices", "max", "optional", "not sure", "no faq"]

  static func parse(_ source: PackSource, deferring: Set<String> = [], into diagnostics: inout [Diagnostic]) -> Pack {
    var pack = Pack(id: source.id, folder: source.folder)
    var parser = State(pack: pack)
    for file in source.files {
      for item in ItemReader.items(of: file, report: { parser.report($0, $1, $2) }) { parser.parseItem(item) }
    }
    pack = parser.pack
    diagnostics += parser.diagnostics
    if pack.settings == nil {
      let location = SourceLocation(file: source.files.first?.path ?? source.folder + "/pack.txt", line: 1, column: 1)
      diagnostics.append(Diagnostic(file: location.file, line: 1, column: 1, severity: .error, code: "E-PACK-SETTINGS",
        message: "The pack \"\(source.id)\" has no pack item. Start \(source.folder)/pack.txt with: pack, then name:, version: and nation: lines under it."))
    }
    for (code, file) in source.translations.sorted(by: { $0.key < $1.key }) {
      pack.translationFiles[code] = file.path
      if deferring.contains(code) {
        pack.unread[code] = file
        continue
      }
      let (translation, _) = TranslationParser.parse([file], code: code, allowSettings: false, into: &diagnostics)
      pack.translations[code] = translation
    }
    return pack
  }

  /// Only the `pack` item of a pack's files; nil when there is none. Problems are not reported: the
  /// whole pack is read, and checked, afterwards.
  static func settings(_ source: PackSource) -> PackSettings? {
    var parser = State(pack: Pack(id: source.id, folder: source.folder))
    for file in source.files {
      for item in ItemReader.items(of: file, report: { _, _, _ in }) where item.words.first == "pack" {
        parser.parseItem(item)
      }
    }
    return parser.pack.settings
  }

  private struct State {
    var pack: Pack
    var diagnostics: [Diagnostic] = []

    mutating func report(_ location: SourceLocation, _ code: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
      diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: severity, code: code, message: message))
    }

    mutating func parseItem(_ item: Item) {
      let words = item.words
      guard let keyword = words.first else { return }
      switch keyword {
      case "pack": parseSettings(item)
      case "terms", "contacts": parseTerms(item, isContact: keyword == "contacts")
      case "say", "message", "topic", "text": parseText(item, keyword: String(keyword))
      case "ask": parseAsk(item)
      case "section": parseSection(item)
      case "choices": parseChoices(item)
      case "review": parseReview(item)
      default:
        report(item.head.location(), "E-UNKNOWN-ITEM", "\"\(keyword)\" is not something a pack can hold. A pack holds pack, review, terms, contacts, say, ask, message, topic, section, choices and text items.")
      }
    }

    /// The id after the keyword, reported when missing or badly formed.
    mutating func id(_ item: Item, what: String, dotted: Bool = false) -> (String, SourceLocation)? {
      let words = item.words
      guard words.count >= 2 else {
        report(item.head.location(offset: item.head.text.count), "E-MISSING-ID", "\(what) needs an id after it, for example: \(what) welcome-hello")
        return nil
      }
      let id = words[1]
      guard isValidID(id), dotted || !id.contains(".") else {
        report(item.head.location(of: id), "E-BAD-ID", "\"\(id)\" cannot be an id. Use small letters, numbers and dashes, like good-day.")
        return nil
      }
      if words.count > 2 { report(item.head.location(of: words[2]), "E-SYNTAX", "Only the id goes after \(what). Put the words on the lines under it.") }
      return (String(id), item.head.location(of: id))
    }

    mutating func add(_ textID: String, _ text: PackText) {
      if let earlier = pack.texts[textID] {
        report(text.location, "E-DUPLICATE-ID", "This pack already changes \(text.written) at line \(earlier.location.line). Keep one.")
        return
      }
      pack.texts[textID] = text
    }

    mutating func parseSettings(_ item: Item) {
      if let earlier = pack.settings {
        report(item.head.location(), "E-DUPLICATE-ID", "This pack already has its pack item at \(earlier.location.file):\(earlier.location.line). Keep one.")
        return
      }
      if item.words.count > 1 { report(item.head.location(of: item.words[1]), "E-SYNTAX", "Nothing goes after pack on its line. The pack's id is its folder's name.") }
      var settings = PackSettings(location: item.head.location())
      for entry in ItemReader.entries(of: item, isKey: { Self.isSettingKey($0) }) {
        guard let key = entry.key else {
          report(entry.line.location(), "E-UNKNOWN-PROPERTY", "A pack item holds id:, name:, version:, nation:, base:, language:, languages: and status: lines.\(ItemReader.didYouMean(entry.line, keys: PackParser.settingKeys))")
          continue
        }
        if settings.locations[key] != nil { report(entry.line.location(), "E-DUPLICATE-ID", "\(key): is written twice. Keep one.") }
        settings.locations[key] = entry.valueLocation
        switch key {
        case "id": settings.id = entry.value
        case "name": settings.name = entry.value
        case "version": settings.version = entry.value
        case "nation": settings.nation = entry.value
        case "base": settings.base = entry.value
        case "language": settings.language = entry.value
        case "languages": settings.languages = ItemReader.list(entry.value)
        case "status": settings.status = entry.value
        default: break
        }
      }
      pack.settings = settings
    }

    static func isSettingKey(_ key: String) -> Bool { PackParser.settingKeys.contains(key) }

    /// `review`: by:, against:, date: and note: lines.
    mutating func parseReview(_ item: Item) {
      if let earlier = pack.review {
        report(item.head.location(), "E-DUPLICATE-ID", "This pack already has its review item at \(earlier.location.file):\(earlier.location.line). Keep one.")
        return
      }
      if item.words.count > 1 { report(item.head.location(of: item.words[1]), "E-SYNTAX", "Nothing goes after review on its line. Put by:, against: and date: on the lines under it.") }
      var review = PackReview(location: item.head.location())
      for entry in ItemReader.entries(of: item, isKey: { PackParser.reviewKeys.contains($0) }) {
        guard let key = entry.key else {
          report(entry.line.location(), "E-UNKNOWN-PROPERTY", "A review item holds by:, against:, date: and note: lines.")
          continue
        }
        if review.locations[key] != nil { report(entry.line.location(), "E-DUPLICATE-ID", "\(key): is written twice. Keep one.") }
        review.locations[key] = entry.valueLocation
        let value = entry.value.isEmpty ? nil : entry.value
        switch key {
        case "by": review.by = value
        case "against": review.against = value
        case "date": review.date = value
        default: review.note = value
        }
      }
      pack.review = review
    }

    mutating func parseTerms(_ item: Item, isContact: Bool) {
      if item.words.count > 1 { report(item.head.location(of: item.words[1]), "E-SYNTAX", "Nothing goes after \(item.words[0]) on its line. Put each one on a line under it, like phone: 01632 960000") }
      for entry in ItemReader.entries(of: item, isKey: { isValidID($0) }) {
        guard let name = entry.key else {
          report(entry.line.location(), "E-SYNTAX", "Write each one as name: words, like council: Anytown Council")
          continue
        }
        if let earlier = pack.terms[name] {
          report(entry.line.location(), "E-DUPLICATE-ID", "This pack already sets \(name) at line \(earlier.location.line). Keep one.")
          continue
        }
        if entry.value.isEmpty {
          report(entry.line.location(), "E-EMPTY", "\(name) has no words after the colon. Write them, or remove the line to keep the words from the pack below.")
          continue
        }
        pack.terms[name] = PackTerm(value: entry.value, location: entry.valueLocation, nameLocation: entry.line.location(), isContact: isContact)
      }
    }

    mutating func parseText(_ item: Item, keyword: String) {
      guard let (id, location) = self.id(item, what: keyword, dotted: keyword == "text") else { return }
      let isTopic = keyword == "topic"
      let entries = ItemReader.entries(of: item, isKey: { isTopic && $0 == "words" })
      var topicWords: [String]?
      var lines: [Entry] = []
      for entry in entries {
        if entry.key == "words" { topicWords = ItemReader.list(entry.value) } else { lines.append(entry) }
      }
      if lines.isEmpty, topicWords == nil {
        report(item.head.location(), "E-EMPTY", "This \(keyword) has no words. Put the new words on the lines under it, indented.")
        return
      }
      let textID = keyword == "text" ? id : keyword + "." + id
      add(textID, PackText(replacement: TextReplacement(paragraphs: ItemReader.paragraphs(lines), words: topicWords), location: location, written: "\(keyword) \"\(id)\""))
    }

    mutating func parseSection(_ item: Item) {
      guard let (id, location) = self.id(item, what: "section") else { return }
      for entry in ItemReader.entries(of: item, isKey: { $0 == "title" }) {
        guard entry.key == "title" else {
          report(entry.line.location(), "E-UNKNOWN-PROPERTY", "A pack can change only a section's title, like: title: About you.\(ItemReader.didYouMean(entry.line, keys: ["title"]))")
          continue
        }
        add("section.\(id).title", PackText(replacement: TextReplacement(paragraphs: [Template(entry.value, at: entry.valueLocation)]), location: location, written: "the title of section \"\(id)\""))
      }
    }

    mutating func parseAsk(_ item: Item) {
      guard let (id, location) = self.id(item, what: "ask") else { return }
      pack.questions[id] = location
      let entries = ItemReader.entries(of: item) { key in
        PackParser.questionTextKeys[key] != nil || PackParser.questionOtherKeys.contains(key) || key.hasPrefix("choice ")
      }
      if entries.isEmpty { report(item.head.location(), "E-EMPTY", "This ask changes nothing. Put lines like prompt: ... or help: ... under it.") }
      for entry in entries {
        let key = entry.key ?? ""
        if let suffix = PackParser.questionTextKeys[key] {
          add("ask.\(id).\(suffix)", PackText(replacement: TextReplacement(paragraphs: [Template(entry.value, at: entry.valueLocation)]), location: entry.line.location(), written: "the \(key) of question \"\(id)\""))
        } else if key.hasPrefix("choice ") {
          let choiceID = key.dropFirst("choice ".count).trimmedSpaces
          guard isValidID(choiceID) else {
            report(entry.line.location(ofText: choiceID), "E-BAD-ID", "\"\(choiceID)\" cannot be a choice id. Use small letters, numbers and dashes.")
            continue
          }
          let (label, also, bad) = ItemReader.choice(entry.value)
          if bad { report(entry.line.location(ofText: "|"), "E-SYNTAX", "After | write also: and other words for this choice, like: | also: mail, post") }
          add("ask.\(id).choice.\(choiceID)", PackText(replacement: TextReplacement(paragraphs: [Template(label, at: entry.valueLocation)], words: also), location: entry.line.location(ofText: choiceID), written: "choice \"\(choiceID)\" of question \"\(id)\""))
        } else if PackParser.questionOtherKeys.contains(key) {
          report(entry.line.location(), "E-PACK-NOT-TEXT", "A pack can change only the words of a question (prompt, hint, help, why, label, add another, re-ask and choice words), not \(key). Change the conversation files for that.")
        } else {
          report(entry.line.location(), "E-UNKNOWN-PROPERTY", "I do not know what this line means. A pack changes a question's words with lines like prompt: ..., help: ..., or choice id: Label.\(ItemReader.didYouMean(entry.line, keys: PackParser.questionTextKeys.keys))")
        }
      }
    }

    mutating func parseChoices(_ item: Item) {
      guard let (id, location) = self.id(item, what: "choices") else { return }
      if pack.choiceLists[id] != nil {
        report(location, "E-DUPLICATE-ID", "This pack already replaces the list \"\(id)\". Keep one.")
        return
      }
      var list: [ChoiceDefinition] = []
      var seen: Set<String> = []
      for entry in ItemReader.entries(of: item, isKey: { isValidID($0) }) {
        guard let choiceID = entry.key else {
          report(entry.line.location(), "E-SYNTAX", "Write each choice as id: Label, like home: My home")
          continue
        }
        let (label, also, bad) = ItemReader.choice(entry.value)
        if bad { report(entry.line.location(ofText: "|"), "E-SYNTAX", "After | write also: and other words for this choice, like: | also: house, flat") }
        if !seen.insert(choiceID).inserted { report(entry.line.location(), "E-DUPLICATE-ID", "The list already has a choice \"\(choiceID)\".") }
        if label.isEmpty { report(entry.valueLocation, "E-EMPTY", "Choice \"\(choiceID)\" has no words to show. Write them after the colon.") }
        list.append(ChoiceDefinition(id: choiceID, label: Template(label, at: entry.valueLocation), aliases: also ?? [], location: entry.line.location()))
      }
      guard !list.isEmpty else {
        report(item.head.location(), "E-NO-CHOICES", "The list \"\(id)\" has no choices. Put them on the lines under it.")
        return
      }
      pack.choiceLists[id] = PackChoiceList(choices: list, location: location)
    }
  }
}
