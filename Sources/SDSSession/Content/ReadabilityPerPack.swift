import Foundation
import SDSEngine
import SDSFAQ
import SDSPacks

/// `sds check --readability` over everything a person sees, per pack: the conversation with each
/// pack's words in place, and the common questions' titles and answers for the pack's nation.
public enum ReadabilityPerPack {
  /// The diagnostics and summary lines for every pack in scope (`only`, or all of them).
  public static func measure(_ content: LoadedContent, faq: FAQContent?, jargon: JargonList?, only: String?) -> (diagnostics: [Diagnostic], summary: [String]) {
    guard let (packs, languages) = try? PackFiles.everything(in: content.folder) else { return ([], []) }
    let (library, _) = PackLibrary.load(packs: packs, languages: languages)
    let ids = only.map { [$0] } ?? ([PackLibrary.defaultPackID] + library.packs.keys.sorted().filter { $0 != PackLibrary.defaultPackID })
    var diagnostics: [Diagnostic] = []
    var summary: [String] = []
    for id in ids where library.hasPack(id) {
      let english = library.packs[id] == nil ? content.script : library.english(content.script, pack: id)
      // The FAQ has no uk nation: the neutral answers are for no nation.
      let faqNation = SDSFAQ.Nation(rawValue: library.summary(id)?.nation ?? "uk")
      let pieces = faq.map { faqPieces($0, nation: faqNation, terms: english.terms) } ?? []
      let report = PlainLanguageCheck.check(english, jargon: jargon, adding: pieces)
      for var diagnostic in report.readabilityDiagnostics + report.notes {
        if id != PackLibrary.defaultPackID { diagnostic.message = "With pack \(id): " + diagnostic.message }
        diagnostics.append(diagnostic)
      }
      summary.append("With pack \(id):")
      summary += report.summary
    }
    return (diagnostics, summary)
  }

  /// The FAQ's titles, answers and more texts for `nation`, with the terms filled in.
  static func faqPieces(_ faq: FAQContent, nation: SDSFAQ.Nation?, terms: [String: String]) -> [VisiblePiece] {
    func render(_ template: Template, depth: Int = 0) -> String {
      template.render { name in
        guard depth < 4, let value = terms[name] else { return nil }
        return render(Template(value, at: template.location), depth: depth + 1)
      }
    }
    var pieces: [VisiblePiece] = []
    for entry in faq.entries {
      let owner = "faq " + entry.id
      if let title = entry.title.value(for: nation) {
        pieces.append(VisiblePiece(kind: .faq, owner: owner + " title", text: render(title), location: title.location, unit: render(title), isGraded: false))
      }
      for (part, paragraphs) in [("answer", entry.answer.value(for: nation)), ("more", entry.more.value(for: nation))] {
        guard let paragraphs, let first = paragraphs.first else { continue }
        let text = paragraphs.map { render($0) }.joined(separator: "\n")
        pieces.append(VisiblePiece(kind: .faq, owner: owner + " " + part, text: text, location: first.location, unit: text, isGraded: true))
      }
    }
    return pieces
  }
}
