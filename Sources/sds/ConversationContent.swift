import Foundation
import SDSEngine
import SDSPacks

/// The options every command that runs a conversation takes for packs and languages.
enum PackOptions {
  /// Options with a value, to add to a command's `valueOptions`.
  static let valueOptions: Set<String> = ["--pack", "--lang"]

  /// Lines for a command's usage text.
  static let usage = """
      --pack ID       The pack to use: a nation's or a council's words (or set SDS_PACK).
                      With none, the neutral "uk" pack. 'sds packs' lists them.
      --lang CODE     The language to start in, like cy (or set SDS_LANG). With none, the
                      pack's own. Typing language at any question lists the others.
    """

  /// The pack named on the command line, else in SDS_PACK, else the default.
  static func pack(_ parsed: ParsedArguments) -> String { parsed.value("--pack", env: "SDS_PACK") ?? PackLibrary.defaultPackID }

  /// The language named on the command line, else in SDS_LANG, else nil (the pack's own).
  static func language(_ parsed: ParsedArguments) -> String? { parsed.value("--lang", env: "SDS_LANG") }
}

/// The content one conversation runs on: the script with its pack applied, in every language the
/// pack offers, checked.
struct ConversationContent {
  /// The content folder.
  var folder: String
  /// The pack, with everything it inherits.
  var pack: PackSummary
  /// The language the conversation starts in.
  var language: String
  /// The conversation in each language offered, for `Engine(languages:initial:)`.
  var languages: [EngineLanguage]
  /// The safety listener every answer goes through.
  var listener: SafetyListener

  /// Loads what `parsed` asks for, or prints why it cannot (for staff) and returns nil.
  static func load(_ parsed: ParsedArguments, console: inout Console) -> ConversationContent? {
    let option = parsed.values["--content"]
    guard let folder = ContentLocator.locate(option: option) else {
      console.error(ContentLocator.notFoundMessage(option: option))
      return nil
    }
    let packID = PackOptions.pack(parsed)
    do {
      let (packs, languages) = try PackFiles.forConversation(pack: packID, in: folder)
      // Translations are read when needed: the one it starts in now, the others only if the person
      // switches to them. Problems in them are for 'sds check'; a bad translation is never used.
      let (loaded, fileProblems) = PackLibrary.load(packs: packs, languages: languages, deferring: Set(languages.map(\.code)))
      guard let summary = loaded.summary(packID) else {
        let known = PackFiles.packIDs(in: folder)
        console.error("sds: there is no pack called '\(Console.visible(packID))'. The packs are: \(known.isEmpty ? "none" : known.joined(separator: ", ")). Run 'sds packs' to see them.")
        return nil
      }
      let language = PackOptions.language(parsed) ?? summary.language
      guard summary.languages.contains(language) else {
        console.error("sds: the pack '\(summary.id)' does not offer the language '\(Console.visible(language))'. It offers: \(summary.languages.joined(separator: ", ")).")
        return nil
      }
      // Starting in another language, its translations are read on another thread while the
      // conversation files are read here.
      let reading = language == PackLibrary.sourceLanguage ? nil : Background { loaded.reading(language, pack: packID) }
      var (script, parseProblems) = ScriptParser.parse(try ContentLocator.scriptFiles(in: folder))
      // Every answer is listened to for harm, with the pack's own words added to the content's.
      var chain: [String] = []
      var next: String? = packID
      while let id = next, !chain.contains(id), let pack = loaded.summary(id) {
        chain.insert(id, at: 0)
        next = pack.base
      }
      parseProblems += try SafetyFiles.load(content: folder, packs: chain, into: &script)
      let library = reading?.value ?? loaded
      let english = library.english(script, pack: packID)
      let parseErrors = parseProblems.contains { $0.severity == .error && $0.code == "E-NO-SECTIONS" }
      // The checks run on another thread while the languages are made ready here.
      let checking = Background { parseErrors ? [] : ScriptChecker.check(english) }
      let ready = library.engineLanguages(script, pack: packID, english: english, initial: language)
      let problems = (parseProblems + fileProblems + checking.value).filter { $0.severity == .error }
      guard problems.isEmpty else {
        console.error("sds: the conversation files have problems, so the assistant cannot start. Staff: run 'sds check' to see them all.")
        for diagnostic in problems.prefix(5) { console.error(diagnostic.description) }
        return nil
      }
      return ConversationContent(folder: folder, pack: summary, language: language, languages: ready, listener: script.safety)
    } catch {
      console.error("sds: I could not read the conversation files in \(Console.visible(folder)): \(error.localizedDescription)")
      return nil
    }
  }
}
