import Foundation
import SDSEngine

/// What happened when a draft was handed to the drop folder.
enum DeliveryResult {
  /// It is in the drop folder, under this reference, at this path.
  case delivered(reference: String, draftPath: String?)
  /// It could not be written; `staffReason` goes to standard error, never to the person.
  case failed(staffReason: String)
}

/// Everything a front end needs to run conversations: the engine and a way to send drafts.
struct SessionSetup {
  var engine: Engine
  var deliver: (Record) -> DeliveryResult

  /// Builds the setup from the command's options, or prints why it cannot and returns nil.
  static func make(_ parsed: ParsedArguments, console: inout Console) -> SessionSetup? {
    guard let content = LoadedContent.loadRunnable(parsed, console: &console) else { return nil }
    let engine = Engine(script: content.script)
    return SessionSetup(engine: engine, deliver: { _ in .failed(staffReason: "no drop folder is set up in this build") })
  }
}

/// Runs a conversation's outputs through delivery: every `.send` is delivered and the engine told how it went.
struct SessionDriver {
  var conversation: Conversation
  let deliver: (Record) -> DeliveryResult
  /// The path of the last draft written, for the JSON `end` event.
  private(set) var draftPath: String?
  /// Reasons for staff, collected as they happen.
  private(set) var staffMessages: [String] = []

  init(setup: SessionSetup) {
    conversation = Conversation(engine: setup.engine)
    deliver = setup.deliver
  }

  mutating func start() -> [Output] { resolve(conversation.start()) }

  mutating func handle(_ event: Event) -> [Output] { resolve(conversation.handle(event)) }

  var ended: Bool { conversation.state.ending != nil }

  private mutating func resolve(_ outputs: [Output]) -> [Output] {
    var result: [Output] = []
    for output in outputs {
      result.append(output)
      if case .send(let record) = output {
        switch deliver(record) {
        case .delivered(let reference, let path):
          draftPath = path
          result += resolve(conversation.handle(.delivered(reference: reference)))
        case .failed(let reason):
          staffMessages.append(reason)
          result += resolve(conversation.handle(.deliveryFailed))
        }
      }
    }
    return result
  }

  /// Takes the staff messages collected so far.
  mutating func takeStaffMessages() -> [String] {
    defer { staffMessages = [] }
    return staffMessages
  }
}
