/// Every diagnostic code, defined once: its severity, a one-line summary, and a longer explanation with
/// an example and the fix. `sds check --explain CODE` prints an entry; `Content/README.md` lists them.
///
/// To add a code, add one entry to the list for its area (`ScriptCodes.swift`, `PackCodes.swift` ...),
/// or a new area to `areas`, then re-make the table in `Content/README.md` with
/// `RECORD_GOLDENS=1 swift test --filter DiagnosticCatalogueTests`. A test fails for a code used in
/// `Sources/` that has no entry here, for an entry no source uses, and when the table differs.
public enum DiagnosticCatalogue {
  /// The entries by the kind of file they are about, each with a heading for `Content/README.md`.
  public static let areas: [(heading: String, entries: [DiagnosticEntry])] = [
    ("The conversation (script/)", scriptCodes),
    ("Plain words (--readability and jargon.txt)", plainLanguageCodes),
    ("Packs and languages (packs/, languages/)", packCodes),
    ("Translations", translationCodes),
    ("Common questions (faq/)", faqCodes),
    ("Safety rules (safety/)", safetyCodes),
  ]

  /// Every entry, in the order `Content/README.md` lists them.
  public static let all: [DiagnosticEntry] = areas.flatMap(\.entries)

  private static let byCode: [String: DiagnosticEntry] = Dictionary(all.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })

  /// The entry for `code` (any case), or nil when there is none.
  public static func entry(_ code: String) -> DiagnosticEntry? {
    byCode[code.uppercased()]
  }

  /// The known code nearest to `code`, for "did you mean": by edit distance, else one that contains it.
  public static func nearest(to code: String) -> String? {
    let wanted = code.uppercased()
    let codes = all.map(\.code)
    if let near = closest(wanted, in: codes) { return near }
    let words = wanted.split(separator: "-").filter { $0.count > 2 && $0 != "ERROR" && $0 != "WARNING" }
    return codes.max { a, b in
      let scoreA = words.filter { a.contains($0) }.count, scoreB = words.filter { b.contains($0) }.count
      return scoreA != scoreB ? scoreA < scoreB : a > b
    }.flatMap { best in words.contains(where: best.contains) ? best : nil }
  }
}

extension DiagnosticCatalogue {
  /// The list of codes as `Content/README.md` shows it: a table of codes and summaries for each area.
  public static var markdown: String {
    var lines: [String] = []
    for area in areas {
      lines += ["", "### \(area.heading)", "", "| Code | What it means |", "| --- | --- |"]
      lines += area.entries.map { "| `\($0.code)` | \($0.summary.replacing("|", with: "\\|")) |" }
    }
    return lines.dropFirst().joined(separator: "\n") + "\n"
  }
}

/// One diagnostic code and what to tell a content officer about it.
public struct DiagnosticEntry: Sendable, Equatable {
  /// The code, like `E-DUPLICATE-ID`. `E-` codes are errors, `W-` warnings and `N-` notes.
  public var code: String
  /// How serious it is.
  public var severity: Diagnostic.Severity
  /// What is wrong, in one line.
  public var summary: String
  /// Why it matters and when it is reported.
  public var explanation: String
  /// Content that gets the diagnostic.
  public var example: String
  /// What to do about it.
  public var fix: String

  /// An error entry.
  static func error(_ code: String, _ summary: String, _ explanation: String, example: String, fix: String) -> DiagnosticEntry {
    DiagnosticEntry(code: code, severity: .error, summary: summary, explanation: explanation, example: example, fix: fix)
  }

  /// A warning entry.
  static func warning(_ code: String, _ summary: String, _ explanation: String, example: String, fix: String) -> DiagnosticEntry {
    DiagnosticEntry(code: code, severity: .warning, summary: summary, explanation: explanation, example: example, fix: fix)
  }

  /// A note entry.
  static func note(_ code: String, _ summary: String, _ explanation: String, example: String, fix: String) -> DiagnosticEntry {
    DiagnosticEntry(code: code, severity: .note, summary: summary, explanation: explanation, example: example, fix: fix)
  }

  /// The whole entry as `sds check --explain` prints it.
  public var text: String {
    let indentedExample = example.split(separator: "\n", omittingEmptySubsequences: false).map { $0.isEmpty ? "" : "    " + $0 }.joined(separator: "\n")
    return """
      \(code) (\(severity.rawValue)): \(summary)

      \(Self.wrapped(explanation))

      For example:

      \(indentedExample)

      \(Self.wrapped("What to do: " + fix))
      """
  }

  /// `text` broken into lines of at most `width` characters, at spaces.
  static func wrapped(_ text: String, width: Int = 100) -> String {
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ") {
      if !line.isEmpty, line.count + 1 + word.count > width {
        lines.append(line)
        line = ""
      }
      line += (line.isEmpty ? "" : " ") + word
    }
    return (lines + [line]).joined(separator: "\n")
  }
}
