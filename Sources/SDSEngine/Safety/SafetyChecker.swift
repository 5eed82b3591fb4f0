/// Checks the safety listener's rules against the conversation they belong to.
public enum SafetyChecker {
  /// Problems with `rules` given `script`: a reply that names no topic, or no rules at all.
  public static func check(_ rules: [SafetyRules], script: Script, folder: String) -> [Diagnostic] {
    var diagnostics: [Diagnostic] = []
    let topics = script.topics.map(\.id)
    for language in rules {
      for kind in language.kinds {
        guard let reply = kind.reply, !topics.contains(reply) else { continue }
        let hint = closest(reply, in: topics).map { " Did you mean \"\($0)\"?" } ?? ""
        diagnostics.append(Diagnostic(
          file: kind.location.file, line: kind.location.line, column: kind.location.column, severity: .error, code: "E-SAFETY-NO-TOPIC",
          message: "The kind \"\(kind.id)\" replies with the topic \"\(reply)\", but there is no such topic in the conversation.\(hint) Add it to Content/script/97-topics.txt, or name a topic that exists."))
      }
    }
    if rules.isEmpty || rules.allSatisfy({ $0.kinds.isEmpty }) {
      diagnostics.append(Diagnostic(
        file: folder, line: 1, column: 1, severity: .note, code: "N-SAFETY-NONE",
        message: "There are no safety rules, so harm a person describes in their answers will not be heard. Add them in a safety folder, like Content/safety/en.txt."))
    }
    return diagnostics
  }
}
