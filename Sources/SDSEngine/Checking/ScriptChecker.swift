/// Finds the problems in a parsed script that the parser cannot see: broken links, unreachable items,
/// unknown names, duplicates and missing text.
public struct ScriptChecker {
  private let script: Script
  private var diagnostics: [Diagnostic] = []
  private let questions: [String: QuestionNode]
  private let sectionIndex: [String: Int]
  /// Every flag a `flag` item or a topic can raise.
  private let flagNames: Set<String>
  /// Question ids used twice, with the place of the `E-DUPLICATE-ID` error reported for each.
  private var duplicatedQuestions: [String: Int] = [:]
  /// Unknown `{names}` that are most likely the old id of a duplicated question, by that question's id:
  /// they are folded into its error rather than reported one by one.
  private var foldedNames: [String: Set<String>] = [:]

  /// Checks `script` and returns every problem found, in file order.
  public static func check(_ script: Script) -> [Diagnostic] {
    var checker = ScriptChecker(script: script)
    checker.run()
    return checker.diagnostics.sorted { ($0.file, $0.line, $0.column) < ($1.file, $1.line, $1.column) }
  }

  /// An error for each `store:` name that is not in `known` (the draft's fields, which the hand-off
  /// gives) but is a slip away from one of them, so the answer would silently miss that field. A name
  /// far from every field is the conversation's own (like `person.interpreter`): the draft keeps it in
  /// its list of answers. Inside `for each`, `*` stands for the choice's id, so `outcomes.*.working`
  /// is matched as written.
  public static func checkStoreNames(_ script: Script, known: Set<String>) -> [Diagnostic] {
    var problems: [Diagnostic] = []
    func visit(_ nodes: [Node]) {
      for node in nodes {
        switch node {
        case .ask(let question):
          guard let store = question.store, let at = question.storeLocation, !store.isEmpty, !store.contains(" "), !known.contains(store),
                let near = closest(store, in: Array(known)) else { continue }
          problems.append(Diagnostic(file: at.file, line: at.line, column: at.column, severity: .error, code: "E-STORE-UNKNOWN",
            message: "The draft has no field called \(store), so this answer would not reach the key worker's form. Did you mean \(near)? For an answer of your own, give it a name far from the draft's fields."))
        case .forEach(let loop): visit(loop.body)
        case .conditional(let block): visit(block.body)
        default: break
        }
      }
    }
    for section in script.sections { visit(section.nodes) }
    return problems
  }

  private init(script: Script) {
    self.script = script
    questions = script.questions
    var index: [String: Int] = [:]
    for (position, section) in script.sections.enumerated() where index[section.id] == nil { index[section.id] = position }
    sectionIndex = index
    var flags = Set(script.topics.compactMap(\.flag))
    func collect(_ nodes: [Node]) {
      for node in nodes {
        switch node {
        case .flag(let flag): flags.insert(flag.name)
        case .forEach(let loop): collect(loop.body)
        case .conditional(let block): collect(block.body)
        default: break
        }
      }
    }
    for section in script.sections { collect(section.nodes) }
    flagNames = flags
  }

  private mutating func report(_ location: SourceLocation, _ code: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
    diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: severity, code: code, message: message))
  }

  private mutating func run() {
    checkDuplicateIDs()
    checkTextIDs()
    checkRequiredText()
    checkFlow()
    diagnostics += CarerRouteWording.check(script)
    var known = Set(script.terms.keys).union(RequiredText.builtInNames).union(questions.keys)
    var seen: [String] = []
    for (position, section) in script.sections.enumerated() {
      if let title = section.title { checkNames(title, known: known) }
      checkNodes(section.nodes, sectionPosition: position, known: &known, asked: &seen, loopVariable: nil)
    }
    checkLetsAndMessages()
    foldIntoDuplicates()
  }

  /// Adds the names that follow from a duplicated question id to its error, so one mistake gives one
  /// error: a question given another's id leaves every `{old-id}` unknown.
  private mutating func foldIntoDuplicates() {
    for (id, names) in foldedNames {
      guard let index = duplicatedQuestions[id] else { continue }
      let before = names.sorted().map { "\"\($0)\"" }.joined(separator: " or ")
      diagnostics[index].message += " Other lines still use \(before), which no question has now: if this question was \(before) before, give it that id back."
    }
  }

  // MARK: Duplicates

  private mutating func checkDuplicateIDs() {
    var sections: [String: SourceLocation] = [:]
    for section in script.sections {
      if let first = sections[section.id] {
        report(section.location, "E-DUPLICATE-ID", "There is already a section \"\(section.id)\" at \(first.file):\(first.line). Give this one another id.")
      } else {
        sections[section.id] = section.location
      }
    }
    var asked: [String: SourceLocation] = [:]
    var said: [String: SourceLocation] = [:]
    func visit(_ nodes: [Node], _ checker: inout ScriptChecker) {
      for node in nodes {
        switch node {
        case .ask(let question):
          if let first = asked[question.id] {
            checker.duplicatedQuestions[question.id] = checker.diagnostics.count
            checker.report(question.location, "E-DUPLICATE-ID", "There is already a question \"\(question.id)\" at \(first.file):\(first.line). Give this one another id.")
          } else {
            asked[question.id] = question.location
          }
        case .say(let say):
          if let id = say.id {
            if let first = said[id] {
              checker.report(say.location, "E-DUPLICATE-ID", "There is already a say \"\(id)\" at \(first.file):\(first.line). Give this one another id.")
            } else {
              said[id] = say.location
            }
          }
        case .forEach(let loop): visit(loop.body, &checker)
        case .conditional(let block): visit(block.body, &checker)
        default: break
        }
      }
    }
    for section in script.sections { visit(section.nodes, &self) }
  }

  /// Every text a person sees needs an id, so packs can change it and translators can translate it.
  private mutating func checkTextIDs() {
    func visit(_ nodes: [Node], checkSeen: inout Bool, _ checker: inout ScriptChecker) {
      for node in nodes {
        switch node {
        case .say(let say) where say.id == nil:
          checker.report(say.location, "W-NO-TEXT-ID", "This say has no id, so a pack cannot change it and it cannot be translated. Give it one, like: say welcome-hello", .warning)
        case .checkAnswers(let check):
          if checkSeen {
            checker.report(check.location, "W-NO-TEXT-ID", "This is the second check answers in this section, so its prompt cannot be changed or translated. Put it in a section of its own.", .warning)
          }
          checkSeen = true
        case .forEach(let loop): visit(loop.body, checkSeen: &checkSeen, &checker)
        case .conditional(let block): visit(block.body, checkSeen: &checkSeen, &checker)
        default: break
        }
      }
    }
    for section in script.sections {
      var checkSeen = false
      visit(section.nodes, checkSeen: &checkSeen, &self)
    }
  }

  private mutating func checkRequiredText() {
    let anywhere = script.sections.first?.location ?? SourceLocation(file: "Content", line: 1, column: 1)
    for id in RequiredText.messages.keys.sorted() where script.messages[id] == nil {
      report(anywhere, "E-MISSING-MESSAGE", "The message \"\(id)\" is missing. Add a message \(id) item with its text.")
    }
    for word in RequiredText.words where script.words[word] == nil {
      report(script.wordLocations.values.first ?? anywhere, "E-MISSING-WORDS", "The words block has no \"\(word)\" line. Add one, like \(word): ...")
    }
  }

  // MARK: Flow

  private mutating func checkFlow() {
    var reachable = Set<Int>([0])
    for (position, section) in script.sections.enumerated() {
      let (fallsThrough, targets) = flow(section.nodes, sectionPosition: position)
      if reachable.contains(position) {
        if fallsThrough { reachable.insert(position + 1) }
        reachable.formUnion(targets)
      }
    }
    for (position, section) in script.sections.enumerated() where !reachable.contains(position) {
      report(section.location, "E-UNREACHABLE", "Nothing leads to section \"\(section.id)\": the section before it always jumps or finishes, and no go to names it.")
    }
  }

  /// Whether the end of `nodes` can be reached, and the sections it can jump to. Reports bad jumps and unreachable items.
  private mutating func flow(_ nodes: [Node], sectionPosition: Int) -> (fallsThrough: Bool, targets: Set<Int>) {
    var targets = Set<Int>()
    var ended = false
    for node in nodes {
      if ended {
        report(node.location, "E-UNREACHABLE", "This can never be reached: the item before it always jumps or finishes.")
        break
      }
      switch node {
      case .goTo(let jump):
        if let target = sectionIndex[jump.target] {
          if jump.condition == nil { ended = true }
          if target <= sectionPosition {
            report(jump.targetLocation, "E-LOOP", "This jumps back to \"\(jump.target)\", which comes earlier, so the conversation could go round for ever. Jump only to a later section.")
          } else {
            targets.insert(target)
          }
        } else {
          let hint = closest(jump.target, in: Array(sectionIndex.keys)).map { " Did you mean \"\($0)\"?" } ?? ""
          report(jump.targetLocation, "E-UNKNOWN-SECTION", "There is no section called \"\(jump.target)\".\(hint)")
        }
      case .finish(let finish):
        if finish.condition == nil { ended = true }
      case .forEach(let loop):
        let inner = flow(loop.body, sectionPosition: sectionPosition)
        targets.formUnion(inner.targets)
      case .conditional(let block):
        let inner = flow(block.body, sectionPosition: sectionPosition)
        targets.formUnion(inner.targets)
      default:
        break
      }
    }
    return (!ended, targets)
  }

  // MARK: Items

  private mutating func checkNodes(_ nodes: [Node], sectionPosition: Int, known: inout Set<String>, asked: inout [String], loopVariable: String?) {
    for node in nodes {
      if let condition = node.condition { checkCondition(condition, asked: asked) }
      switch node {
      case .say(let say):
        for paragraph in say.paragraphs { checkNames(paragraph, known: known) }
        if let topic = say.topic, let location = say.topicLocation, !script.topics.contains(where: { $0.id == topic }) {
          let near = closest(topic, in: script.topics.map(\.id)).map { " Did you mean \"\($0)\"?" } ?? ""
          report(location, "E-UNKNOWN-TOPIC", "There is no topic called \"\(topic)\".\(near)")
        }
      case .ask(let question):
        checkQuestion(question, known: known, loopVariable: loopVariable)
        asked.append(question.id)
      case .setValue(let value):
        checkNames(value.value, known: known)
        known.insert(value.name)
      case .checkAnswers(let check):
        if let prompt = check.prompt { checkNames(prompt, known: known) }
      case .forEach(let loop):
        if loopVariable != nil {
          report(loop.location, "E-NESTED-LOOP", "A for each cannot be inside another for each. Move it out.")
        }
        if let question = questions[loop.question] {
          if question.kind != .multi {
            report(loop.questionLocation, "E-FOR-EACH-KIND", "for each needs a multi question, and \"\(loop.question)\" is \(question.kind.rawValue).")
          } else if !asked.contains(loop.question) {
            report(loop.questionLocation, "E-LATER-QUESTION", "\"\(loop.question)\" is asked after this point, so it has no answer here yet.")
          }
        } else {
          unknownQuestion(loop.question, at: loop.questionLocation)
        }
        var inner = known
        inner.insert(loop.variable)
        checkNodes(loop.body, sectionPosition: sectionPosition, known: &inner, asked: &asked, loopVariable: loop.variable)
      case .conditional(let block):
        checkCondition(block.condition, asked: asked)
        var inner = known
        checkNodes(block.body, sectionPosition: sectionPosition, known: &inner, asked: &asked, loopVariable: loopVariable)
        known.formUnion(inner)
      default:
        break
      }
    }
  }

  private mutating func checkQuestion(_ question: QuestionNode, known: Set<String>, loopVariable: String?) {
    for template in [question.prompt, question.hint, question.help, question.why, question.label, question.addAnother, question.reAsk].compactMap({ $0 }) {
      checkNames(template, known: known)
    }
    if question.help == nil {
      report(question.location, "W-NO-HELP", "Question \"\(question.id)\" has no help: text. Add one so people who are stuck know what to do.", .warning)
    }
    if let store = question.store, let location = question.storeLocation {
      if store.contains("*"), loopVariable == nil {
        report(location, "E-STORE", "A * in store: only works inside for each, where it stands for the choice's id.")
      }
      if store.isEmpty || store.contains(" ") {
        report(location, "E-STORE", "A store: name has no spaces, like person.preferredName.")
      }
    }
    let isChoiceKind = question.kind == .choice || question.kind == .multi
    if let list = question.choiceList, let location = question.choiceListLocation {
      if script.choiceLists[list] == nil {
        let near = closest(list, in: Array(script.choiceLists.keys)).map { " Did you mean \"\($0)\"?" } ?? ""
        report(location, "E-UNKNOWN-LIST", "There is no list of choices called \"\(list)\".\(near)")
      }
      if !question.choices.isEmpty {
        report(location, "E-SYNTAX", "Use either choices: or choice lines, not both.")
      }
    }
    let choices = script.choices(of: question)
    if isChoiceKind, choices.isEmpty, question.choiceList == nil {
      report(question.location, "E-NO-CHOICES", "Question \"\(question.id)\" is \(question.kind.rawValue) but has no choices. Add choice lines, or choices: with a list.")
    }
    if !isChoiceKind, !question.choices.isEmpty {
      report(question.choices[0].location, "E-SYNTAX", "Only choice and multi questions have choices; \"\(question.id)\" is \(question.kind.rawValue).")
    }
    var ids: [String: SourceLocation] = [:]
    var labels: [String: SourceLocation] = [:]
    for choice in question.choices {
      checkNames(choice.label, known: known)
      if ids[choice.id] != nil {
        report(choice.location, "E-DUPLICATE-ID", "Question \"\(question.id)\" already has a choice \"\(choice.id)\".")
      }
      ids[choice.id] = choice.location
      let words = Understanding.normalise(choice.label.render { "{\($0)}" })
      if let first = labels[words] {
        report(choice.label.location, "E-DUPLICATE-LABEL", "Two choices have the same words (the other is on line \(first.line)). People could not tell them apart.")
      }
      labels[words] = choice.label.location
    }
  }

  // MARK: Conditions and names

  private mutating func checkCondition(_ condition: Condition, asked: [String]) {
    for reference in condition.flagReferences where !flagNames.contains(reference.name) {
      let near = closest(reference.name, in: Array(flagNames)).map { " Did you mean \"\($0)\"?" } ?? ""
      report(reference.location, "E-UNKNOWN-FLAG", "No flag item or topic raises a flag called \"\(reference.name)\".\(near)")
    }
    for reference in condition.references {
      if let allowed = DraftDestination.conditions[reference.question], questions[reference.question] == nil {
        if let value = reference.value, !allowed.contains(value) {
          report(reference.location, "E-UNKNOWN-VALUE", "\"\(reference.question)\" cannot be \"\(value)\". It can be: \(allowed.joined(separator: ", ")).")
        } else if reference.value == nil {
          report(reference.location, "E-CONDITION", "\"\(reference.question)\" is known only once the draft is handed over, so write: \(reference.question) is \(allowed[0]) (or \(allowed.dropFirst().joined(separator: ", "))).")
        }
        continue
      }
      guard let question = questions[reference.question] else {
        unknownQuestion(reference.question, at: reference.location)
        continue
      }
      if !asked.contains(reference.question) {
        report(reference.location, "E-LATER-QUESTION", "\"\(reference.question)\" is asked after this point, so it has no answer here yet.")
        continue
      }
      // Which of two questions with one id is meant is not known: the duplicate's error says it all.
      guard let value = reference.value, duplicatedQuestions[reference.question] == nil else { continue }
      let allowed: [String]
      switch question.kind {
      case .yesno: allowed = question.allowsNotSure ? ["yes", "no", "not-sure"] : ["yes", "no"]
      case .choice, .multi: allowed = script.choices(of: question).map(\.id)
      case .text, .list, .confirm:
        report(reference.location, "E-CONDITION", "\"\(reference.question)\" is a \(question.kind.rawValue) question, so only \"is answered\" works with it.")
        continue
      }
      if !allowed.contains(value) {
        report(reference.location, "E-UNKNOWN-VALUE", "\"\(reference.question)\" cannot be \"\(value)\". It can be: \(allowed.joined(separator: ", ")).")
      }
    }
  }

  private mutating func checkNames(_ template: Template, known: Set<String>, extra: Set<String> = []) {
    // A name that is a rejected id has its one error (E-BAD-ID) where the id is written.
    for name in template.names where !known.contains(name) && !extra.contains(name) && !script.rejectedIDs.contains(name) {
      let nearest = closest(name, in: Array(known))
      if let nearest, duplicatedQuestions[nearest] != nil {
        // Never suggest a duplicated id: which of the two it means is not known, and it is most
        // likely the id this question had before.
        foldedNames[nearest, default: []].insert(name)
        continue
      }
      let near = nearest.map { " Did you mean {\($0)}?" } ?? ""
      report(template.location(ofName: name), "E-UNKNOWN-NAME", "{\(name)} is not a term, a let value or a question id.\(near)")
    }
    diagnostics += template.braceProblems
  }

  private mutating func checkLetsAndMessages() {
    let known = Set(script.terms.keys).union(RequiredText.builtInNames)
    for (id, paragraphs) in script.messages {
      let extra = RequiredText.messages[id] ?? []
      for paragraph in paragraphs { checkNames(paragraph, known: known, extra: extra) }
    }
    for topic in script.topics {
      for paragraph in topic.paragraphs { checkNames(paragraph, known: known) }
    }
    for (_, list) in script.choiceLists {
      for choice in list { checkNames(choice.label, known: known) }
    }
  }

  /// Reports a question id no question has, with the nearest one; or, when the nearest is a duplicated
  /// id, folds it into that id's error, as the duplicate most likely had this id before.
  private mutating func unknownQuestion(_ id: String, at location: SourceLocation) {
    guard !script.rejectedIDs.contains(id) else { return }
    let nearest = closest(id, in: Array(questions.keys))
    if let nearest, duplicatedQuestions[nearest] != nil {
      foldedNames[nearest, default: []].insert(id)
      return
    }
    report(location, "E-UNKNOWN-QUESTION", "There is no question called \"\(id)\".\(nearest.map { " Did you mean \"\($0)\"?" } ?? "")")
  }
}

/// The candidate nearest to `word` by edit distance, when it is close enough to be a likely typo.
public func closest(_ word: String, in candidates: [String]) -> String? {
  var best: (String, Int)?
  for candidate in candidates.sorted() {
    let distance = editDistance(word, candidate)
    if distance <= max(1, word.count / 4), distance < (best?.1 ?? Int.max) { best = (candidate, distance) }
  }
  return best?.0
}

/// The number of single-character edits that turn `a` into `b`; swapping two letters next to each other
/// counts as one edit, as it is one slip of the fingers (`hlep` for `help`).
func editDistance(_ a: String, _ b: String) -> Int {
  let a = Array(a), b = Array(b)
  if a.isEmpty { return b.count }
  if b.isEmpty { return a.count }
  var beforePrevious = Array(repeating: 0, count: b.count + 1)
  var previous = Array(0...b.count)
  for i in 1...a.count {
    var current = [i] + Array(repeating: 0, count: b.count)
    for j in 1...b.count {
      current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
      if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { current[j] = min(current[j], beforePrevious[j - 2] + 1) }
    }
    beforePrevious = previous
    previous = current
  }
  return previous[b.count]
}
