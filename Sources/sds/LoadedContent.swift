import Foundation
import SDSEngine

/// The content a command runs on, loaded and checked.
struct LoadedContent {
  var folder: String
  var script: Script
  var diagnostics: [Diagnostic]

  var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// Loads the content for `parsed` (its `--content` option), or prints why it cannot and returns nil.
  static func load(_ parsed: ParsedArguments, folder explicit: String? = nil, console: inout Console) -> LoadedContent? {
    let option = explicit ?? parsed.values["--content"]
    guard let folder = ContentLocator.locate(option: option) else {
      console.error(ContentLocator.notFoundMessage(option: option))
      return nil
    }
    do {
      let files = try ContentLocator.scriptFiles(in: folder)
      var (script, diagnostics) = ScriptLoader.load(files)
      diagnostics += try SafetyFiles.load(content: folder, packs: SafetyFiles.allPacks(in: folder), into: &script)
      return LoadedContent(folder: folder, script: script, diagnostics: diagnostics)
    } catch {
      console.error("sds: I could not read the conversation files in \(Console.visible(folder)): \(error.localizedDescription)")
      return nil
    }
  }

  /// Loads content that must be free of errors to run a conversation; prints the errors otherwise.
  static func loadRunnable(_ parsed: ParsedArguments, console: inout Console) -> LoadedContent? {
    guard let content = load(parsed, console: &console) else { return nil }
    if !content.errors.isEmpty {
      console.error("sds: the conversation files have problems, so the assistant cannot start. Staff: run 'sds check' to see them all.")
      for diagnostic in content.errors.prefix(5) { console.error(diagnostic.description) }
      return nil
    }
    return content
  }
}
