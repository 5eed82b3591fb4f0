import SDSEngine

extension PackLibrary {
  /// The translation's paragraphs, each carrying the entry's route versions that can be shown: a
  /// version is dropped when its condition could not be read, when it has another number of paragraphs
  /// than the translation, or when it uses a name that is neither in the English nor one of `people`
  /// (the `let` names and the questions' answers, like `{cared-name}`). `sds check` reports each of those.
  static func paragraphs(of entry: TranslatedText, for text: ScriptText, people: () -> Set<String>) -> [Template] {
    guard !entry.versions.isEmpty else { return entry.paragraphs }
    let english = Set(text.paragraphs.flatMap(\.names))
    let known = english.union(people())
    let usable: [(Condition, [Template])] = entry.versions.compactMap { version in
      guard let condition = version.condition, version.paragraphs.count == entry.paragraphs.count,
            version.paragraphs.allSatisfy({ $0.names.allSatisfy(known.contains) }) else { return nil }
      return (condition, version.paragraphs)
    }
    var paragraphs = entry.paragraphs
    for index in paragraphs.indices {
      paragraphs[index].versions = usable.map { Template.Version(condition: $0.0, parts: $0.1[index].parts) }
    }
    return paragraphs
  }

  /// The names a route version may use beyond its English text's: the words that speak about the
  /// person (`let` names) and the answers to questions (`{cared-name}`).
  static func personNames(_ script: Script) -> Set<String> {
    script.letNames.union(script.questions.keys)
  }
}

extension PackChecker {
  /// Checks a translation's route versions (`cy if who-for is carer:`) against the English text and the
  /// script: what the condition reads, how many lines, and which names.
  mutating func checkVersions(_ entry: TranslatedText, text: ScriptText, code: String) {
    guard !entry.versions.isEmpty else { return }
    let english = Set(text.paragraphs.flatMap(\.names))
    let people = PackLibrary.personNames(script)
    let questions = script.questions
    if [.term, .message, .topic, .value].contains(text.kind) {
      report(entry.versions[0].location, "E-TRANSLATION-VERSION", "A \(text.kind.rawValue) is the same on every route, so it cannot have versions. Write versions for the sentences that use it instead.")
      return
    }
    if !entry.isTranslated || entry.paragraphs.isEmpty {
      report(entry.versions[0].location, "E-TRANSLATION-VERSION", "Write the \(code): lines first. A version is only for some routes, so the \(code): lines are what everyone else sees.")
      return
    }
    for version in entry.versions {
      diagnostics += version.paragraphs.flatMap(\.braceProblems)
      if let condition = version.condition {
        for reference in condition.references {
          guard let question = questions[reference.question] else {
            // Pointed at the id as written (a condition's place is that of the value compared).
            let offset = version.written.range(of: reference.question).map { version.written.distance(from: version.written.startIndex, to: $0.lowerBound) } ?? 0
            let at = SourceLocation(file: version.location.file, line: version.location.line, column: version.location.column + offset)
            report(at, "E-TRANSLATION-VERSION", "There is no question \"\(reference.question)\" in the conversation, so this version is never shown. Use a question's id, like: \(code) if who-for is carer:")
            continue
          }
          guard let value = reference.value else { continue }
          let allowed: [String]
          switch question.kind {
          case .yesno: allowed = question.allowsNotSure ? ["yes", "no", "not-sure"] : ["yes", "no"]
          case .choice, .multi: allowed = script.choices(of: question).map(\.id)
          case .text, .list, .confirm: allowed = []
          }
          if !allowed.contains(value) {
            let can = allowed.isEmpty ? "only \"is answered\" works with it" : "it can be: \(allowed.joined(separator: ", "))"
            report(reference.location, "E-TRANSLATION-VERSION", "\"\(reference.question)\" cannot be \"\(value)\", so this version is never shown; \(can).")
          }
        }
        if !condition.flagReferences.isEmpty {
          report(version.location, "E-TRANSLATION-VERSION", "A version follows the route (the answers given), not flags. Use a question's answer, like: \(code) if who-for is carer:")
        }
      }
      if version.paragraphs.count != entry.paragraphs.count {
        report(version.paragraphs.first?.location ?? version.location, "E-TRANSLATION-VERSION",
               "This version has \(version.paragraphs.count) line\(version.paragraphs.count == 1 ? "" : "s") but the \(code): lines have \(entry.paragraphs.count), so it is not shown. Give it one line for each \(code): line.")
      }
      let names = version.paragraphs.flatMap(\.names)
      let at = version.paragraphs.first?.location ?? version.location
      for name in names where !english.contains(name) && !people.contains(name) {
        let list = english.isEmpty ? "none" : english.sorted().map { "{\($0)}" }.joined(separator: ", ")
        report(version.paragraphs.first { $0.names.contains(name) }?.location(ofName: name) ?? at, "E-TRANSLATION-NAME",
               "{\(name)} is not in the English, nor an answer or a word about the person, so this version is not shown. The English uses: \(list).")
      }
      for name in english.sorted() where !names.contains(name) && !people.contains(name) {
        report(at, "W-TRANSLATION-NAME-MISSING", "The English uses {\(name)} but this version does not. Check nothing is missing, like a phone number.", .warning)
      }
    }
  }
}
