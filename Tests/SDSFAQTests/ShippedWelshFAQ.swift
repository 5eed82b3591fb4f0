import Foundation
import SDSEngine
import SDSFAQ
import SDSPacks

/// The shipped Welsh FAQ (Content/languages/cy/faq.txt), as a conversation under the `wales` pack in
/// Welsh has it: the pack's nation, and the terms as the Welsh conversation fills them in.
enum ShippedWelshFAQ {
  static let root = ShippedFAQ.root

  /// The translation file and its problems.
  static let read: (translation: FAQTranslation, diagnostics: [Diagnostic]) = {
    let path = root + "/Content/languages/cy/faq.txt"
    let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
    return FAQTranslation.read(SourceFile(path: "Content/languages/cy/faq.txt", text: text), code: "cy")
  }()

  /// The Welsh terms under the `wales` pack (`{council}` is "eich cyngor").
  static let terms: [String: String] = {
    let script = ScriptLoader.load((try? ShippedFAQ.files(root + "/Content/script")) ?? []).script
    let packFolder = root + "/Content/packs/wales"
    let pack = PackSource(
      id: "wales", folder: "Content/packs/wales", files: (try? ShippedFAQ.files(packFolder)) ?? [],
      translations: ((try? ShippedFAQ.files(packFolder + "/languages")) ?? []).first.map { ["cy": $0] } ?? [:])
    let language = LanguageSource(code: "cy", folder: "Content/languages/cy", files: (try? ShippedFAQ.files(root + "/Content/languages/cy")) ?? [])
    let (library, _) = PackLibrary.load(packs: [pack], languages: [language])
    return library.translated(script, pack: "wales", language: "cy").script.terms
  }()

  /// The Welsh FAQ content and how much of it is translated.
  static let translated: (content: FAQContent, coverage: FAQCoverage) = ShippedFAQ.loaded.content.translated(by: read.translation)

  /// The Welsh library for Wales, built once for the matching tests.
  static let library = FAQLibrary(content: translated.content, nation: .wales, terms: terms)
}
