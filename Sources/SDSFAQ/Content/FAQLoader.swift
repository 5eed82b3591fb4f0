import SDSEngine

/// Loads FAQ files: parses them and checks them in one step.
public enum FAQLoader {
  /// The content of `files` (in the order given) and every problem found, sorted by place.
  /// `termNames` are the names the text may use in braces (`council`, `phone`, ...).
  /// The content is safe to use only when no diagnostic is an error. `warnings: false` leaves out the
  /// slower checks that can only warn, for a quick start; `sds check` runs them all.
  public static func load(_ files: [SourceFile], termNames: Set<String>, warnings: Bool = true) -> (content: FAQContent, diagnostics: [Diagnostic]) {
    let (content, parseProblems) = parse(files)
    return (content, check(content, parseProblems: parseProblems, termNames: termNames, warnings: warnings))
  }

  /// The first half of `load`: the files read into content, and the problems seen while reading. It
  /// needs nothing from the conversation, so it can run while the conversation's files are read.
  public static func parse(_ files: [SourceFile]) -> (content: FAQContent, problems: [Diagnostic]) {
    let (content, problems) = FAQParser.parse(files)
    return (content, problems)
  }

  /// The second half of `load`: every problem, the reading's and the checks', sorted by place.
  public static func check(_ content: FAQContent, parseProblems: [Diagnostic], termNames: Set<String>, warnings: Bool = true) -> [Diagnostic] {
    (parseProblems + FAQChecker.check(content, termNames: termNames, warnings: warnings))
      .sorted { ($0.file, $0.line, $0.column, $0.code) < ($1.file, $1.line, $1.column, $1.code) }
  }
}
