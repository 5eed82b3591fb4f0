import Foundation
import SDSEngine
import SDSFAQ
import SDSPacks

/// The FAQ part of `sds check` for languages: each language's `faq.txt` checked against the English FAQ,
/// with its coverage, and a warning for a language a pack offers that has no FAQ translation.
public enum FAQTranslationCheck {
  /// Every problem with the languages' FAQ translations (only the languages pack `only` offers, when
  /// given); throws why when the language folders cannot be read.
  public static func check(_ content: LoadedContent, faq: FAQContent, only: String?) throws(StartProblem) -> [Diagnostic] {
    do {
      let (packs, languages) = try PackFiles.everything(in: content.folder)
      let (library, _) = PackLibrary.load(packs: packs, languages: languages)
      let ids = only.map { library.chain($0).map(\.id) } ?? library.packs.keys.sorted()
      let offered = Set(ids.flatMap { library.summary($0)?.languages ?? [] })
      var diagnostics: [Diagnostic] = []
      for language in languages.sorted(by: { $0.code < $1.code }) where only == nil || offered.contains(language.code) {
        let name = "\(library.languageName(language.code)) (\(language.code))"
        guard let file = language.faqFile else {
          if offered.contains(language.code) {
            let at = library.languages[language.code]?.settings?.location ?? SourceLocation(file: language.folder + "/language.txt", line: 1, column: 1)
            diagnostics.append(Diagnostic(file: at.file, line: at.line, column: at.column, severity: .warning, code: "W-TRANSLATION-INCOMPLETE",
              message: "\(name) has no FAQ translation (\(language.folder)/\(LanguageSource.faqFileName)), so questions asked in \(name) get English answers. Run sds translate \(language.code) --faq to start one."))
          }
          continue
        }
        let (translation, problems) = FAQTranslation.read(file, code: language.code)
        diagnostics += problems
        diagnostics += translation.check(against: faq, languageName: name, offered: offered.contains(language.code)).diagnostics
      }
      return diagnostics
    } catch {
      throw StartProblem("sds check: I could not read the languages in \(Console.visible(content.folder)): \(error.localizedDescription)")
    }
  }
}
