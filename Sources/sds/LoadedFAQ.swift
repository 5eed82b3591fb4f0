import Foundation
import SDSEngine
import SDSFAQ

/// The FAQ files of a content folder, loaded and checked.
struct LoadedFAQ {
  var content: FAQContent
  var diagnostics: [Diagnostic]

  var errors: [Diagnostic] { diagnostics.filter { $0.severity == .error } }

  /// The FAQ folder inside a content folder.
  static func folder(in contentFolder: String) -> String { contentFolder + "/faq" }

  /// Loads `contentFolder/faq`, checking names against the script's terms. Nil when there is no FAQ folder;
  /// a folder that cannot be read is reported and also gives nil.
  static func load(_ content: LoadedContent, warnings: Bool = true, console: inout Console) -> LoadedFAQ? {
    let folder = folder(in: content.folder)
    guard ContentLocator.isDirectory(folder) else { return nil }
    do {
      let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
      let files = try names.map { name in
        let path = folder + "/" + name
        let data = try Data(contentsOf: URL(fileURLWithPath: path))
        return SourceFile(path: ContentLocator.display(path), text: String(decoding: data, as: UTF8.self))
      }
      let (faq, diagnostics) = FAQLoader.load(files, termNames: Set(content.script.terms.keys), warnings: warnings)
      return LoadedFAQ(content: faq, diagnostics: diagnostics)
    } catch {
      console.error("sds: I could not read the FAQ files in \(Console.visible(folder)): \(error.localizedDescription)")
      return nil
    }
  }

  /// What a conversation gets: the library, no FAQ at all, or a reason not to start.
  enum ForConversation {
    case library(DeferredFAQLibrary)
    case none
    case broken
  }

  /// The library for a conversation with `content`, for `nation` and `terms` (a pack's, on top of the
  /// script's own). FAQ errors stop the assistant from starting, like errors in the conversation.
  static func forConversation(_ content: LoadedContent, nation: Nation?, terms: [String: String], console: inout Console) -> ForConversation {
    guard ContentLocator.isDirectory(folder(in: content.folder)) else { return .none }
    guard let faq = load(content, warnings: false, console: &console) else { return .broken }
    if !faq.errors.isEmpty {
      console.error("sds: the FAQ files have problems, so the assistant cannot start. Staff: run 'sds check' to see them all.")
      for diagnostic in faq.errors.prefix(5) { console.error(diagnostic.description) }
      return .broken
    }
    let allTerms = content.script.terms.merging(terms) { _, new in new }
    // Indexed when the first question is asked, so starting up stays quick.
    return .library(DeferredFAQLibrary(content: faq.content, nation: nation, terms: allTerms))
  }
}
