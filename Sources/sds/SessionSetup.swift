import Foundation
import SDSEngine
import SDSPacks

/// What happened when a draft was handed to the drop folder.
enum DeliveryResult {
  /// It is in the drop folder, under this reference, at this path.
  case delivered(reference: String, draftPath: String?)
  /// It could not be written; `staffReason` goes to standard error, never to the person.
  case failed(staffReason: String)
}

/// What happened when an unfinished conversation was saved for later.
enum SaveResult {
  /// Saved under `reference` until `until` (a date in words, for the person).
  case saved(reference: String, until: String)
  /// It could not be saved; `staffReason` goes to standard error.
  case failed(staffReason: String)
}

/// What happened when a saved conversation was asked for by reference and word.
enum ResumeResult {
  /// The word matched: carry on from this state.
  case opened(EngineState)
  /// It could not be opened; the person is told why in plain words.
  case failed(ResumeFailure, staffReason: String?)
}

/// The things a conversation needs from outside the engine: sending, saving and opening saved answers.
///
/// The hand-off module supplies real ones; the defaults say plainly that nothing is set up.
struct SessionServices {
  /// Writes a finished draft to the drop folder.
  var deliver: (Record) -> DeliveryResult
  /// Saves the state (never the word in clear) with the person's memorable word.
  var save: (_ state: EngineState, _ word: String) -> SaveResult
  /// Opens a saved conversation if the word matches.
  var resume: (_ reference: String, _ word: String) -> ResumeResult

  /// Services that refuse everything, for a build or a run with no drop folder.
  static var unavailable: SessionServices { SessionServices(
    deliver: { _ in .failed(staffReason: "no drop folder is set up") },
    save: { _, _ in .failed(staffReason: "no drop folder is set up") },
    resume: { _, _ in .failed(.unavailable, staffReason: "no drop folder is set up") }) }
}

/// Everything a front end needs to run conversations: the engine and the services around it.
struct SessionSetup {
  var engine: Engine
  var services: SessionServices
  /// The pack the conversation runs under (`--pack`): its id and version go in every draft, so a key
  /// worker knows which wording the person saw.
  var pack: PackSummary = PackLibrary().summary(PackLibrary.defaultPackID)!
  /// The language the conversation starts in (`--lang`, else the pack's). The language it ends in is
  /// `Record.language` (the person can type `language` to switch).
  var language: String = PackLibrary.sourceLanguage

  /// Builds the setup from the command's options, or prints why it cannot and returns nil.
  static func make(_ parsed: ParsedArguments, console: inout Console) -> SessionSetup? {
    guard let content = ConversationContent.load(parsed, console: &console) else { return nil }
    let engine = Engine(languages: content.languages, initial: content.language)
    return SessionSetup(engine: engine, services: .unavailable, pack: content.pack, language: content.language)
  }
}
