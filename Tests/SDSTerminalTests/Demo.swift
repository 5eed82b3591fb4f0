import Foundation
import SDSEngine
import SDSSession
import TestSupport

/// The demo conversation the engine's tests use.
enum Demo {
  static let folder = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"

  /// The demo's conversation, loaded as the program loads a content folder (no pack applied).
  static let engine: Engine = {
    (try? LoadedContent.load(folder: folder)).map { Engine(script: $0.script) } ?? Engine(script: Script())
  }()

  static func conversation() -> Conversation { Conversation(engine: engine) }
}
