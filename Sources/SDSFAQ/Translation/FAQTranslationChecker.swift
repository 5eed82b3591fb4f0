import SDSEngine
import SDSPacks

extension FAQTranslation {
  /// Every problem with this translation of `english`, for `sds check`, and its coverage: texts whose
  /// English changed (`W-TRANSLATION-STALE`), `{names}` the English does not have, translations of texts
  /// the FAQ no longer has, synonyms whose words are in no translated entry, answers of the wrong length,
  /// and a note of how much is translated. `languageName` names it in messages ("Cymraeg (cy)").
  /// With `offered`, a pack offers the language, so an incomplete translation is a warning.
  public func check(against english: FAQContent, languageName: String, offered: Bool) -> (diagnostics: [Diagnostic], coverage: FAQCoverage) {
    var problems: [Diagnostic] = []
    func report(_ location: SourceLocation, _ code: String, _ message: String, _ severity: Diagnostic.Severity) {
      problems.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: severity, code: code, message: message))
    }
    let texts = english.translatableTexts
    let byID = Dictionary(texts.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    let command = "sds translate \(code) --faq"
    for id in self.texts.order {
      guard let entry = self.texts.entries[id] else { continue }
      guard let text = byID[id] else {
        if entry.isTranslated {
          report(entry.location, "W-TRANSLATION-UNUSED", "The FAQ has no text \(id) now, so this is never shown. \(command) keeps it at the end of the file in case it comes back; delete it when you are sure.", .warning)
        }
        continue
      }
      guard entry.isTranslated else { continue }
      let at = entry.paragraphs.first?.location ?? entry.location
      problems += entry.paragraphs.flatMap(\.braceProblems)
      if !text.part.isWordList {
        let englishNames = Set(text.english.flatMap(\.names))
        let names = entry.paragraphs.flatMap(\.names)
        for name in names where !englishNames.contains(name) {
          let list = englishNames.isEmpty ? "none" : englishNames.sorted().map { "{\($0)}" }.joined(separator: ", ")
          report(at, "E-TRANSLATION-NAME", "{\(name)} is not in the English, so it cannot be filled in and the English is shown instead. The English uses: \(list).", .error)
        }
        for name in englishNames.sorted() where !names.contains(name) {
          report(at, "W-TRANSLATION-NAME-MISSING", "The English uses {\(name)} but the translation does not. Check nothing is missing, like a phone number.", .warning)
        }
        if text.part == .title, entry.paragraphs.count > 1 {
          report(entry.paragraphs[1].location, "W-TRANSLATION-LINES", "A title is one line, so these \(code): lines are joined with a space. Put it on one line.", .warning)
        }
        if text.part == .answer {
          let count = FAQChecker.sentenceCount(FAQContent.paragraphs(entry, like: text))
          if !FAQChecker.sentences.contains(count) {
            report(at, "W-FAQ-ANSWER-LENGTH", "This answer has \(count) sentence\(count == 1 ? "" : "s"). Keep answers to \(FAQChecker.sentences.lowerBound) to \(FAQChecker.sentences.upperBound) short sentences.", .warning)
          }
        }
      }
      let still = text.part.isWordList ? "These words are still used, but check them." : "People see the English for now."
      if entry.hash == nil {
        report(entry.location, "W-TRANSLATION-NO-HASH", "This translation has no code from sds translate after its id, so a change to the English could not be noticed\(text.part.isWordList ? "" : " and it is not used"). Run \(command) to add it.", .warning)
      } else if entry.hash != TextHash.of(text.source) {
        report(entry.location, "W-TRANSLATION-STALE", "The English of \(id) changed after it was translated. \(still) Run \(command) to see the new English, check the translation, then delete the changed: line it adds.", .warning)
      } else if entry.changed {
        report(entry.location, "W-TRANSLATION-STALE", "The English of \(id) changed after it was translated. \(still) Check the \(code): lines against the en: lines, then delete the changed: line.", .warning)
      }
    }

    let (translated, coverage) = english.translated(by: self)
    problems += FAQChecker.unusedSynonyms(translated, only: words.synonyms)

    let at = SourceLocation(file: file, line: 1, column: 1)
    let stale = coverage.stale.count
    report(at, "N-TRANSLATION-COVERAGE", "\(languageName) has \(coverage.summary)\(stale > 0 ? "; \(stale) changed since \(stale == 1 ? "it was" : "they were") translated" : "").", .note)
    let missing = coverage.missing.count + (coverage.wordLists - coverage.wordListsTranslated)
    if offered, missing + coverage.missingLists.count > 0 {
      var parts: [String] = []
      if missing > 0 {
        let named = coverage.missing.isEmpty ? "" : " (\(shortList(coverage.missing.map(\.id))))"
        parts.append("\(missing) FAQ text\(missing == 1 ? " is" : "s are") not in \(languageName) yet\(named), so people see \(missing == 1 ? "it" : "them") in English")
      }
      if !coverage.missingLists.isEmpty { parts.append("there are no \(FAQCoverage.list(coverage.missingLists)) in \(languageName), so the English ones are used") }
      let said = parts.joined(separator: "; ")
      report(at, "W-TRANSLATION-INCOMPLETE", said.prefix(1).uppercased() + said.dropFirst() + ". Run \(command) to add the texts to the file.", .warning)
    }
    return (problems, coverage)
  }
}
