/// Parses and checks content files in one step.
public enum ScriptLoader {
  /// The script from `files` (in the order given) and every problem found, errors and warnings.
  /// The script is safe to run only when no diagnostic is an error.
  public static func load(_ files: [SourceFile]) -> (script: Script, diagnostics: [Diagnostic]) {
    let (script, parseProblems) = ScriptParser.parse(files)
    let checkProblems = parseProblems.contains { $0.severity == .error && $0.code == "E-NO-SECTIONS" } ? [] : ScriptChecker.check(script)
    let all = (parseProblems + checkProblems).sorted { ($0.file, $0.line, $0.column, $0.code) < ($1.file, $1.line, $1.column, $1.code) }
    var unique: [Diagnostic] = []
    for diagnostic in all where unique.last != diagnostic { unique.append(diagnostic) }
    return (script, unique)
  }
}
