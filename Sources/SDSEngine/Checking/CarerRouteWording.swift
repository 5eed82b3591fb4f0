/// Finds text shown both to a person planning for themself and to a carer that says "you" or "your"
/// about the person's own care: on the carer route "you" is the carer, so "your budget" there talks
/// about the wrong person. Such text must use `{your}` and `{you}`, which name the person helped.
///
/// Text shown only on the carer route (its condition needs `who-for is carer`) is left alone: there
/// "you" means the carer by design ("a talk about what would help you, as a carer").
enum CarerRouteWording {
  /// The question that picks the route, and its choice for a carer.
  static let routeQuestion = "who-for"
  static let carerChoice = "carer"

  /// Words after "your" that are about the person's care, money or life, not the carer's.
  static let personWords: Set<String> = [
    "budget", "personal", "individual", "money", "support", "care", "plan", "needs", "home", "savings", "income", "outcomes",
    "option", "options", "life", "helpers", "carer",
  ]

  /// `W-CARER-YOU` warnings for `script`, with its terms filled in (so a pack's `{paying}` is checked too).
  static func check(_ script: Script) -> [Diagnostic] {
    guard let question = script.questions[routeQuestion], script.choices(of: question).contains(where: { $0.id == carerChoice }) else { return [] }
    var found: [Diagnostic] = []

    func expand(_ template: Template, depth: Int = 0) -> String {
      // A name that is not a term ({your}, {cared-name}) names the person helped: it is never "your".
      template.render { name in
        guard depth < 4, let value = script.terms[name] else { return "someone" }
        return expand(Template(value, at: template.location), depth: depth + 1)
      }
    }

    // Text before the route question is read by everyone before anyone knows the route: "you" there
    // is whoever reads it.
    var routeAsked = false
    func look(_ template: Template?, _ owner: String, shared: Bool) {
      guard shared, routeAsked, let template else { return }
      let words = Readability.words(in: expand(template)).map { $0.lowercased().filter { $0.isLetter } }
      for (index, word) in words.enumerated() where word == "your" && index + 1 < words.count {
        let next = words[index + 1]
        guard personWords.contains(next) else { continue }
        found.append(Diagnostic(file: template.location.file, line: template.location.line, column: template.location.column, severity: .warning,
          code: "W-CARER-YOU",
          message: "\"your \(next)\" is shown on the carer route too, where \"your\" means the carer, not the person helped (\(owner)). Write {your} \(next), or say it about people in general."))
        return
      }
    }

    func visit(_ nodes: [Node], _ conditions: [Condition]) {
      for node in nodes {
        let all = conditions + (node.condition.map { [$0] } ?? [])
        let shared = holds(all, carer: true) != false && holds(all, carer: false) != false
        switch node {
        case .say(let say):
          for paragraph in say.paragraphs { look(paragraph, "say " + (say.id ?? "at line \(say.location.line)"), shared: shared) }
        case .ask(let ask):
          let owner = "ask " + ask.id
          for part in [ask.prompt, ask.hint, ask.help, ask.why, ask.reAsk, ask.addAnother] { look(part, owner, shared: shared) }
          for choice in script.choices(of: ask) { look(choice.label, owner + " choice " + choice.id, shared: shared) }
          if ask.id == routeQuestion { routeAsked = true }
        case .forEach(let loop): visit(loop.body, all)
        case .conditional(let block): visit(block.body, conditions + [block.condition])
        default: break
        }
      }
    }
    // Which sections each route can reach: by carrying on from the section before (unless it ends with
    // finish), or by a go to whose condition allows that route. The learn route, reached only by a
    // go to for people finding out, is not on the carer route.
    var reach: [String: (carer: Bool, other: Bool)] = [:]
    var carry = (carer: true, other: true)
    for section in script.sections {
      let entered = reach[section.id] ?? (false, false)
      let now = (carer: carry.carer || entered.carer, other: carry.other || entered.other)
      reach[section.id] = now
      carry = now
      func jumps(_ nodes: [Node], _ conditions: [Condition]) {
        for node in nodes {
          let all = conditions + (node.condition.map { [$0] } ?? [])
          switch node {
          case .goTo(let jump):
            let old = reach[jump.target] ?? (false, false)
            reach[jump.target] = (old.carer || (now.carer && holds(all, carer: true) != false), old.other || (now.other && holds(all, carer: false) != false))
            if node.condition == nil, conditions.isEmpty { carry = (false, false) }
          case .finish where node.condition == nil && conditions.isEmpty: carry = (false, false)
          case .conditional(let block): jumps(block.body, conditions + [block.condition])
          default: break
          }
        }
      }
      jumps(section.nodes, [])
    }
    for section in script.sections where reach[section.id]?.carer == true && reach[section.id]?.other == true { visit(section.nodes, []) }
    return found
  }

  /// Whether every condition holds with the route question answered `carer` (or something else),
  /// every other answer unknown: true, false, or nil when it depends on other answers.
  static func holds(_ conditions: [Condition], carer: Bool) -> Bool? {
    var result: Bool? = true
    for condition in conditions {
      switch evaluate(condition, carer: carer) {
      case false?: return false
      case nil: result = nil
      case true?: break
      }
    }
    return result
  }

  private static func evaluate(_ condition: Condition, carer: Bool) -> Bool? {
    switch condition {
    case .equals(let question, let value, _), .includes(let question, let value, _):
      guard question == routeQuestion else { return nil }
      return carer ? value == carerChoice : (value == carerChoice ? false : nil)
    case .answered(let question, _): return question == routeQuestion ? true : nil
    case .flagged: return nil
    case .not(let inner): return evaluate(inner, carer: carer).map { !$0 }
    case .all(let parts):
      let values = parts.map { evaluate($0, carer: carer) }
      if values.contains(false) { return false }
      return values.allSatisfy { $0 == true } ? true : nil
    case .any(let parts):
      let values = parts.map { evaluate($0, carer: carer) }
      if values.contains(true) { return true }
      return values.allSatisfy { $0 == false } ? false : nil
    }
  }
}
