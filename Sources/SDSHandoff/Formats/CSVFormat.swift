import Foundation
import SDSEngine

/// CSV (RFC 4180), one row per draft, for spreadsheets and bulk loads.
///
/// Every field is quoted. A field that starts with `=`, `+`, `-`, `@`, a tab or a carriage return gets a
/// `'` in front, so no spreadsheet runs it as a formula; that changes the value, so a number such as
/// `-5` reads `'-5`. Lines end with CRLF, as the RFC says.
public enum CSVFormat {
  /// The column names, in order.
  public static let columns = [
    "reference", "status", "created", "sent", "pack", "pack_version", "language", "flags", "safety_disclosures",
    "completed_by", "relationship", "person_agrees", "person_decides", "legal_authority",
    "preferred_name", "contact_method", "phone", "email", "address",
    "outcome_areas", "outcome_count", "most_important", "outcomes_in_their_words",
    "safe_at_home", "safe_out", "carer_getting_harder", "carer_wants_support",
    "preferred_option", "questions", "no_way_to_contact", "notes",
  ]

  /// The header line and one line per draft.
  public static func render(_ drafts: [Draft]) -> String {
    ([columns] + drafts.map(row)).map(line).joined()
  }

  /// One draft's fields, in column order.
  public static func row(_ draft: Draft) -> [String] {
    let by = draft.completedBy
    func yesNo(_ answer: YesNo?) -> String { answer?.rawValue ?? "" }
    return [
      draft.reference.description, draft.status.rawValue, ISO8601.string(draft.created), ISO8601.string(draft.sent),
      draft.pack.id, draft.pack.version, draft.language, draft.flags.joined(separator: ";"),
      draft.safety.disclosures.map { "\($0.kind): \($0.words)" }.joined(separator: "\n"),
      by.role.rawValue, by.relationship ?? "", yesNo(by.personAgrees), yesNo(by.personDecides), by.legalAuthority ?? "",
      draft.person.preferredName ?? "", draft.person.contact.method ?? "", draft.person.contact.phone ?? "",
      draft.person.contact.email ?? "", draft.person.contact.address ?? "",
      draft.outcomes.map(\.area).joined(separator: ";"), String(draft.outcomes.count), draft.whatMatters.mostImportant ?? "",
      draft.outcomes.compactMap { outcome in outcome.inTheirWords.map { "\(outcome.area): \($0)" } }.joined(separator: "\n"),
      yesNo(draft.safety.safeAtHome), yesNo(draft.safety.safeOut), yesNo(draft.carer.gettingHarder), yesNo(draft.carer.wantsSupport),
      draft.option.answer ?? "",
      draft.questions.joined(separator: "\n"),
      draft.hasWayToContact ? "" : "yes",
      // The person's other words typed with answers, one line each: "Label: their words".
      draft.answers.compactMap { answer in answer.note.map { "\(answer.label): \($0)" } }.joined(separator: "\n"),
    ]
  }

  /// One CSV line: every field cleaned, defused and quoted, ending with CRLF.
  static func line(_ fields: [String]) -> String {
    fields.map(field).joined(separator: ",") + "\r\n"
  }

  /// One field: hidden characters removed (line breaks kept), a `'` before a formula start, quotes doubled.
  /// The start is checked before cleaning as well as after, so a tab or carriage return that cleaning
  /// removes still marks the field.
  public static func field(_ text: String) -> String {
    let starts: Set<Unicode.Scalar> = ["=", "+", "-", "@", "\t", "\r"]
    var value = InertText.clean(text)
    if [text.unicodeScalars.first, value.unicodeScalars.first].contains(where: { $0.map(starts.contains) ?? false }) { value = "'" + value }
    return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"").replacingOccurrences(of: "\n", with: "\r\n") + "\""
  }

  /// Reads CSV written by `render` (or any RFC 4180 CSV) back into rows, for merging into an existing
  /// `drafts.csv`. Nil when the text is not well-formed.
  public static func parse(_ text: String) -> [[String]]? {
    var rows: [[String]] = []
    var row: [String] = []
    var field = ""
    var quoted = false
    var fieldStarted = false
    var characters = Array(text.unicodeScalars)[...]
    while let c = characters.popFirst() {
      if quoted {
        if c == "\"" {
          if characters.first == "\"" { characters.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
        } else {
          field.unicodeScalars.append(c)
        }
        continue
      }
      switch c {
      case "\"":
        guard !fieldStarted || field.isEmpty else { return nil }
        quoted = true
        fieldStarted = true
      case ",":
        row.append(field); field = ""; fieldStarted = false
      case "\r":
        guard characters.first == "\n" else { return nil }
      case "\n":
        row.append(field); rows.append(row); row = []; field = ""; fieldStarted = false
      default:
        field.unicodeScalars.append(c); fieldStarted = true
      }
    }
    if quoted { return nil }
    if fieldStarted || !row.isEmpty { row.append(field); rows.append(row) }
    return rows.map { $0.map { $0.replacingOccurrences(of: "\r\n", with: "\n") } }
  }
}
