import Foundation
import SDSEngine

/// Runs one conversation and carries out what its outputs ask for: every `.send`, `.save` and
/// `.resume` goes to the services, and the engine is told how it went.
///
/// Front ends (piped text, JSON lines, the terminal, the kiosk) drive conversations only through this.
public struct SessionDriver: ConversationDriving {
  /// The conversation it drives.
  public private(set) var conversation: Conversation
  /// What carries out sending, saving and opening saved answers.
  public let services: SessionServices
  /// The path of the last draft written, for the JSON `end` event.
  public private(set) var draftPath: String?
  /// Reasons for staff, collected as they happen; never shown to the person.
  public private(set) var staffMessages: [String] = []
  /// When this conversation started, and the saved one it carries on.
  public private(set) var info: ConversationInfo

  /// A driver for one conversation with the engine and services of `setup`.
  public init(setup: SessionSetup) {
    conversation = Conversation(engine: setup.engine)
    services = setup.services
    info = ConversationInfo(started: setup.services.now())
  }

  /// Starts the conversation: what it says first.
  public mutating func start() -> [Output] {
    info = ConversationInfo(started: services.now())
    return resolve(conversation.start())
  }

  /// What the conversation says to `event`, with every send, save and resume carried out.
  public mutating func handle(_ event: Event) -> [Output] {
    let outputs = resolve(conversation.handle(event))
    printCopyIfAsked()
    return outputs
  }

  /// The question a kiosk asks when staff named a printer; yes prints the person's copy, once.
  public static let printQuestion = "copy-print"
  private var printed = false

  /// Prints the person's copy once they have said yes to it.
  private mutating func printCopyIfAsked() {
    guard !printed, case .yesNo(.yes)? = conversation.state.answers[Self.printQuestion] else { return }
    printed = true
    if let problem = services.printCopy() { staffMessages.append(problem) }
  }

  /// True once the conversation has ended (sent, saved, stopped, timed out or finished).
  public var ended: Bool { conversation.state.ending != nil }

  /// The question waiting for an answer.
  public var currentPrompt: Prompt? { conversation.currentPrompt }

  /// The words that are commands at any question.
  public var commandWords: [String] { conversation.commandWords }

  private mutating func resolve(_ outputs: [Output]) -> [Output] {
    var result: [Output] = []
    for output in outputs {
      result.append(output)
      switch output {
      case .send(let record):
        switch services.deliver(record, info) {
        case .delivered(let reference, let path, let destination):
          draftPath = path
          result += resolve(conversation.handle(.delivered(reference: reference, destination: destination)))
        case .failed(let reason):
          staffMessages.append("the draft could not be sent: " + reason)
          result += resolve(conversation.handle(.deliveryFailed))
        case .tooLarge(let question, let keepUnder):
          result += resolve(conversation.handle(.draftTooLarge(question: question, keepUnder: keepUnder)))
        }
      case .save(let word):
        switch services.save(conversation.state, word, info) {
        case .saved(let reference, let until):
          result += resolve(conversation.handle(.saved(reference: reference, until: until)))
        case .failed(let reason):
          staffMessages.append("the answers could not be saved: " + reason)
          result += resolve(conversation.handle(.saveFailed))
        }
      case .resume(let reference, let word):
        switch services.resume(reference, word) {
        case .opened(let state, let started):
          info = ConversationInfo(started: started, resumedFrom: reference)
          result += resolve(conversation.resume(state))
        case .failed(let failure, let reason):
          if let reason { staffMessages.append("saved answers could not be opened: " + reason) }
          result += resolve(conversation.handle(.resumeFailed(failure)))
        }
      case .say, .ask, .end:
        break
      }
    }
    return result
  }

  /// Takes the staff messages collected so far.
  public mutating func takeStaffMessages() -> [String] {
    defer { staffMessages = [] }
    return staffMessages
  }
}
