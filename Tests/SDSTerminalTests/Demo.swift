import Foundation
import SDSEngine
import TestSupport

/// The demo conversation the engine's tests use.
enum Demo {
  static let folder = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"

  static let engine: Engine = {
    let scriptFolder = folder + "/script"
    let names = (try? FileManager.default.contentsOfDirectory(atPath: scriptFolder))?.filter { $0.hasSuffix(".txt") }.sorted() ?? []
    let files = names.map { SourceFile(path: $0, text: (try? String(contentsOfFile: scriptFolder + "/" + $0, encoding: .utf8)) ?? "") }
    return Engine(script: ScriptLoader.load(files).script)
  }()

  static func conversation() -> Conversation { Conversation(engine: engine) }
}
