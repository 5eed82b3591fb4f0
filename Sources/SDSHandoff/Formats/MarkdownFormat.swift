import Foundation

/// Markdown, for wikis and case systems that take it. Every string from the draft is escaped, so it can
/// never make a heading, a link, an image, a list, a table, a rule or raw HTML.
public enum MarkdownFormat {
  /// `draft` as Markdown, triage first. Times are shown in `timeZone`.
  public static func render(_ draft: Draft, timeZone: TimeZone) -> String {
    let document = PlanDocument(draft, timeZone: timeZone)
    var out: [String] = []
    out.append("# \(escape(document.title)) \(escape(document.reference))")
    out.append("")
    out.append("**\(escape(PlanDocument.banner))**")
    out.append("")
    out.append("The person's own words are shown as quotes.")
    for section in document.sections {
      out.append("")
      out.append("## \(escape(section.title))")
      for item in section.items { render(item, level: 3, into: &out) }
    }
    return out.joined(separator: "\n") + "\n"
  }

  private static func render(_ item: PlanDocument.Item, level: Int, into out: inout [String]) {
    switch item {
    case .note(let text):
      out.append("")
      out.append(escape(text))
    case .group(let title, let items):
      out.append("")
      out.append(String(repeating: "#", count: min(level, 6)) + " " + escape(title))
      for inner in items { render(inner, level: level + 1, into: &out) }
    case .field(let label, let value):
      out.append("")
      switch value {
      case .plain(let text):
        out.append("**\(escape(label)):** \(escape(text))")
      case .theirWords(let text):
        out.append("**\(escape(label)):**")
        out.append("")
        out += quote(text)
      case .theirList(let items):
        out.append("**\(escape(label)):**")
        for entry in items {
          out.append("")
          out += quote(entry)
        }
      }
    }
  }

  /// The person's words as a block quote, every line escaped.
  private static func quote(_ text: String) -> [String] {
    InertText.clean(text).split(separator: "\n", omittingEmptySubsequences: false).map { line in
      line.isEmpty ? ">" : "> " + escape(String(line))
    }
  }

  /// `text` cleaned, on one line, and escaped so Markdown reads every character literally.
  ///
  /// Every ASCII punctuation character that means something to CommonMark or GitHub-flavoured Markdown
  /// is backslash-escaped (an escaped one is always literal): backslash, backtick and * _ [ ] ( ) { } < > ! & # + - = | ~ : $ ^.
  /// A `.` or `)` is escaped after digits that start the text (a numbered list) and after `www` (a web
  /// link). `@` goes in a code span, because GitHub-flavoured Markdown links an email address even when
  /// its `@` is escaped. Commas, apostrophes and the like are left alone, so the file stays readable.
  static func escape(_ text: String) -> String {
    var out = ""
    var leadingDigits = true
    var first = true
    var lastThree: (Character, Character, Character) = (" ", " ", " ")
    for character in InertText.oneLine(text) {
      if character == "@" {
        out += "`@`"
      } else if MarkdownFormat.special.contains(character) {
        out.append("\\")
        out.append(character)
      } else if character == "." || character == ")" {
        let afterWWW = [lastThree.0, lastThree.1, lastThree.2].allSatisfy { $0 == "w" || $0 == "W" }
        if (leadingDigits && !first) || afterWWW { out.append("\\") }
        out.append(character)
      } else {
        out.append(character)
      }
      if !character.isNumber { leadingDigits = false }
      first = false
      lastThree = (lastThree.1, lastThree.2, character)
    }
    return out
  }

  private static let special = Set("\\`*_[](){}<>!&#+-=|~:$^")
}
