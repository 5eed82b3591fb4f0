import Foundation

/// Plain text: for a terminal, an email or a case note. Nothing in it can act on a terminal.
public enum TextFormat {
  /// `draft` as plain text, triage first. Times are shown in `timeZone`.
  public static func render(_ draft: Draft, timeZone: TimeZone) -> String {
    let document = PlanDocument(draft, timeZone: timeZone)
    var lines: [String] = []
    lines.append("\(document.title.uppercased()) \(document.reference)")
    lines.append(PlanDocument.banner)
    lines.append("The person's own words are shown in quotes.")
    for section in document.sections {
      lines.append("")
      lines.append(section.title.uppercased())
      for item in section.items { render(item, depth: 0, into: &lines) }
    }
    return lines.joined(separator: "\n") + "\n"
  }

  static func render(_ item: PlanDocument.Item, depth: Int, into lines: inout [String]) {
    let indent = String(repeating: "  ", count: depth)
    switch item {
    case .note(let text):
      lines.append(indent + InertText.oneLine(text))
    case .group(let title, let items):
      lines.append(indent + "* " + InertText.oneLine(title))
      for inner in items { render(inner, depth: depth + 1, into: &lines) }
    case .field(let label, let value):
      let label = InertText.oneLine(label)
      switch value {
      case .plain(let text): lines.append(indent + label + ": " + InertText.oneLine(text))
      case .theirWords(let text): lines.append(indent + label + ": " + quoted(text, indent: indent + "  "))
      case .theirList(let items):
        lines.append(indent + label + ":")
        for entry in items { lines.append(indent + "  - " + quoted(entry, indent: indent + "    ")) }
      }
    }
  }

  /// The person's words in quotes; further lines (only in a hand-edited file) are indented under the first.
  private static func quoted(_ text: String, indent: String) -> String {
    "\"" + InertText.clean(text).split(separator: "\n", omittingEmptySubsequences: false).joined(separator: "\n" + indent) + "\""
  }
}
