import Foundation
import SDSEngine
import SDSPacks
import Testing
import TestSupport

/// Translations are used only when made from exactly the English shown; coverage and staleness are
/// counted; the translation file writer keeps every translation and marks changed English.
@Suite struct TranslationTests {
  static let scriptText = """
    section a
    say hi
      Hello from {council}.
      - one
      - two
    ask q choice
      prompt: Pick one
      choice a: Apple | also: fruit
      help: Pick one.
    topic t
      words: tee
      Topic text.
    terms
      council: the council
      emergency: 999
    words
      yes: yes, yep
      no: no
    """

  static func script() -> Script {
    ScriptParser.parse([SourceFile(path: "script/10-a.txt", text: scriptText)]).script
  }

  static func library(_ texts: String, code: String = "cy", pack: String? = nil) -> PackLibrary {
    var packs: [PackSource] = [PackSource(id: "uk", folder: "packs/uk", files: [SourceFile(path: "packs/uk/pack.txt", text: "pack\n  name: N\n  version: 1\n  nation: uk\n  languages: en, \(code)\n")])]
    var languageFiles = [SourceFile(path: "languages/\(code)/language.txt", text: "language \(code)\n  name: Cymraeg\n  status: reviewed\n")]
    if let pack {
      packs[0].files.append(SourceFile(path: "packs/uk/more.txt", text: pack))
      packs[0].translations[code] = SourceFile(path: "packs/uk/languages/\(code).txt", text: texts)
    } else {
      languageFiles.append(SourceFile(path: "languages/\(code)/texts.txt", text: texts))
    }
    return PackLibrary.load(packs: packs, languages: [LanguageSource(code: code, folder: "languages/\(code)", files: languageFiles)]).library
  }

  static let hiHash = TextHash.of("Hello from {council}.\n- one\n- two")

  struct UseCase: Sendable, CustomTestStringConvertible {
    var name: String
    var entry: String
    var shown: String
    var translated: Int
    var stale: Int
    var testDescription: String { name }
  }

  static let useCases: [UseCase] = [
    .init(name: "made from this English: used", entry: "say.hi \(hiHash)\n  cy: Helo gan {council}.\n  cy: - un\n  cy: - dau\n",
          shown: "Helo gan {council}.\n- un\n- dau", translated: 1, stale: 0),
    .init(name: "made from other English: not used", entry: "say.hi 0badc0de\n  cy: Helo.\n", shown: "Hello from {council}.\n- one\n- two", translated: 0, stale: 1),
    .init(name: "marked changed: not used", entry: "say.hi \(hiHash)\n  changed: check it\n  cy: Helo.\n", shown: "Hello from {council}.\n- one\n- two", translated: 0, stale: 1),
    .init(name: "no code: not used", entry: "say.hi\n  cy: Helo.\n", shown: "Hello from {council}.\n- one\n- two", translated: 0, stale: 1),
    .init(name: "a name the English does not have: not used", entry: "say.hi \(hiHash)\n  cy: Helo {cyngor}.\n", shown: "Hello from {council}.\n- one\n- two", translated: 0, stale: 1),
    .init(name: "leaves out a name: used", entry: "say.hi \(hiHash)\n  cy: Helo.\n", shown: "Helo.", translated: 1, stale: 0),
    .init(name: "not filled in: English", entry: "say.hi \(hiHash)\n  cy:\n", shown: "Hello from {council}.\n- one\n- two", translated: 0, stale: 0),
  ]

  @Test(arguments: useCases)
  func aTranslationIsUsedOnlyWhenItMatchesTheEnglish(_ test: UseCase) {
    let (script, coverage) = Self.library(test.entry).translated(Self.script(), pack: "uk", language: "cy")
    #expect(script.texts.first { $0.id == "say.hi" }?.source == test.shown)
    #expect(coverage.translated == test.translated)
    #expect(coverage.stale.count == test.stale)
    // say.hi, the prompt, the help, the choice, the topic and the council term have words; 999 does not.
    #expect(coverage.total == 6)
    #expect(coverage.missing.count == 6 - test.translated - test.stale)
  }

  @Test func choicesTopicsAndWordListsTakeTheirOwnWords() {
    let texts = """
      ask.q.choice.a \(TextHash.of("Apple"))
        cy: Afal | also: ffrwyth
      topic.t \(TextHash.of("Topic text."))
        cy: Testun.
        words: ti, pwnc
      words.yes
        cy: ie, Iawn
      term.council \(TextHash.of("the council"))
        cy: y cyngor
      """
    let (script, coverage) = Self.library(texts).translated(Self.script(), pack: "uk", language: "cy")
    let choice = script.questions["q"]?.choices.first
    #expect(choice?.label.source == "Afal")
    #expect(choice?.aliases == ["ffrwyth"])
    #expect(script.topics.first?.words == ["ti", "pwnc"])
    #expect(script.words["yes"] == ["ie", "iawn"])
    #expect(script.words["no"] == ["no"], "a word list with no translation stays English")
    #expect(script.terms["council"] == "y cyngor")
    #expect(coverage.translated == 3 && coverage.wordListsTranslated == 1 && coverage.missingWordLists == ["no"])
    #expect(coverage.summary == "3 of 6 texts (50%) and 1 of 2 word lists")
  }

  /// Commands also take the English words in every language; answers take only the translation.
  @Test func commandsWorkInEnglishTooButAnswersDoNot() {
    let text = Self.scriptText + "\n  help: help, help me\n"
    let script = ScriptParser.parse([SourceFile(path: "script/10-a.txt", text: text)]).script
    let library = Self.library("words.help\n  cy: help, cymorth\nwords.yes\n  cy: ie\n")
    let (welsh, _) = library.translated(script, pack: "uk", language: "cy")
    #expect(welsh.words["help"] == ["help", "cymorth", "help me"])
    #expect(welsh.words["yes"] == ["ie"])
  }

  @Test func aPacksOwnTranslationComesFirst() {
    let pack = "terms\n  council: Anytown Council\n"
    let texts = "term.council \(TextHash.of("Anytown Council"))\n  cy: Cyngor Anytown\n"
    let library = Self.library(texts, pack: pack)
    let (script, _) = library.translated(Self.script(), pack: "uk", language: "cy")
    #expect(script.terms["council"] == "Cyngor Anytown")
    // The English the pack changed is shown in English where the language has only the old words.
    let base = Self.library("term.council \(TextHash.of("the council"))\n  cy: y cyngor\n", pack: pack)
    let (fallback, coverage) = base.translated(Self.script(), pack: "uk", language: "cy")
    #expect(fallback.terms["council"] == "Anytown Council")
    #expect(coverage.stale.map(\.text.id) == ["term.council"])
  }

  @Test func textsWithNoWordsNeedNoTranslation() {
    let at = SourceLocation(file: "a", line: 1, column: 1)
    func needs(_ source: String) -> Bool { PackLibrary.needsTranslation(ScriptText(id: "x", kind: .term, paragraphs: [Template(source, at: at)], location: at)) }
    #expect(!needs("999"))
    #expect(!needs("0300 123 4567"))
    #expect(!needs("care@anytown.gov.uk"))
    #expect(!needs("https://anytown.gov.uk/care"))
    #expect(!needs("{cared-name}"))
    #expect(needs("Call {phone}"))
    #expect(needs("up to 12 months"))
  }

  // MARK: The file writer

  static func write(_ existing: String?, script: Script = script()) -> (text: String, counts: TranslationWriter.Counts) {
    let library = existing.map { Self.library($0) } ?? PackLibrary()
    return TranslationWriter.write(code: "cy", items: library.translationItems(for: script), existing: library.languages["cy"]?.translation, header: ["Test"])
  }

  @Test func aNewFileHasEveryTextInScriptOrderWithLinesToFillIn() {
    let (text, counts) = Self.write(nil)
    let ids = text.split(separator: "\n").filter { !$0.hasPrefix(" ") && !$0.hasPrefix("#") }.map { String($0.split(separator: " ")[0]) }
    #expect(ids == ["say.hi", "ask.q.prompt", "ask.q.choice.a", "ask.q.help", "topic.t", "term.council", "words.yes", "words.no"])
    #expect(counts == TranslationWriter.Counts(total: 8, done: 0, toDo: 8, changed: 0, unused: 0))
    #expect(text.contains("""
      say.hi \(Self.hiHash)
        en: Hello from {council}.
        en: - one
        en: - two
        cy:
        cy:
        cy:

      """))
    #expect(text.contains("ask.q.choice.a \(TextHash.of("Apple"))\n  en: Apple | also: fruit\n  cy:\n"))
    #expect(text.contains("topic.t \(TextHash.of("Topic text."))\n  en: Topic text.\n  # en words: tee\n  cy:\n  words:\n"))
    #expect(text.contains("words.yes\n  en: yes, yep\n  cy:\n"))
    #expect(!text.contains("999"))
  }

  @Test func writingAgainKeepsEveryTranslationAndChangesNothingElse() {
    var (text, _) = Self.write(nil)
    text = text.replacingOccurrences(of: "  en: Apple | also: fruit\n  cy:\n", with: "  note: the fruit\n  en: Apple | also: fruit\n  cy: Afal | also: ffrwyth\n")
    text = text.replacingOccurrences(of: "  en: yes, yep\n  cy:\n", with: "  en: yes, yep\n  cy: ie, do\n")
    text = text.replacingOccurrences(of: "  # en words: tee\n  cy:\n  words:\n", with: "  # en words: tee\n  cy: Testun.\n  words: ti\n")
    let (again, counts) = Self.write(text)
    #expect(again == text)
    #expect(counts == TranslationWriter.Counts(total: 8, done: 3, toDo: 5, changed: 0, unused: 0))
    #expect(Self.write(again).text == again)
  }

  @Test func changedEnglishIsMarkedWithWhatItWas() {
    let old = "say.hi \(Self.hiHash)\n  en: Hello from {council}.\n  en: - one\n  en: - two\n  cy: Helo gan {council}.\n  cy: - un\n  cy: - dau\n"
    let newer = ScriptParser.parse([SourceFile(path: "script/10-a.txt", text: Self.scriptText.replacingOccurrences(of: "Hello from {council}.", with: "Hello again from {council}."))]).script
    let (text, counts) = Self.write(old, script: newer)
    let newHash = TextHash.of("Hello again from {council}.\n- one\n- two")
    #expect(text.contains("""
      say.hi \(newHash)
        changed: the English changed. Check the cy: lines still say the same, then delete this line and the was: lines.
        was: Hello from {council}.
        was: - one
        was: - two
        en: Hello again from {council}.
        en: - one
        en: - two
        cy: Helo gan {council}.
        cy: - un
        cy: - dau

      """))
    #expect(counts.changed == 1 && counts.done == 0)
    // Still not used until the changed: line goes; then it is.
    let marked = Self.library(text).translated(newer, pack: "uk", language: "cy").script
    #expect(marked.texts.first { $0.id == "say.hi" }?.source == "Hello again from {council}.\n- one\n- two")
    let checked = text.components(separatedBy: "\n").filter { !$0.hasPrefix("  changed:") && !$0.hasPrefix("  was:") }.joined(separator: "\n")
    let used = Self.library(checked).translated(newer, pack: "uk", language: "cy").script
    #expect(used.texts.first { $0.id == "say.hi" }?.source == "Helo gan {council}.\n- un\n- dau")
  }

  @Test func translationsOfTextsNoLongerThereAreKeptAtTheEnd() {
    let old = "say.gone 12345678\n  en: Gone.\n  cy: Wedi mynd.\nsay.empty 12345678\n  en: Empty.\n  cy:\n"
    let (text, counts) = Self.write(old)
    #expect(text.contains("# ----- No longer in the conversation -----"))
    #expect(text.hasSuffix("say.gone 12345678\n  en: Gone.\n  cy: Wedi mynd.\n"))
    #expect(!text.contains("say.empty"), "an untranslated text that has gone leaves nothing to keep")
    #expect(counts.unused == 1)
  }
}
