import SDSEngine

/// A pack folder's files, as read from disk by the program.
public struct PackSource: Sendable {
  /// The folder's name: the pack's id.
  public var id: String
  /// The folder as shown in messages (`Content/packs/wales`).
  public var folder: String
  /// The `*.txt` files in the folder, in name order.
  public var files: [SourceFile]
  /// `languages/CODE.txt` in the folder, by code.
  public var translations: [String: SourceFile]

  /// Makes a source.
  public init(id: String, folder: String, files: [SourceFile], translations: [String: SourceFile] = [:]) {
    self.id = id
    self.folder = folder
    self.files = files
    self.translations = translations
  }
}

/// A language folder's files (`Content/languages/CODE/*.txt`).
public struct LanguageSource: Sendable {
  /// The folder's name: the language's code.
  public var code: String
  /// The folder as shown in messages.
  public var folder: String
  /// Its `*.txt` files, in name order (`language.txt`, `texts.txt`). `faq.txt`, the FAQ's translation,
  /// may be among them: the conversation leaves it to SDSFAQ.
  public var files: [SourceFile]

  /// The file in a language folder that translates the FAQ (`Content/languages/cy/faq.txt`). It is not
  /// part of the conversation's translation.
  public static let faqFileName = "faq.txt"

  /// The folder's FAQ translation file, if it has one.
  public var faqFile: SourceFile? { files.first { Self.isFAQFile($0) } }

  /// True for the FAQ's translation file.
  static func isFAQFile(_ file: SourceFile) -> Bool {
    file.path == faqFileName || file.path.hasSuffix("/" + faqFileName)
  }

  /// Makes a source.
  public init(code: String, folder: String, files: [SourceFile]) {
    self.code = code
    self.folder = folder
    self.files = files
  }
}

/// One language besides English: its settings and its translations of the conversation.
public struct Language: Sendable {
  /// The code (the folder's name).
  public var code: String
  /// The folder, as shown in messages.
  public var folder: String
  /// The `language` item, when there is one.
  public var settings: LanguageSettings?
  /// Every translation in the folder.
  public var translation: Translation
  /// Translation files not read yet (see `PackLibrary.load(packs:languages:deferring:)`).
  var unread: [SourceFile] = []
}

/// What a conversation runs under: a pack with everything it inherits. The draft records `id` and
/// `version`, so a key worker knows which wording the person saw.
public struct PackSummary: Sendable, Equatable, Codable {
  /// The pack's id (its folder's name).
  public var id: String
  /// Its name.
  public var name: String
  /// Its version.
  public var version: String
  /// Its nation (`uk`, `england`, `scotland`, `wales`, `northern-ireland`).
  public var nation: String
  /// The pack it changes, if any.
  public var base: String?
  /// The language a conversation starts in.
  public var language: String
  /// Every language offered, the starting one included.
  public var languages: [String]
  /// `live` when the pack is used with the public, otherwise `draft`.
  public var status: String
  /// Who checked the pack against which law, and when; nil until it has a `review` item.
  public var review: Review?

  /// A pack's review record, as `sds packs` shows it.
  public struct Review: Sendable, Equatable, Codable {
    /// Who checked it.
    public var by: String
    /// Against which legislation and guidance.
    public var against: String
    /// When.
    public var date: String

    /// Makes a review record.
    public init(by: String, against: String, date: String) {
      self.by = by
      self.against = against
      self.date = date
    }
  }

  /// Makes a summary.
  public init(id: String, name: String, version: String, nation: String, base: String?, language: String, languages: [String], status: String = "draft", review: Review? = nil) {
    self.id = id
    self.name = name
    self.version = version
    self.nation = nation
    self.base = base
    self.language = language
    self.languages = languages
    self.status = status
    self.review = review
  }
}

/// Every pack and language in a content folder, read and ready to apply to a script.
///
/// Applying a pack is a pure transform of the parsed `Script`: terms, choice lists and texts are put in
/// place by id, and nothing about the flow of the conversation changes.
public struct PackLibrary: Sendable {
  /// The pack used when none is named: neutral UK wording ("your council or Trust").
  public static let defaultPackID = "uk"
  /// The language the conversation files are written in.
  public static let sourceLanguage = "en"

  /// Every pack, by id.
  public var packs: [String: Pack] = [:]
  /// Every language besides English, by code.
  public var languages: [String: Language] = [:]

  /// An empty library: the script runs as written.
  public init() {}

  /// Reads every pack and language. Problems with the files themselves are returned; problems that
  /// need the script (unknown ids, missing terms) come from `check(script:scriptDiagnostics:)`.
  ///
  /// The translations of languages in `deferring` are not read now, only their settings
  /// (`language.txt`): they are read when first needed, so a conversation that may never switch to
  /// them starts quickly. Problems in them are then not reported; `sds check` reads everything.
  public static func load(packs: [PackSource], languages: [LanguageSource], deferring: Set<String> = []) -> (library: PackLibrary, diagnostics: [Diagnostic]) {
    var library = PackLibrary()
    var diagnostics: [Diagnostic] = []
    for source in packs { library.packs[source.id] = PackParser.parse(source, deferring: deferring, into: &diagnostics) }
    for source in languages {
      // The FAQ's translation is read by SDSFAQ, not as part of the conversation.
      var files = source.files.filter { !LanguageSource.isFAQFile($0) }
      var unread: [SourceFile] = []
      if deferring.contains(source.code) {
        unread = files.filter { !$0.path.hasSuffix("/language.txt") }
        files = files.filter { $0.path.hasSuffix("/language.txt") }
      }
      let (translation, settings) = TranslationParser.parse(files, code: source.code, allowSettings: true, into: &diagnostics)
      if settings == nil {
        let file = source.files.first?.path ?? source.folder + "/language.txt"
        diagnostics.append(Diagnostic(file: file, line: 1, column: 1, severity: .error, code: "E-LANGUAGE-SETTINGS",
          message: "The language \"\(source.code)\" has no language item. Put one in \(source.folder)/language.txt, starting: language \(source.code)"))
      }
      library.languages[source.code] = Language(code: source.code, folder: source.folder, settings: settings, translation: translation, unread: unread)
    }
    return (library, diagnostics)
  }

  /// A library of only the packs' `pack` items (what they are, their base and languages), read without
  /// the rest of their files: enough for `chain` and `summary`, so a conversation finds which packs
  /// and languages it needs before it reads them.
  public static func settingsOnly(_ packs: [PackSource]) -> PackLibrary {
    var library = PackLibrary()
    for source in packs {
      var pack = Pack(id: source.id, folder: source.folder)
      pack.settings = PackParser.settings(source)
      library.packs[source.id] = pack
    }
    return library
  }

  // MARK: Inheritance

  /// The pack and the packs it is based on, the pack itself first. Stops at an unknown base or a loop.
  public func chain(_ id: String) -> [Pack] {
    var result: [Pack] = []
    var seen: Set<String> = []
    var next: String? = id
    while let current = next, let pack = packs[current], seen.insert(current).inserted {
      result.append(pack)
      next = pack.settings?.base
    }
    return result
  }

  /// True when a pack with this id exists, or it is the default (which works with no folder at all).
  public func hasPack(_ id: String) -> Bool { packs[id] != nil || id == Self.defaultPackID }

  /// The settings a conversation runs under with pack `id`, with inherited values filled in; nil when
  /// there is no such pack.
  public func summary(_ id: String) -> PackSummary? {
    let chain = chain(id)
    guard let leaf = chain.first else {
      guard id == Self.defaultPackID else { return nil }
      return PackSummary(id: id, name: "United Kingdom (neutral)", version: "built-in", nation: Nation.uk.rawValue, base: nil,
        language: Self.sourceLanguage, languages: [Self.sourceLanguage])
    }
    func inherited<T>(_ value: (PackSettings) -> T?) -> T? {
      for pack in chain { if let settings = pack.settings, let found = value(settings) { return found } }
      return nil
    }
    let language = inherited(\.language) ?? Self.sourceLanguage
    var languages = inherited(\.languages) ?? [language]
    if !languages.contains(language) { languages.insert(language, at: 0) }
    return PackSummary(
      id: id, name: leaf.settings?.name ?? id, version: leaf.settings?.version ?? "", nation: inherited(\.nation) ?? Nation.uk.rawValue,
      base: leaf.settings?.base, language: language, languages: languages, status: leaf.settings?.status ?? "draft",
      review: leaf.review.map { PackSummary.Review(by: $0.by ?? "", against: $0.against ?? "", date: $0.date ?? "") })
  }

  /// The language's name in itself, for the list of languages.
  public func languageName(_ code: String) -> String {
    if code == Self.sourceLanguage { return "English" }
    return languages[code]?.settings?.name ?? code
  }

  // MARK: Applying

  /// The script in English with pack `id` and its bases applied: their choice lists, terms and texts
  /// in place (terms not yet filled into each other; `finished` does that).
  public func english(_ script: Script, pack id: String) -> Script {
    let layers = chain(id).reversed()
    var result = script
    for pack in layers {
      for (list, replacement) in pack.choiceLists where result.choiceLists[list] != nil {
        result.choiceLists[list] = replacement.choices
        result.choiceListLocations[list] = replacement.location
      }
    }
    var texts: [String: TextReplacement] = [:]
    for pack in layers {
      for (name, term) in pack.terms {
        result.terms[name] = term.value
        result.termLocations[name] = term.location
      }
      for (id, text) in pack.texts { texts[id] = text.replacement }
    }
    return result.replacingTexts(texts)
  }

  /// The script with pack `id` in language `code`: translations are used only where one was made from
  /// exactly the English shown (its hash matches) and uses no name the English does not, so an
  /// out-of-date translation never says something the English no longer says. Everything else stays
  /// in English. Returns how much is translated.
  public func translated(_ script: Script, pack id: String, language code: String) -> (script: Script, coverage: Coverage) {
    translated(english: english(script, pack: id), pack: id, language: code, counting: true)
  }

  /// `translated(_:pack:language:)` from the script with the pack already applied; `counting` false
  /// skips the coverage counts, which a conversation does not need.
  func translated(english: Script, pack id: String, language code: String, counting: Bool) -> (script: Script, coverage: Coverage) {
    guard code != Self.sourceLanguage else { return (finished(english), Coverage()) }
    let layers = translationLayers(pack: id, language: code)
    var coverage = Coverage()
    // Worked out only when a translation has route versions.
    var personNames: Set<String>?
    func people() -> Set<String> {
      if let personNames { return personNames }
      let names = Self.personNames(english)
      personNames = names
      return names
    }
    var result = english.mapTexts { text in
      let needed = counting && Self.needsTranslation(text)
      if needed { coverage.total += 1 }
      let hash = TextHash.of(text)
      var stale: TranslatedText?
      for layer in layers {
        guard let entry = layer.entries[text.id], entry.isTranslated else { continue }
        if entry.hash == hash, !entry.changed, Self.usesOnlyNames(of: text, entry) {
          if needed { coverage.translated += 1 }
          return TextReplacement(paragraphs: Self.paragraphs(of: entry, for: text, people: people), words: entry.words)
        }
        if stale == nil { stale = entry }
      }
      if needed {
        if let stale { coverage.stale.append(StaleText(text: text, entry: stale)) } else { coverage.missing.append(text) }
      }
      return nil
    }
    for meaning in english.words.keys.sorted() {
      coverage.wordLists += 1
      if let words = layers.lazy.compactMap({ $0.entries["words." + meaning]?.words }).first(where: { !$0.isEmpty }) {
        var list = words.map(Understanding.normalise).filter { !$0.isEmpty }
        // Commands work in English too, so "help" or "stop" always does what it says.
        if Self.commandMeanings.contains(meaning) { list += (english.words[meaning] ?? []).filter { !list.contains($0) } }
        result.words[meaning] = list
        coverage.wordListsTranslated += 1
      } else {
        coverage.missingWordLists.append(meaning)
      }
    }
    coverage.missing.sort { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) }
    return (finished(result), coverage)
  }

  /// True when the translation uses no `{name}` the English does not.
  static func usesOnlyNames(of text: ScriptText, _ entry: TranslatedText) -> Bool {
    var english: [String]?
    for paragraph in entry.paragraphs {
      for part in paragraph.parts {
        guard case .name(let name) = part else { continue }
        if english == nil { english = text.paragraphs.flatMap(\.names) }
        if english?.contains(name) != true { return false }
      }
    }
    return true
  }

  /// The library with language `code`'s translations for pack `id` read now, where
  /// `load(packs:languages:deferring:)` left them for later. A conversation that starts in `code`
  /// reads them this way, on another thread while it reads the conversation files; the conversation
  /// made from them is the same.
  public func reading(_ code: String, pack id: String) -> PackLibrary {
    var copy = self
    var ignored: [Diagnostic] = []
    for pack in chain(id) {
      guard let file = pack.unread[code] else { continue }
      copy.packs[pack.id]?.translations[code] = TranslationParser.parse([file], code: code, allowSettings: false, skippingEnglish: true, into: &ignored).0
      copy.packs[pack.id]?.unread[code] = nil
    }
    if var language = languages[code], !language.unread.isEmpty {
      language.translation = Self.adding(language.unread, to: language.translation, code: code, only: nil)
      language.unread = []
      copy.languages[code] = language
    }
    return copy
  }

  /// `translation` with the entries of `files` it does not have yet, read for a conversation.
  static func adding(_ files: [SourceFile], to translation: Translation, code: String, only: Set<String>?) -> Translation {
    var ignored: [Diagnostic] = []
    let read = TranslationParser.parse(files, code: code, allowSettings: true, only: only, skippingEnglish: true, into: &ignored).0
    // Usually nothing was read before (only language.txt, which has no texts).
    guard !translation.entries.isEmpty else { return read }
    var result = translation
    for id in read.order where result.entries[id] == nil {
      result.entries[id] = read.entries[id]
      result.order.append(id)
    }
    return result
  }

  /// The translations that can apply under pack `id` in `code`, most specific first: the pack's own,
  /// then each base pack's, then the language folder's.
  func translationLayers(pack id: String, language code: String, only: Set<String>? = nil) -> [Translation] {
    var ignored: [Diagnostic] = []
    var layers: [Translation] = []
    for pack in chain(id) {
      if let translation = pack.translations[code] { layers.append(translation) }
      if let file = pack.unread[code] { layers.append(TranslationParser.parse([file], code: code, allowSettings: false, only: only, skippingEnglish: true, into: &ignored).0) }
    }
    if let language = languages[code] {
      layers.append(language.unread.isEmpty ? language.translation : Self.adding(language.unread, to: language.translation, code: code, only: only))
    }
    return layers
  }

  /// Terms filled into each other (`option-3: support {council} arranges`), a few levels deep.
  public func finished(_ script: Script) -> Script {
    var result = script
    for _ in 0..<4 {
      var changed = false
      for (name, value) in result.terms where value.contains("{") {
        let template = Template(value, at: result.termLocations[name] ?? SourceLocation(file: "", line: 1, column: 1))
        let filled = template.render { $0 == name ? nil : result.terms[$0] }
        if filled != value {
          result.terms[name] = filled
          changed = true
        }
      }
      if !changed { break }
    }
    return result
  }

  /// Every language pack `id` offers, ready for `Engine(languages:initial:)`, in the order offered.
  /// `english` is the script with the pack applied, when the caller has it already. English and the
  /// `initial` language are made now; the others when the person first switches to them (only how to
  /// switch to them is read now), so offering more languages costs almost nothing at the start.
  public func engineLanguages(_ script: Script, pack id: String, english: Script? = nil, initial: String? = nil) -> [EngineLanguage] {
    guard let summary = summary(id) else { return [] }
    let english = english ?? self.english(script, pack: id)
    let library = self
    return summary.languages.map { code in
      let settings = languages[code]?.settings
      var aliases = [code]
      if code == Self.sourceLanguage { aliases.append("english") }
      if let english = settings?.englishName { aliases.append(english) }
      aliases += settings?.also ?? []
      let name = languageName(code)
      if code == Self.sourceLanguage || code == initial || initial == nil {
        return EngineLanguage(code: code, name: name, aliases: aliases, script: translated(english: english, pack: id, language: code, counting: false).script)
      }
      let (offer, words) = switching(to: code, pack: id, english: english)
      return EngineLanguage(code: code, name: name, aliases: aliases, offer: offer, openingWords: words) {
        EngineLanguage.Content(script: library.translated(english: english, pack: id, language: code, counting: false).script)
      }
    }
  }

  /// How to switch to language `code`, in it: its `language-offer` message (when translated from the
  /// English shown) and its `language` words. Only those two entries are read.
  func switching(to code: String, pack id: String, english: Script) -> (offer: String, words: [String]) {
    let layers = translationLayers(pack: id, language: code, only: ["message.language-offer", "words.language"])
    let source = english.messages["language-offer"].map { $0.map(\.source).joined(separator: "\n") }
    let offer = layers.lazy.compactMap { layer -> String? in
      guard let entry = layer.entries["message.language-offer"], entry.isTranslated, !entry.changed, let source, entry.hash == TextHash.of(source) else { return nil }
      return entry.paragraphs.map(\.source).joined(separator: "\n\n")
    }.first ?? ""
    let words = layers.lazy.compactMap { $0.entries["words.language"]?.words }.first { !$0.isEmpty }?.map(Understanding.normalise) ?? []
    return (offer, words + (english.words["language"] ?? []).filter { !words.contains($0) })
  }

  /// Word lists that are commands rather than answers. In every language they also take the English
  /// words, so a command typed in English (often what staff and signs say) is never taken as an answer.
  /// Answer words (yes, no, not sure, done) and the words used to read answers stay as translated.
  public static let commandMeanings: Set<String> = Set(Command.allCases.compactMap(\.wordList)).union(["send"])

  /// True when a text has words to translate: letters outside its `{names}`, and it is not just an
  /// email or web address. "999" and "0300 123 4567" are the same in every language.
  public static func needsTranslation(_ text: ScriptText) -> Bool {
    let literal = text.paragraphs.flatMap(\.parts).compactMap { part -> String? in if case .literal(let words) = part { words } else { nil } }.joined(separator: " ")
    let words = literal.split(whereSeparator: { $0 == " " || $0 == "\n" })
    return words.contains { word in
      word.contains(where: \.isLetter) && !word.contains("@") && !word.lowercased().hasPrefix("http") && !word.lowercased().hasPrefix("www.")
    }
  }
}

/// A translated text that is not used because the English changed after it was translated.
public struct StaleText: Sendable {
  /// The English text now.
  public var text: ScriptText
  /// The translation that no longer matches.
  public var entry: TranslatedText
}

/// How much of a conversation is translated into one language.
public struct Coverage: Sendable {
  /// Texts with words to translate.
  public var total = 0
  /// Of those, how many are shown translated.
  public var translated = 0
  /// Texts with no translation at all, in script order.
  public var missing: [ScriptText] = []
  /// Texts whose translation is out of date (so the English is shown).
  public var stale: [StaleText] = []
  /// Word lists (yes, no, help, ...).
  public var wordLists = 0
  /// Of those, how many the language has.
  public var wordListsTranslated = 0
  /// The meanings of the word lists it does not have.
  public var missingWordLists: [String] = []

  /// True when everything is translated and up to date.
  public var isComplete: Bool { translated == total && wordListsTranslated == wordLists }

  /// "95 of 120 texts (79%) and 20 of 22 word lists".
  public var summary: String {
    let percent = total == 0 ? 100 : translated * 100 / total
    return "\(translated) of \(total) texts (\(percent)%) and \(wordListsTranslated) of \(wordLists) word lists"
  }
}
