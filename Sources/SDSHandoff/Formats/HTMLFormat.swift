import Foundation

/// One self-contained, printable HTML page. Every string from the draft is escaped; there are no
/// scripts, and the Content-Security-Policy lets the page load nothing at all except its own stylesheet,
/// so opening it can never run code or tell anyone it was opened.
public enum HTMLFormat {
  /// The page's only style sheet. Readable without it: the page is headings, paragraphs and lists.
  static let styleSheet = """
    body { font-family: system-ui, sans-serif; font-size: 1.1rem; line-height: 1.5; max-width: 44rem; margin: 1rem auto; padding: 0 1rem; color: #0b0c0c; background: #fff; }
    .banner { border: 3px solid #0b0c0c; padding: 0.5rem 0.75rem; font-weight: bold; }
    h2 { border-top: 2px solid #0b0c0c; padding-top: 0.5rem; margin-top: 2rem; }
    dt { font-weight: bold; margin-top: 0.5rem; }
    dd { margin-left: 0; }
    blockquote { margin: 0.25rem 0 0.25rem 0; padding-left: 0.75rem; border-left: 4px solid #505a5f; white-space: pre-wrap; overflow-wrap: anywhere; }
    @media print {
      body { font-size: 11pt; max-width: none; margin: 0; }
      h2 { break-after: avoid; }
      section, dd { break-inside: avoid; }
    }
    """

  /// The policy: nothing may load or run, except the style sheet above, named by its SHA-256 hash.
  static var contentSecurityPolicy: String {
    "default-src 'none'; style-src 'sha256-\(sha256Base64(styleSheet))'; img-src 'none'; script-src 'none'; base-uri 'none'; form-action 'none'"
  }

  /// `draft` as an HTML page, triage first. Times are shown in `timeZone`.
  public static func render(_ draft: Draft, timeZone: TimeZone) -> String {
    let document = PlanDocument(draft, timeZone: timeZone)
    let title = "\(document.title) \(document.reference)"
    var out: [String] = []
    out.append("<!DOCTYPE html>")
    out.append("<html lang=\"\(escape(languageTag(document.language)))\">")
    out.append("<head>")
    out.append("<meta charset=\"utf-8\">")
    out.append("<meta http-equiv=\"Content-Security-Policy\" content=\"\(contentSecurityPolicy)\">")
    out.append("<meta name=\"referrer\" content=\"no-referrer\">")
    out.append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
    out.append("<title>\(escape(title))</title>")
    out.append("<style>\(styleSheet)</style>")
    out.append("</head>")
    out.append("<body>")
    out.append("<main>")
    out.append("<h1>\(escape(title))</h1>")
    out.append("<p class=\"banner\">\(escape(PlanDocument.banner))</p>")
    out.append("<p>The person's own words are shown as quotes.</p>")
    for section in document.sections {
      out.append("<section id=\"\(escape(section.id))\" aria-labelledby=\"\(escape(section.id))-title\">")
      out.append("<h2 id=\"\(escape(section.id))-title\">\(escape(section.title))</h2>")
      render(section.items, level: 3, into: &out)
      out.append("</section>")
    }
    out.append("</main>")
    out.append("</body>")
    out.append("</html>")
    return out.joined(separator: "\n") + "\n"
  }

  static func render(_ items: [PlanDocument.Item], level: Int, into out: inout [String]) {
    var openList = false
    func close() { if openList { out.append("</dl>"); openList = false } }
    for item in items {
      switch item {
      case .note(let text):
        close()
        out.append("<p>\(escape(text))</p>")
      case .group(let title, let inner):
        close()
        out.append("<section>")
        out.append("<h\(min(level, 6))>\(escape(title))</h\(min(level, 6))>")
        render(inner, level: level + 1, into: &out)
        out.append("</section>")
      case .field(let label, let value):
        if !openList { out.append("<dl>"); openList = true }
        out.append("<dt>\(escape(label))</dt>")
        switch value {
        case .plain(let text): out.append("<dd>\(escape(text))</dd>")
        case .theirWords(let text): out.append("<dd><blockquote>\(escape(text, keepLines: true))</blockquote></dd>")
        case .theirList(let entries):
          out.append("<dd><ul>")
          for entry in entries { out.append("<li><blockquote>\(escape(entry, keepLines: true))</blockquote></li>") }
          out.append("</ul></dd>")
        }
      }
    }
    close()
  }

  /// `text` cleaned and escaped for element text or a quoted attribute: `& < > " '` become entities.
  static func escape(_ text: String, keepLines: Bool = false) -> String {
    let cleaned = keepLines ? InertText.clean(text) : InertText.oneLine(text)
    var out = ""
    out.reserveCapacity(cleaned.utf8.count)
    for character in cleaned {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.append(character)
      }
    }
    return out
  }

  /// A language tag safe for the `lang` attribute: letters, digits and dashes, else `en`.
  static func languageTag(_ tag: String) -> String {
    let ok = !tag.isEmpty && tag.count <= 35 && tag.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") }
    return ok ? tag : "en"
  }
}

/// The SHA-256 of `text`'s UTF-8 bytes, base64-encoded, as a Content-Security-Policy hash wants it.
func sha256Base64(_ text: String) -> String {
  Data(SHA256.digest(Array(text.utf8))).base64EncodedString()
}
