import Foundation
import SDSEngine
import SDSPacks

/// The content one conversation runs on: the script with its pack applied, in every language the
/// pack offers, checked.
public struct ConversationContent: Sendable {
  /// The content folder.
  public var folder: String
  /// The pack, with everything it inherits.
  public var pack: PackSummary
  /// The language the conversation starts in.
  public var language: String
  /// The conversation in each language offered, for `Engine(languages:initial:)`.
  public var languages: [EngineLanguage]
  /// The safety listener every answer goes through.
  public var listener: SafetyListener

  /// Loads the content in `option` (`--content`; else where `ContentLocator` looks) with pack `packID`,
  /// starting in `language` (nil for the pack's own); throws why it cannot, for staff.
  public static func load(content option: String?, pack packID: String, language chosen: String?) throws(StartProblem) -> ConversationContent {
    guard let folder = ContentLocator.locate(option: option) else {
      throw StartProblem(ContentLocator.notFoundMessage(option: option))
    }
    do {
      let (packs, languages) = try PackFiles.forConversation(pack: packID, in: folder)
      // Translations are read when needed: the one it starts in now, the others only if the person
      // switches to them. Problems in them are for 'sds check'; a bad translation is never used.
      let (loaded, fileProblems) = PackLibrary.load(packs: packs, languages: languages, deferring: Set(languages.map(\.code)))
      guard let summary = loaded.summary(packID) else {
        let known = PackFiles.packIDs(in: folder)
        throw StartProblem("sds: there is no pack called '\(Console.visible(packID))'. The packs are: \(known.isEmpty ? "none" : known.joined(separator: ", ")). Run 'sds packs' to see them.")
      }
      let language = chosen ?? summary.language
      guard summary.languages.contains(language) else {
        throw StartProblem("sds: the pack '\(summary.id)' does not offer the language '\(Console.visible(language))'. It offers: \(summary.languages.joined(separator: ", ")).")
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
        throw StartProblem("sds: the conversation files have problems, so the assistant cannot start. Staff: run 'sds check' to see them all.", diagnostics: problems)
      }
      return ConversationContent(folder: folder, pack: summary, language: language, languages: ready, listener: script.safety)
    } catch let problem as StartProblem {
      throw problem
    } catch {
      throw StartProblem("sds: I could not read the conversation files in \(Console.visible(folder)): \(error.localizedDescription)")
    }
  }
}
