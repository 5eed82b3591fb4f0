/// The path through the script that the current answers lead to, up to the first thing still to do.
struct Walk {
  /// One thing on the path.
  struct Step {
    enum Kind {
      case say(SayNode)
      case ask(QuestionRef)
      case check(CheckNode)
      case send
      case finish
    }
    var kind: Kind
    /// Unique on the path: the question instance for questions, the node index (and item) for others.
    var key: String
    var sectionIndex: Int
    /// The `for each` item id this step belongs to, if any.
    var item: String?
    /// Values for `{name}` at this point of the path.
    var names: [String: String]

    var isSay: Bool { if case .say = kind { true } else { false } }
    var question: QuestionNode? { if case .ask(let ref) = kind { ref.node } else { nil } }
    /// True for a question; quicker than `question != nil`, which copies the question.
    var isQuestion: Bool { if case .ask = kind { true } else { false } }
  }

  /// A question shared by every walk, so a step holds a reference rather than a copy: a walk makes a
  /// step for every question on the path, every turn.
  final class QuestionRef: Sendable {
    let node: QuestionNode
    init(_ node: QuestionNode) { self.node = node }
  }

  var steps: [Step] = []
  /// The index in `steps` of the first step still to do (always set: the end is a step too).
  var pending = 0
  /// Flags raised on the path, in order, without repeats.
  var flags: [String] = []
  /// Question instances on the path that have answers.
  var answered: Set<String> = []

  /// The path's keys of the say steps, to tell what is new after an answer changes.
  var sayKeys: Set<String> { Set(steps.filter(\.isSay).map(\.key)) }

  /// The index of the step with `key`.
  func index(of key: String) -> Int? { steps.firstIndex { $0.key == key } }
}

/// Computes walks for one script.
struct Walker {
  let script: Script
  /// Every question by id, worked out once: walks look questions up many times a turn.
  let questions: [String: QuestionNode]
  /// Every question, by its node index, shared by the steps of every walk.
  let questionRefs: [Int: Walk.QuestionRef]
  let sectionIndex: [String: Int]
  /// Questions that sit inside a `for each`, whose instances carry the item id.
  let loopQuestions: Set<String>
  let render: Renderer

  init(script: Script, render: Renderer) {
    self.script = script
    self.questions = script.questions
    var refs: [Int: Walk.QuestionRef] = [:]
    func collect(_ nodes: [Node]) {
      for node in nodes {
        switch node {
        case .ask(let question): refs[question.index] = Walk.QuestionRef(question)
        case .forEach(let loop): collect(loop.body)
        case .conditional(let block): collect(block.body)
        default: break
        }
      }
    }
    for section in script.sections { collect(section.nodes) }
    questionRefs = refs
    self.render = render
    var index: [String: Int] = [:]
    for (position, section) in script.sections.enumerated() where index[section.id] == nil { index[section.id] = position }
    sectionIndex = index
    var inLoop = Set<String>()
    func visit(_ nodes: [Node], inside: Bool) {
      for node in nodes {
        switch node {
        case .ask(let question): if inside { inLoop.insert(question.id) }
        case .forEach(let loop): visit(loop.body, inside: true)
        case .conditional(let block): visit(block.body, inside: inside)
        default: break
        }
      }
    }
    for section in script.sections { visit(section.nodes, inside: false) }
    loopQuestions = inLoop
  }

  /// The key of a step that is not a question: its kind and node index, like `say#12`. Made without
  /// string interpolation, which costs more than anything else in a walk.
  static func nodeKey(_ prefix: String, _ index: Int) -> String {
    var key = prefix
    key += String(index)
    return key
  }

  /// The instance key of question `id` at a point in a `for each` item (or outside any).
  func instance(_ id: String, item: String?) -> String {
    if let item, loopQuestions.contains(id) { return id + "." + item }
    return id
  }

  private enum Flow {
    case next
    case jump(Int)
    case stop
  }

  private struct Context {
    var sectionIndex: Int
    var item: String?
    var names: [String: String]
  }

  /// Walks the script with `state`'s answers.
  func walk(_ state: EngineState) -> Walk {
    var walk = Walk()
    var context = Context(sectionIndex: 0, item: nil, names: [:])
    var guardCount = 0
    while context.sectionIndex < script.sections.count, guardCount <= script.sections.count {
      guardCount += 1
      switch visit(script.sections[context.sectionIndex].nodes, &context, &walk, state) {
      case .next: context.sectionIndex += 1
      case .jump(let target):
        // Jumps only go forward (the checker makes sure); a backward one ends the walk rather than loop.
        if target <= context.sectionIndex { context.sectionIndex = script.sections.count } else { context.sectionIndex = target }
      case .stop: return walk
      }
    }
    walk.steps.append(Walk.Step(kind: .finish, key: "end", sectionIndex: max(0, script.sections.count - 1), item: nil, names: context.names))
    walk.pending = walk.steps.count - 1
    return walk
  }

  private func visit(_ nodes: [Node], _ context: inout Context, _ walk: inout Walk, _ state: EngineState) -> Flow {
    for node in nodes {
      if let condition = node.condition, !holds(condition, item: context.item, walk: walk, state: state) { continue }
      switch node {
      case .say(let say):
        let key = context.item.map { Self.nodeKey("say#", say.index) + "." + $0 } ?? Self.nodeKey("say#", say.index)
        walk.steps.append(Walk.Step(kind: .say(say), key: key, sectionIndex: context.sectionIndex, item: context.item, names: context.names))
      case .ask(let question):
        let key = instance(question.id, item: context.item)
        walk.steps.append(Walk.Step(kind: .ask(questionRefs[question.index] ?? Walk.QuestionRef(question)), key: key, sectionIndex: context.sectionIndex, item: context.item, names: context.names))
        if state.answers[key] == nil {
          walk.pending = walk.steps.count - 1
          return .stop
        }
        walk.answered.insert(key)
      case .setValue(let value):
        context.names[value.name] = value.value.render { lookup($0, names: context.names, walk: walk, state: state) }
      case .flag(let flag):
        if !walk.flags.contains(flag.name) { walk.flags.append(flag.name) }
      case .goTo(let jump):
        if let target = sectionIndex[jump.target] { return .jump(target) }
      case .checkAnswers(let check):
        let key = Self.nodeKey("check#", check.index)
        walk.steps.append(Walk.Step(kind: .check(check), key: key, sectionIndex: context.sectionIndex, item: context.item, names: context.names))
        if state.answers[key] == nil {
          walk.pending = walk.steps.count - 1
          return .stop
        }
      case .send(let send):
        walk.steps.append(Walk.Step(kind: .send, key: Self.nodeKey("send#", send.index), sectionIndex: context.sectionIndex, item: context.item, names: context.names))
        if state.reference == nil {
          walk.pending = walk.steps.count - 1
          return .stop
        }
      case .finish:
        walk.steps.append(Walk.Step(kind: .finish, key: "end", sectionIndex: context.sectionIndex, item: context.item, names: context.names))
        walk.pending = walk.steps.count - 1
        return .stop
      case .forEach(let loop):
        guard let question = questions[loop.question], case .choices(let ids)? = onPathAnswer(loop.question, item: nil, walk: walk, state: state) else { continue }
        let labels = Dictionary(script.choices(of: question).map { ($0.id, $0.label) }, uniquingKeysWith: { first, _ in first })
        let outer = context
        for id in ids {
          context.item = id
          context.names[loop.variable] = labels[id]?.render { lookup($0, names: outer.names, walk: walk, state: state) } ?? id
          let flow = visit(loop.body, &context, &walk, state)
          if case .next = flow { continue }
          return flow
        }
        context.item = outer.item
        context.names = outer.names
      case .conditional(let block):
        if holds(block.condition, item: context.item, walk: walk, state: state) {
          let flow = visit(block.body, &context, &walk, state)
          if case .next = flow { continue }
          return flow
        }
      }
    }
    return .next
  }

  /// The answer to question `id`, only when it is on the path walked so far.
  func onPathAnswer(_ id: String, item: String?, walk: Walk, state: EngineState) -> AnswerValue? {
    let key = instance(id, item: item)
    guard walk.answered.contains(key) else { return nil }
    return state.answers[key]
  }

  /// Whether `condition` holds for the answers on the path so far.
  func holds(_ condition: Condition, item: String?, walk: Walk, state: EngineState) -> Bool {
    switch condition {
    case .equals(let name, let value, _) where DraftDestination.conditions[name] != nil && questions[name] == nil:
      return state.destination?.value(of: name) == value
    case .equals(let question, let value, _):
      switch onPathAnswer(question, item: item, walk: walk, state: state) {
      case .yesNo(let answer)?: return answer.rawValue == value
      case .choice(let answer)?: return answer == value
      case .choices(let answers)?: return answers == [value]
      default: return false
      }
    case .includes(let question, let value, _):
      switch onPathAnswer(question, item: item, walk: walk, state: state) {
      case .choices(let answers)?: return answers.contains(value)
      case .choice(let answer)?: return answer == value
      default: return false
      }
    case .answered(let question, _):
      switch onPathAnswer(question, item: item, walk: walk, state: state) {
      case nil, .notProvided?: return false
      case .list(let items)?: return !items.isEmpty
      case .choices(let items)?: return !items.isEmpty
      default: return true
      }
    case .flagged(let name, _):
      // Raised by a flag item on the path, a topic, or the safety listener hearing harm in an answer.
      return walk.flags.contains(name) || (state.topicFlags ?? []).contains(name) || (state.disclosures ?? []).contains { $0.flag == name }
    case .not(let inner): return !holds(inner, item: item, walk: walk, state: state)
    case .all(let parts): return parts.allSatisfy { holds($0, item: item, walk: walk, state: state) }
    case .any(let parts): return parts.contains { holds($0, item: item, walk: walk, state: state) }
    }
  }

  /// Looks up `{name}`: `let` values and loop items, then answers on the path, then terms and built-ins.
  func lookup(_ name: String, names: [String: String], walk: Walk, state: EngineState) -> String? {
    if let value = names[name] { return value }
    if let question = questions[name], let answer = onPathAnswer(name, item: nil, walk: walk, state: state) {
      return render.display(answer, of: question)
    }
    return render.builtIn(name, state: state)
  }

  /// `template` with its `{names}` filled in as they stand at `step` of `walk`; empty when there is none.
  func text(_ template: Template?, at step: Walk.Step, in walk: Walk, _ state: EngineState) -> String {
    // A translation's whole-sentence version for this route, when it has one (`Template.chosen`).
    template?.chosen { holds($0, item: step.item, walk: walk, state: state) }.render { lookup($0, names: step.names, walk: walk, state: state) } ?? ""
  }
}
