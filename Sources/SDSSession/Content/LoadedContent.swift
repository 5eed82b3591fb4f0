import Foundation
import SDSEngine

/// The content a command runs on, loaded and checked.
public struct LoadedContent: Sendable {
  /// The content folder.
  public var folder: String
  /// The conversation, with its safety rules.
  public var script: Script
  /// Every problem found in the conversation and the safety rules.
  public var diagnostics: [Diagnostic]

  /// The problems that are errors.
  public var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Loads the content in `option` (`--content`, or a folder given to `sds check`; else where
  /// `ContentLocator` looks), with every pack's safety rules; throws why it cannot be read.
  public static func load(folder option: String?) throws(StartProblem) -> LoadedContent {
    guard let folder = ContentLocator.locate(option: option) else {
      throw StartProblem(ContentLocator.notFoundMessage(option: option))
    }
    do {
      let files = try ContentLocator.scriptFiles(in: folder)
      var (script, diagnostics) = ScriptLoader.load(files)
      diagnostics += try SafetyFiles.load(content: folder, packs: SafetyFiles.allPacks(in: folder), into: &script)
      return LoadedContent(folder: folder, script: script, diagnostics: diagnostics)
    } catch {
      throw StartProblem("sds: I could not read the conversation files in \(Console.visible(folder)): \(error.localizedDescription)")
    }
  }
}
