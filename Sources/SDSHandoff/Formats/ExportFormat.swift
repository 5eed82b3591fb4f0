import Foundation

/// The formats a draft can be shown or imported in.
public enum ExportFormat: String, Sendable, CaseIterable {
  /// Plain text, for a terminal or a case note.
  case text
  /// Markdown.
  case md
  /// One printable HTML page.
  case html
  /// The draft itself, `sds-draft/1` JSON.
  case json
  /// A FHIR R4 Bundle.
  case fhir
  /// One CSV row per draft (import only: all drafts go in one `drafts.csv`).
  case csv

  /// The name of the file `sds import` writes for the draft with `reference`.
  public func fileName(for reference: Reference) -> String {
    switch self {
    case .text: return reference.description + ".txt"
    case .md: return reference.description + ".md"
    case .html: return reference.description + ".html"
    case .json: return reference.description + ".json"
    case .fhir: return reference.description + ".fhir.json"
    case .csv: return CSVFormat.fileName
    }
  }

  /// `draft` in this format. For CSV, the header and the draft's one row.
  public func render(_ draft: Draft, timeZone: TimeZone) -> String {
    switch self {
    case .text: return TextFormat.render(draft, timeZone: timeZone)
    case .md: return MarkdownFormat.render(draft, timeZone: timeZone)
    case .html: return HTMLFormat.render(draft, timeZone: timeZone)
    case .json: return draft.jsonText()
    case .fhir: return FHIRFormat.render(draft)
    case .csv: return CSVFormat.render([draft])
    }
  }

  /// The format called `name` (`md` or `markdown`, `text` or `txt`, ...), in any case; nil when unknown.
  public static func named(_ name: String) -> ExportFormat? {
    let lower = name.trimmingCharacters(in: .whitespaces).lowercased()
    return ExportFormat(rawValue: lower == "markdown" ? "md" : lower == "txt" ? "text" : lower)
  }

  /// Reads a list such as `json,fhir,html` (spaces allowed, no repeats kept). Throws with the unknown names.
  public static func list(_ text: String, allowed: [ExportFormat]) throws(UnknownFormats) -> [ExportFormat] {
    var result: [ExportFormat] = []
    var unknown: [String] = []
    for part in text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !part.isEmpty {
      if let format = named(part), allowed.contains(format) {
        if !result.contains(format) { result.append(format) }
      } else {
        unknown.append(part)
      }
    }
    if !unknown.isEmpty || result.isEmpty { throw UnknownFormats(names: unknown) }
    return result
  }
}

/// Format names that are not known.
public struct UnknownFormats: Error, Sendable {
  public var names: [String]
}

extension CSVFormat {
  /// The one CSV file `sds import` writes, with a row per draft.
  public static let fileName = "drafts.csv"
}
