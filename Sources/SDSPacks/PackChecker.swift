import Foundation
import SDSEngine

extension PackLibrary {
  /// Every problem with the packs and languages, all at once, like a compiler: unknown ids in
  /// overrides, missing terms, terms used but not defined, placeholders, unknown bases, base loops,
  /// unknown languages, out-of-date translations, and coverage notes per language.
  ///
  /// `scriptDiagnostics` are the script's own problems: checking the script under a pack reports only
  /// what the pack adds. `only` limits the pack checks to one pack and its bases.
  public func check(script: Script, scriptDiagnostics: [Diagnostic] = [], only: String? = nil) -> [Diagnostic] {
    var checker = PackChecker(library: self, script: script, scriptDiagnostics: Set(scriptDiagnostics))
    checker.run(only: only)
    var unique: [Diagnostic] = []
    for diagnostic in checker.diagnostics.sorted(by: { ($0.file, $0.line, $0.column, $0.code, $0.message) < ($1.file, $1.line, $1.column, $1.code, $1.message) })
    where unique.last != diagnostic {
      unique.append(diagnostic)
    }
    return unique
  }
}

/// The checks behind `PackLibrary.check`.
struct PackChecker {
  let library: PackLibrary
  let script: Script
  let scriptDiagnostics: Set<Diagnostic>
  let baseTexts: [String: ScriptText]
  /// Text ids the conversation has more than once (from a duplicated id, reported by the script's check).
  let duplicatedTexts: Set<String>
  var diagnostics: [Diagnostic] = []

  init(library: PackLibrary, script: Script, scriptDiagnostics: Set<Diagnostic>) {
    self.library = library
    self.script = script
    self.scriptDiagnostics = scriptDiagnostics
    baseTexts = Dictionary(script.texts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    var seen: Set<String> = [], twice: Set<String> = []
    for text in script.texts where !seen.insert(text.id).inserted { twice.insert(text.id) }
    duplicatedTexts = twice
  }

  mutating func report(_ location: SourceLocation, _ code: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
    diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: severity, code: code, message: message))
  }

  mutating func run(only: String?) {
    let ids = only.map { library.chain($0).map(\.id) } ?? library.packs.keys.sorted()
    var offered: Set<String> = []
    for id in ids {
      guard let pack = library.packs[id] else { continue }
      checkSettings(pack)
      checkOverrides(pack)
      let english = library.english(script, pack: id)
      checkTerms(pack, english: english)
      checkReview(pack)
      checkPrivacy(pack, english: english)
      checkUnderPack(pack, english: english)
      checkPackTranslations(pack, english: english)
      offered.formUnion(library.summary(id)?.languages ?? [])
    }
    if only == nil, library.packs[PackLibrary.defaultPackID] == nil, !library.packs.isEmpty {
      let first = library.packs.keys.sorted().first.flatMap { library.packs[$0]?.settings?.location }
      if let first {
        report(first, "W-NO-DEFAULT-PACK", "There is no pack called \"\(PackLibrary.defaultPackID)\", so with no --pack the conversation runs as written, with no pack. Add Content/packs/\(PackLibrary.defaultPackID) to say so.", .warning)
      }
    }
    for code in library.languages.keys.sorted() where only == nil || offered.contains(code) {
      checkLanguage(code, offered: offered.contains(code))
    }
  }

  // MARK: Settings

  mutating func checkSettings(_ pack: Pack) {
    guard let settings = pack.settings else { return }
    let at = settings.location
    func location(_ key: String) -> SourceLocation { settings.locations[key] ?? at }
    if let id = settings.id, id != pack.id {
      report(location("id"), "E-PACK-ID", "This pack's folder is \"\(pack.id)\" but it says id: \(id). The id is the folder's name: make them the same.")
    }
    if settings.name == nil { report(at, "E-PACK-SETTINGS", "This pack needs a name: line, like: name: Anytown Council") }
    if settings.version == nil {
      report(at, "E-PACK-SETTINGS", "This pack needs a version: line, like: version: 1.0. Change it whenever you change the pack: every draft records it.")
    }
    if let base = settings.base {
      if library.packs[base] == nil {
        let near = closest(base, in: library.packs.keys.filter { $0 != pack.id }).map { " Did you mean \"\($0)\"?" } ?? ""
        report(location("base"), "E-PACK-UNKNOWN-BASE", "There is no pack called \"\(base)\" to be based on.\(near)")
      } else if let loop = baseLoop(from: pack.id) {
        report(location("base"), "E-PACK-BASE-LOOP", "These packs are based on each other in a circle: \(loop.joined(separator: " -> ")). One of them must have no base.")
      }
    }
    if let status = settings.status, !PackRules.statuses.contains(status) {
      report(location("status"), "E-PACK-SETTINGS", "\"\(status)\" is not a status. Write status: live when the pack is used with the public, or status: draft until then.")
    }
    let nation = settings.nation
    if let nation, Nation(rawValue: nation) == nil {
      report(location("nation"), "E-PACK-NATION", "\"\(nation)\" is not a nation I know. Use one of: \(Nation.allCases.map(\.rawValue).joined(separator: ", ")).")
    } else if settings.base == nil, nation == nil {
      report(at, "E-PACK-SETTINGS", "This pack has no base, so it needs a nation: line, like: nation: wales (or nation: uk for neutral wording).")
    } else if let nation, let base = settings.base, library.packs[base] != nil, baseLoop(from: pack.id) == nil,
              let baseNation = library.summary(base)?.nation, baseNation != nation {
      report(location("nation"), "E-PACK-NATION", "This pack is based on \"\(base)\", which is for \(baseNation). A pack is for the same nation as its base.")
    }
    for code in settings.languages ?? [] where code != PackLibrary.sourceLanguage && library.languages[code] == nil {
      let near = closest(code, in: Array(library.languages.keys)).map { " Did you mean \"\($0)\"?" } ?? ""
      report(location("languages"), "E-PACK-UNKNOWN-LANGUAGE", "There is no language \"\(code)\": make Content/languages/\(code) for it first, or take it off this list.\(near)")
    }
    if let code = settings.language, code != PackLibrary.sourceLanguage, library.languages[code] == nil {
      report(location("language"), "E-PACK-UNKNOWN-LANGUAGE", "There is no language \"\(code)\". Make Content/languages/\(code) for it first.")
    }
    let chain = library.chain(pack.id)
    let language = chain.lazy.compactMap { $0.settings?.language }.first ?? PackLibrary.sourceLanguage
    if let languages = chain.lazy.compactMap({ $0.settings?.languages }).first, !languages.contains(language) {
      report(settings.locations["language"] ?? location("languages"), "E-PACK-LANGUAGE",
        "The conversation starts in \"\(language)\", but that is not in the languages this pack offers (\(languages.joined(separator: ", "))). Add it to languages:.")
    }
    for code in library.summary(pack.id)?.languages ?? [] where code != PackLibrary.sourceLanguage {
      guard let other = library.languages[code], let status = other.settings, !status.isReviewed else { continue }
      report(location("languages"), "W-LANGUAGE-DRAFT",
        "This pack offers \(library.languageName(code)) (\(code)), which is marked draft: a fluent speaker has not checked it yet. Do not use it with the public until its status is reviewed.", .warning)
    }
  }

  // MARK: Review record and privacy notice

  /// Warns until the pack says who checked it against which law, and when (`review` item).
  mutating func checkReview(_ pack: Pack) {
    guard let settings = pack.settings else { return }
    guard let review = pack.review else {
      report(settings.location, "W-PACK-REVIEW", "This pack has no review item, so nobody can see who checked it against the law, or when. Add one: review, then by:, against: and date: lines under it.", .warning)
      return
    }
    let missing = [("by", review.by), ("against", review.against), ("date", review.date)].filter { $0.1 == nil }.map(\.0)
    if !missing.isEmpty {
      report(review.location, "W-PACK-REVIEW", "The review item needs \(missing.map { $0 + ":" }.joined(separator: ", ")): who checked the pack, against which law and guidance, and when.", .warning)
    }
    for (key, value) in [("by", review.by), ("against", review.against), ("date", review.date)] {
      guard let value, PackRules.isPlaceholder(value) else { continue }
      report(review.locations[key] ?? review.location, "W-PLACEHOLDER", "\"\(value)\" is a placeholder, not a real review record. Put in who checked the pack, and when.", .warning)
    }
  }

  /// A pack marked `status: live` shows a full privacy notice: its privacy topic uses every privacy
  /// term, the council's or Trust's own details are set by the pack (or a council pack it is based
  /// on), and none is a placeholder.
  mutating func checkPrivacy(_ pack: Pack, english: Script) {
    guard let settings = pack.settings, settings.status == "live" else { return }
    let at = settings.locations["status"] ?? settings.location
    let shown = Set(english.topics.first { $0.id == "privacy" }?.paragraphs.flatMap(\.names) ?? [])
    let notShown = PackRules.privacyTerms.filter { !shown.contains($0) }
    if !notShown.isEmpty {
      report(at, "E-PACK-PRIVACY", "This pack is live, but its privacy notice (topic privacy) does not show: \(notShown.map { "{\($0)}" }.joined(separator: ", ")). Put them back in the topic's words.")
    }
    // The pack itself, and any council pack it is based on: a nation pack's words are not the council's.
    let own = library.chain(pack.id).filter { $0.id == pack.id || $0.settings?.base != nil }
    let notSet = PackRules.privacyLocalTerms.filter { name in !own.contains { $0.terms[name] != nil } }
    if !notSet.isEmpty {
      report(at, "E-PACK-PRIVACY", "This pack is live, so it needs its own privacy details: \(notSet.joined(separator: ", ")). Set them under terms, with the council's or Trust's real words.")
    }
    for name in PackRules.privacyTerms + PackRules.privacyLocalTerms {
      guard let term = own.lazy.compactMap({ $0.terms[name] }).first, PackRules.isPlaceholder(term.value) else { continue }
      report(term.location, "E-PACK-PRIVACY", "This pack is live, but \(name) is still a placeholder (\(term.value)). Put in the real words.")
    }
  }

  /// The packs in a circle of bases that `id` leads into, or nil.
  func baseLoop(from id: String) -> [String]? {
    var path: [String] = []
    var next: String? = id
    while let current = next, let pack = library.packs[current] {
      if let start = path.firstIndex(of: current) { return path[start...] + [current] }
      path.append(current)
      next = pack.settings?.base
    }
    return nil
  }

  // MARK: Overrides

  mutating func checkOverrides(_ pack: Pack) {
    for (question, location) in pack.questions.sorted(by: { $0.key < $1.key }) where script.questions[question] == nil {
      let near = closest(question, in: Array(script.questions.keys)).map { " Did you mean \"\($0)\"?" } ?? ""
      report(location, "E-PACK-UNKNOWN-ID", "There is no question \"\(question)\" in the conversation.\(near)")
    }
    for (id, text) in pack.texts.sorted(by: { $0.key < $1.key }) where baseTexts[id] == nil {
      let parts = id.split(separator: ".").map(String.init)
      if parts.first == "ask", parts.count >= 3 {
        guard let question = script.questions[parts[1]] else { continue }
        if parts[2] == "choice", parts.count == 4 {
          if let list = question.choiceList {
            report(text.location, "E-PACK-UNKNOWN-ID", "Question \"\(question.id)\" takes its choices from the list \"\(list)\". To change their words, put choices \(list) in the pack.")
          } else {
            report(text.location, "E-PACK-UNKNOWN-ID", "Question \"\(question.id)\" has no choice \"\(parts[3])\". Its choices are: \(question.choices.map(\.id).joined(separator: ", ")).")
          }
        } else {
          report(text.location, "E-PACK-UNKNOWN-ID", "Question \"\(question.id)\" has no \(parts[2].replacingOccurrences(of: "-", with: " ")) to change. A pack changes words that are there: add it in the conversation files first.")
        }
        continue
      }
      let prefix = (parts.first ?? "") + "."
      let candidates = baseTexts.keys.filter { $0.hasPrefix(prefix) }
      // Suggest the id as the pack wrote it: "hello" after say, the full id after text.
      let written = text.written.hasPrefix("text ") ? { (found: String) in found } : { (found: String) in
        String(found.dropFirst(prefix.count)).replacingOccurrences(of: ".title", with: "")
      }
      let near = closest(id, in: candidates).map { " Did you mean \"\(written($0))\"?" } ?? ""
      report(text.location, "E-PACK-UNKNOWN-ID", "There is no \(text.written) in the conversation.\(near)")
    }
    for (id, list) in pack.choiceLists.sorted(by: { $0.key < $1.key }) where script.choiceLists[id] == nil {
      let near = closest(id, in: Array(script.choiceLists.keys)).map { " Did you mean \"\($0)\"?" } ?? ""
      report(list.location, "E-PACK-UNKNOWN-ID", "There is no list of choices called \"\(id)\" in the conversation.\(near)")
    }
  }

  // MARK: Terms

  mutating func checkTerms(_ pack: Pack, english: Script) {
    let defined = Set(script.terms.keys)
    var used = Set(english.texts.filter { $0.kind != .term }.flatMap { $0.paragraphs.flatMap(\.names) })
    for value in english.terms.values { used.formUnion(Template(value, at: SourceLocation(file: "", line: 1, column: 1)).names) }
    for (name, term) in pack.terms.sorted(by: { $0.key < $1.key }) {
      if !defined.contains(name), !used.contains(name) {
        let near = closest(name, in: Array(defined)).map { " Did you mean \($0)?" } ?? ""
        report(term.nameLocation, "W-PACK-UNKNOWN-TERM", "The conversation does not use {\(name)}, so setting it changes nothing.\(near)", .warning)
      }
      for inner in Template(term.value, at: term.location).names where english.terms[inner] == nil && !RequiredText.builtInNames.contains(inner) {
        let near = closest(inner, in: Array(english.terms.keys)).map { " Did you mean {\($0)}?" } ?? ""
        report(term.location, "E-UNKNOWN-NAME", "{\(inner)} is not a term, so it cannot be filled in here.\(near)")
      }
      diagnostics += Template(term.value, at: term.location).braceProblems
      if termLoop(name, in: english.terms) {
        report(term.location, "E-TERM-LOOP", "{\(name)} is filled in from itself, through other terms. Write it out in words instead.")
      }
      if PackRules.isPlaceholder(term.value) {
        report(term.location, "W-PLACEHOLDER", "\"\(term.value)\" is a placeholder, not real \(term.isContact ? "contact details" : "words"). Put in your own before anyone uses this pack.", .warning)
      }
    }
    guard let settings = pack.settings else { return }
    let nation = library.summary(pack.id)?.nation ?? Nation.uk.rawValue
    let required: [String]
    let why: String
    if settings.base != nil {
      required = PackRules.localTerms
      why = "It is a council's own pack (it has a base), so it gives the council's own name and contact details. Add them under contacts, or under terms for council."
    } else if nation != Nation.uk.rawValue, Nation(rawValue: nation) != nil {
      required = PackRules.nationTerms
      why = "It is a nation pack, so it sets every term that differs between nations."
    } else {
      return
    }
    // Only terms the conversation uses under this pack: Wales, with no option-2 choice, needs no
    // option-2-name.
    let missing = required.filter { defined.contains($0) && used.contains($0) && pack.terms[$0] == nil }
    if !missing.isEmpty {
      report(settings.location, "E-PACK-MISSING-TERM", "This pack does not set: \(missing.joined(separator: ", ")). \(why)")
    }
  }

  /// True when term `name` reaches itself through the `{names}` in term values.
  func termLoop(_ name: String, in terms: [String: String]) -> Bool {
    var stack = [name]
    var seen: Set<String> = []
    while let current = stack.popLast() {
      guard let value = terms[current] else { continue }
      for inner in Template(value, at: SourceLocation(file: "", line: 1, column: 1)).names where terms[inner] != nil {
        if inner == name { return true }
        if seen.insert(inner).inserted { stack.append(inner) }
      }
    }
    return false
  }

  // MARK: The script under a pack

  mutating func checkUnderPack(_ pack: Pack, english: Script) {
    // Problems in a base pack's own files are reported when that pack is checked.
    let otherFolders = library.packs.values.filter { $0.id != pack.id }.map { $0.folder + "/" }
    for diagnostic in ScriptChecker.check(english) where !scriptDiagnostics.contains(diagnostic) && !otherFolders.contains(where: diagnostic.file.hasPrefix) {
      var shown = diagnostic
      if !diagnostic.file.hasPrefix(pack.folder + "/") { shown.message = "With pack \(pack.id): " + diagnostic.message }
      diagnostics.append(shown)
    }
    guard let settings = pack.settings, let summary = library.summary(pack.id) else { return }
    checkOtherNations(pack, english: english, nation: Nation(rawValue: summary.nation))
    let at = settings.locations["languages"] ?? settings.location
    if summary.languages.count > 1 {
      for id in ["language-offer", "choose-language", "language-changed", "help-language"] where english.messages[id] == nil {
        report(at, "E-MISSING-MESSAGE", "This pack offers more than one language, so the conversation needs the message \"\(id)\". Add it to Content/script/00-system.txt.")
      }
      if english.words["language"] == nil {
        report(at, "E-MISSING-WORDS", "This pack offers more than one language, so the words need a language: line. Add it to Content/script/00-system.txt.")
      }
    }
    let changed = changedTexts(english)
    for code in summary.languages where code != PackLibrary.sourceLanguage && library.languages[code] != nil {
      let (_, coverage) = library.translated(script, pack: pack.id, language: code)
      let name = "\(library.languageName(code)) (\(code))"
      let untranslated = (coverage.missing.map(\.id) + coverage.stale.map(\.text.id)).filter { changed.contains($0) }
      if !untranslated.isEmpty {
        report(settings.location, "W-TRANSLATION-INCOMPLETE",
          "This pack changes \(untranslated.count) text\(untranslated.count == 1 ? "" : "s") that \(untranslated.count == 1 ? "is" : "are") not in \(name) yet, so people see \(untranslated.count == 1 ? "it" : "them") in English: \(shortList(untranslated)). Run: sds translate \(code) --pack \(pack.id)", .warning)
      }
      report(settings.location, "N-TRANSLATION-COVERAGE", "With this pack, \(name) has \(coverage.summary).", .note)
    }
  }

  /// Warns about text a nation pack shows that names another nation, like Welsh as the example
  /// language in Scotland (`W-PACK-OTHER-NATION`).
  mutating func checkOtherNations(_ pack: Pack, english: Script, nation: Nation?) {
    guard let nation, nation != .uk else { return }
    let others = PackRules.nationWords.filter { $0.key != nation }
    for piece in VisibleText.pieces(of: english) {
      let words = " " + Readability.words(in: piece.text).map { $0.lowercased().filter(\.isLetter) }.joined(separator: " ") + " "
      for (other, names) in others.sorted(by: { $0.key.rawValue < $1.key.rawValue }) {
        guard let name = names.first(where: { words.contains(" \($0) ") }) else { continue }
        var message = "This text names \(other.rawValue.replacingOccurrences(of: "-", with: " ").capitalized) (\"\(name)\"), but the pack is for \(nation.rawValue.replacingOccurrences(of: "-", with: " ").capitalized) (\(piece.owner)). Use an example from \(nation.rawValue.replacingOccurrences(of: "-", with: " ").capitalized), or change the text in the pack."
        if !piece.location.file.hasPrefix(pack.folder + "/") { message = "With pack \(pack.id): " + message }
        report(piece.location, "W-PACK-OTHER-NATION", message, .warning)
        break
      }
    }
  }

  /// The ids of texts whose English a pack changed (or added, with a new choice list).
  func changedTexts(_ english: Script) -> Set<String> {
    Set(english.texts.filter { baseTexts[$0.id]?.source != $0.source }.map(\.id))
  }

  // MARK: Translations

  mutating func checkPackTranslations(_ pack: Pack, english: Script) {
    let offered = library.summary(pack.id)?.languages ?? []
    let texts = Dictionary(english.texts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    for (code, translation) in pack.translations.sorted(by: { $0.key < $1.key }) {
      let file = pack.translationFiles[code] ?? pack.folder
      if !offered.contains(code) {
        report(SourceLocation(file: file, line: 1, column: 1), "W-TRANSLATION-UNUSED", "This pack does not offer \"\(code)\", so these translations are never shown. Add \(code) to its languages:, or remove the file.", .warning)
      }
      checkEntries(translation, texts: texts, words: english.words)
    }
  }

  mutating func checkLanguage(_ code: String, offered: Bool) {
    guard let language = library.languages[code] else { return }
    if let settings = language.settings {
      for value in [settings.name, settings.englishName].compactMap({ $0 }) where PackRules.isPlaceholder(value) {
        report(settings.location, "W-PLACEHOLDER", "The language's name is still a placeholder (\(value)). Write its real name.", .warning)
      }
    }
    checkEntries(language.translation, texts: baseTexts, words: script.words)
    let (_, coverage) = library.translated(script, pack: "", language: code)
    let at = language.settings?.location ?? SourceLocation(file: language.folder + "/language.txt", line: 1, column: 1)
    let name = "\(library.languageName(code)) (\(code))"
    let stale = coverage.stale.count
    report(at, "N-TRANSLATION-COVERAGE", "\(name) has \(coverage.summary)\(stale > 0 ? "; \(stale) changed since \(stale == 1 ? "it was" : "they were") translated" : "").", .note)
    let missing = coverage.missing.count
    let lists = coverage.missingWordLists.count
    if offered, missing + lists > 0 {
      var parts: [String] = []
      if missing > 0 { parts.append("\(missing) text\(missing == 1 ? "" : "s") (\(shortList(coverage.missing.map(\.id))))") }
      if lists > 0 { parts.append("\(lists) word list\(lists == 1 ? "" : "s") (\(coverage.missingWordLists.joined(separator: ", ")))") }
      report(at, "W-TRANSLATION-INCOMPLETE", "\(parts.joined(separator: " and ")) \(missing + lists == 1 ? "is" : "are") not in \(name) yet, so people see \(missing + lists == 1 ? "it" : "them") in English. Run sds translate \(code) to add them to the file.", .warning)
    }
  }

  /// Checks each translation against the English it translates.
  mutating func checkEntries(_ translation: Translation, texts: [String: ScriptText], words: [String: [String]]) {
    let code = translation.code
    for id in translation.order {
      guard let entry = translation.entries[id] else { continue }
      if id.hasPrefix("words.") {
        let meaning = String(id.dropFirst("words.".count))
        if words[meaning] == nil {
          report(entry.location, "W-TRANSLATION-UNUSED", "There is no word list \"\(meaning)\" in the conversation, so these words are never used.", .warning)
        }
        continue
      }
      guard let text = texts[id] else {
        if entry.isTranslated {
          report(entry.location, "W-TRANSLATION-UNUSED", "There is no text \(id) in the conversation now, so this is never shown. sds translate keeps it at the end of the file in case it comes back; delete it when you are sure.", .warning)
        }
        continue
      }
      // A text id the conversation has twice comes from a duplicated id, already an error there.
      guard !duplicatedTexts.contains(id) else { continue }
      checkVersions(entry, text: text, code: code)
      guard entry.isTranslated else { continue }
      diagnostics += entry.paragraphs.flatMap(\.braceProblems)
      let english = Set(text.paragraphs.flatMap(\.names))
      let translated = entry.paragraphs.flatMap(\.names)
      let at = entry.paragraphs.first?.location ?? entry.location
      for name in translated where !english.contains(name) {
        let list = english.isEmpty ? "none" : english.sorted().map { "{\($0)}" }.joined(separator: ", ")
        report(at, "E-TRANSLATION-NAME", "{\(name)} is not in the English, so it cannot be filled in and the English is shown instead. The English uses: \(list).")
      }
      // With route versions, the main lines speak to the person planning for themselves ("chi"), not
      // through {you}: only the words about the person may be missing.
      let personWords = entry.versions.isEmpty ? [] : script.letNames
      for name in english.sorted() where !translated.contains(name) && !personWords.contains(name) {
        report(at, "W-TRANSLATION-NAME-MISSING", "The English uses {\(name)} but the translation does not. Check nothing is missing, like a phone number.", .warning)
      }
      if text.isSingleLine, entry.paragraphs.count > 1 {
        report(entry.paragraphs[1].location, "W-TRANSLATION-LINES", "The English is one line, so these \(code): lines are joined with a space. Put it on one line.", .warning)
      }
      if entry.hash == nil {
        report(entry.location, "W-TRANSLATION-NO-HASH", "This translation has no code from sds translate after its id, so it is not used: a change to the English could not be noticed. Run sds translate \(code) to add it.", .warning)
      } else if entry.hash != TextHash.of(text.source) {
        report(entry.location, "W-TRANSLATION-STALE", "The English of \(id) changed after it was translated, so people see the English for now. Run sds translate \(code) to see the new English, check the translation, then delete the changed: line it adds.", .warning)
      } else if entry.changed {
        report(entry.location, "W-TRANSLATION-STALE", "The English of \(id) changed after it was translated, so people see the English for now. Check the \(code): lines against the en: lines, then delete the changed: line.", .warning)
      }
    }
  }
}
