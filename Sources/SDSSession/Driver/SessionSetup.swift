import Foundation
import SDSEngine
import SDSHandoff
import SDSFAQ
import SDSPacks

/// What happened when a draft was handed to the drop folder.
public enum DeliveryResult {
  /// It is in the drop folder or on the council's server, under this reference, at this path; or it
  /// stayed on this computer (`destination` says which, and where).
  case delivered(reference: String, draftPath: String?, destination: DraftDestination = .sent)
  /// It could not be written; `staffReason` goes to standard error, never to the person.
  case failed(staffReason: String)
  /// It was not written because it would be larger than an importer reads: the answer to `question`
  /// needs to be under `keepUnder` characters.
  case tooLarge(question: String, keepUnder: Int)
}

/// What happened when an unfinished conversation was saved for later.
public enum SaveResult {
  /// Saved under `reference` until `until` (a date in words, for the person).
  case saved(reference: String, until: String)
  /// It could not be saved; `staffReason` goes to standard error.
  case failed(staffReason: String)
}

/// What happened when a saved conversation was asked for by reference and word.
public enum ResumeResult {
  /// The word matched: carry on from this state, in a conversation that first started then.
  case opened(EngineState, started: Date)
  /// It could not be opened; the person is told why in plain words.
  case failed(ResumeFailure, staffReason: String?)
}

/// What the services know about the conversation in hand. A kiosk runs many conversations in one
/// process, so this belongs to each conversation, not to the services.
public struct ConversationInfo: Sendable {
  /// When this conversation started (after a resume: when the saved one first started).
  public var started: Date
  /// The saved conversation it carries on, if any: deleted once it is sent or saved again.
  public var resumedFrom: String?

  /// Information about a conversation that started at `started`, carrying on `resumedFrom` if given.
  public init(started: Date, resumedFrom: String? = nil) {
    self.started = started
    self.resumedFrom = resumedFrom
  }
}

/// The things a conversation needs from outside the engine: sending, saving and opening saved answers.
///
/// `SessionServices.handoff` (HandoffServices.swift) supplies the real ones; `unavailable` says plainly
/// that nothing is set up.
public struct SessionServices {
  /// The clock. Only the executable reads it.
  public var now: () -> Date = Date.init
  /// Prints the person's copy of the draft just delivered, when they ask for it. Returns nil when it
  /// went to the printer, else why not (for staff).
  public var printCopy: () -> String? = { "no printer is set up." }
  /// Writes a finished draft to the drop folder.
  public var deliver: (Record, ConversationInfo) -> DeliveryResult
  /// Saves the state (never the word in clear) with the person's memorable word.
  public var save: (_ state: EngineState, _ word: String, ConversationInfo) -> SaveResult
  /// Opens a saved conversation if the word matches.
  public var resume: (_ reference: String, _ word: String) -> ResumeResult

  /// Services made of these closures.
  public init(
    now: @escaping () -> Date = Date.init, printCopy: @escaping () -> String? = { "no printer is set up." },
    deliver: @escaping (Record, ConversationInfo) -> DeliveryResult,
    save: @escaping (_ state: EngineState, _ word: String, ConversationInfo) -> SaveResult,
    resume: @escaping (_ reference: String, _ word: String) -> ResumeResult
  ) {
    self.now = now
    self.printCopy = printCopy
    self.deliver = deliver
    self.save = save
    self.resume = resume
  }

  /// Services that refuse everything, for a run with no drop folder.
  public static func unavailable(_ reason: String) -> SessionServices { SessionServices(
    deliver: { _, _ in .failed(staffReason: reason) },
    save: { _, _, _ in .failed(staffReason: reason) },
    resume: { _, _ in .failed(.unavailable, staffReason: reason) }) }
}

/// Everything a front end needs to run conversations: the engine and the services around it.
public struct SessionSetup {
  /// The conversation, in every language it offers.
  public var engine: Engine
  /// What carries out sending, saving and opening saved answers.
  public var services: SessionServices
  /// The pack the conversation runs under (`--pack`): its id and version go in every draft, so a key
  /// worker knows which wording the person saw.
  public var pack: PackSummary = PackLibrary().summary(PackLibrary.defaultPackID)!
  /// The language the conversation starts in (`--lang`, else the pack's). The language it ends in is
  /// `Record.language` (the person can type `language` to switch).
  public var language: String = PackLibrary.sourceLanguage
  /// Sends drafts to the council's server (`--send-to`); nil when they go into the drop folder.
  public var courier: DraftCourier?

  /// A setup of `engine` and `services`, under `pack` in `language`, sending through `courier` when given.
  public init(engine: Engine, services: SessionServices, pack: PackSummary? = nil, language: String = PackLibrary.sourceLanguage, courier: DraftCourier? = nil) {
    self.engine = engine
    self.services = services
    if let pack { self.pack = pack }
    self.language = language
    self.courier = courier
  }

  /// Builds the setup `options` ask for, or tells staff why it cannot (on `console`) and returns nil.
  ///
  /// Drafts and saved conversations go to the drop folder `options.outbox`, else
  /// `$XDG_DATA_HOME/sds/outbox` (`~/.local/share/sds/outbox`). It is made when first used; a problem
  /// seen now is told to staff at once, so it can be fixed before anyone tries to send.
  /// A kiosk (`kiosk: true`) never falls back to a folder in its own home (`sds kiosk` will not start
  /// without `--outbox` or `SDS_OUTBOX`; here it would only tell the person to ask staff when they send).
  ///
  /// With `encryptTo`, every draft is encrypted to the council's certificate before it is written.
  ///
  /// With `send`, every draft (encrypted) goes to the council's server, waiting in the drop folder's
  /// `queue/` when the server cannot be reached.
  public static func make(_ options: SessionOptions, console: inout Console) -> SessionSetup? {
    // The FAQ is read on another thread while the conversation's files are read.
    let faq = LoadedFAQ.startReading(content: options.content)
    let content: ConversationContent
    // Questions asked at any prompt are answered from Content/faq, in the pack's nation and words.
    let languages: [EngineLanguage]
    do {
      content = try ConversationContent.load(content: options.content, pack: options.pack, language: options.language)
      languages = try LoadedFAQ.adding(to: content, pending: faq)
    } catch {
      console.report(error)
      return nil
    }
    let engine = Engine(languages: languages, initial: content.language)
    let pack = Draft.Pack(id: content.pack.id, version: content.pack.version)
    guard let outbox = OutboxLocation.path(named: options.outbox, allowingDefault: !options.kiosk) else {
      let missing = options.kiosk ? OutboxLocation.kioskMissingMessage : OutboxLocation.missingMessage
      console.error("sds: warning: \(missing) Drafts cannot be sent or saved.")
      return SessionSetup(engine: engine, services: .unavailable(missing), pack: content.pack, language: content.language)
    }
    let folder = DropFolder(path: outbox, encryptTo: options.encryptTo)
    if let problem = folder.problem() {
      console.error("sds: warning: \(problem) Drafts cannot be sent or saved until this is fixed.")
    }
    let savedKey = SavedKeyLocation.load(outbox: outbox, console: &console)
    let courier = options.send.map { DraftCourier(queue: SendQueue(outbox: outbox), sender: WebDAVSender($0, userAgent: "sds/\(options.version)")) }
    // Only a drop folder staff or the person named is the council's; the default one is this computer's.
    let route = DraftRoute(courier: courier, kiosk: options.kiosk, folderIsCouncils: options.outbox != nil, copy: options.copy)
    let services = SessionServices.handoff(
      folder, savedKey: savedKey, route: route, generator: "sds \(options.version)", pack: pack, language: content.language, timeZone: .current, staff: console)
    return SessionSetup(engine: engine, services: services, pack: content.pack, language: content.language, courier: courier)
  }
}
