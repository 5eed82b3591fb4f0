import Foundation

/// A copy of the draft plan for the person themselves: their answers, the reference and what happens
/// next, to read at home or take away from a library's printer.
///
/// Someone who harms the person may read it, so it holds only the sections listed in `keptSections`.
/// Everything else is left out by section, never by searching for words: the flags, the answers about
/// feeling safe, the list of every answer (which repeats them), and any section added later (such as
/// what the person disclosed) until someone decides it is safe to add here. Outcomes in the areas about
/// harm and safety are left out too. One line at the top says so.
public struct PersonalCopy {
  /// The plan's sections a copy holds, by id, in order.
  public static let keptSections = ["who", "completed-by", "what-matters", "outcomes", "strengths", "carer", "support", "option", "questions", "review"]
  /// Outcome areas about harm and safety, by id: an outcome there can say what someone does to the
  /// person, so it is left out like the safety answers.
  public static let leftOutOutcomeAreas: Set<String> = ["not-hurting", "feeling-safe"]
  /// The line that says what is left out.
  public static let leftOutLine = "To keep you safe, this copy leaves out your answers about feeling safe and anything you said about harm, in case someone else reads it."

  /// The reference, to quote when getting in touch.
  public let reference: String
  /// What happens next, one paragraph each.
  public let nextSteps: [String]
  let sections: [PlanDocument.Section]
  let language: String

  /// The copy of `draft`, with `nextSteps` (what happens next, in words for the person).
  public init(_ draft: Draft, nextSteps: [String], timeZone: TimeZone) {
    var kept = draft
    kept.outcomes.removeAll { PersonalCopy.leftOutOutcomeAreas.contains($0.area) }
    let document = PlanDocument(kept, timeZone: timeZone)
    reference = document.reference
    language = document.language
    self.nextSteps = nextSteps
    // An answer in which harm was heard (a disclosure records exactly what was typed, and where) is
    // left out wherever it appears, even in a section that is kept.
    let disclosed = Set(draft.safety.disclosures.map { $0.words.trimmingCharacters(in: .whitespacesAndNewlines) })
    sections = PersonalCopy.keptSections.compactMap { id in
      guard var section = document.sections.first(where: { $0.id == id }) else { return nil }
      section.items = PersonalCopy.leavingOut(disclosed, from: section.items)
      return section
    }
  }

  /// `items` without any answer that is one of `disclosed`.
  static func leavingOut(_ disclosed: Set<String>, from items: [PlanDocument.Item]) -> [PlanDocument.Item] {
    guard !disclosed.isEmpty else { return items }
    func isDisclosed(_ words: String) -> Bool { disclosed.contains(words.trimmingCharacters(in: .whitespacesAndNewlines)) }
    return items.compactMap { item in
      switch item {
      case .note: return item
      case .group(let title, let inner): return .group(title, leavingOut(disclosed, from: inner))
      case .field(let label, .theirWords(let words)): return isDisclosed(words) ? nil : .field(label, .theirWords(words))
      case .field(let label, .theirList(let entries)):
        let kept = entries.filter { !isDisclosed($0) }
        return kept.isEmpty ? nil : .field(label, .theirList(kept))
      case .field: return item
      }
    }
  }

  /// The ids of the sections this copy holds, in order.
  public var sectionIDs: [String] { sections.map(\.id) }

  /// The copy as one printable HTML page that loads and runs nothing.
  public func html() -> String {
    let title = "Your draft plan, \(reference)"
    var out: [String] = []
    out.append("<!DOCTYPE html>")
    out.append("<html lang=\"\(HTMLFormat.escape(HTMLFormat.languageTag(language)))\">")
    out.append("<head>")
    out.append("<meta charset=\"utf-8\">")
    out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"\(HTMLFormat.contentSecurityPolicy)\">")
    out.append("<meta name=\"referrer\" content=\"no-referrer\">")
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    out.append("<title>\(HTMLFormat.escape(title))</title>")
    out.append("<style>\(HTMLFormat.styleSheet)</style>")
    out.append("</head>")
    out.append("<body>")
    out.append("<main>")
    out.append("<h1>\(HTMLFormat.escape(title))</h1>")
    out.append("<p class=\"banner\">Your reference is \(HTMLFormat.escape(reference)). Keep it safe. You will need it if you get in touch about this plan.</p>")
    out.append("<p>\(HTMLFormat.escape(PersonalCopy.leftOutLine))</p>")
    out.append("<p>This is a draft. It is not an assessment, and nothing has been decided yet.</p>")
    out.append("<section id=\"next\" aria-labelledby=\"next-title\">")
    out.append("<h2 id=\"next-title\">What happens next</h2>")
    for paragraph in nextSteps { out.append("<p>\(HTMLFormat.escape(paragraph))</p>") }
    out.append("</section>")
    for section in sections {
      out.append("<section id=\"\(HTMLFormat.escape(section.id))\" aria-labelledby=\"\(HTMLFormat.escape(section.id))-title\">")
      out.append("<h2 id=\"\(HTMLFormat.escape(section.id))-title\">\(HTMLFormat.escape(section.title))</h2>")
      HTMLFormat.render(section.items, level: 3, into: &out)
      out.append("</section>")
    }
    out.append("</main>")
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
  }

  /// The copy as plain text, for a printer.
  public func text() -> String {
    var lines: [String] = []
    lines.append("YOUR DRAFT PLAN \(reference)")
    lines.append("Your reference is \(reference). Keep it safe. You will need it if you get in touch about this plan.")
    lines.append(PersonalCopy.leftOutLine)
    lines.append("This is a draft. It is not an assessment, and nothing has been decided yet.")
    lines.append("")
    lines.append("WHAT HAPPENS NEXT")
    for paragraph in nextSteps { lines.append(InertText.oneLine(paragraph)) }
    for section in sections {
      lines.append("")
      lines.append(section.title.uppercased())
      for item in section.items { TextFormat.render(item, depth: 0, into: &lines) }
    }
    return lines.joined(separator: "\n") + "\n"
  }
}
