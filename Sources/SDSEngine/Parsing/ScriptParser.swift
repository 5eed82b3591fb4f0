/// Turns content files into a `Script`, collecting every problem instead of stopping at the first.
public struct ScriptParser {
  /// An item line and the indented lines under it.
  private struct Item {
    var head: SourceLine
    var body: [SourceLine]
  }

  /// One property line (`key: value`, or a bare word like `optional`) after continuation lines are joined.
  private struct Property {
    var key: String
    var value: String
    var line: SourceLine
    /// Where the value starts.
    var valueLocation: SourceLocation
  }

  /// An open `for each` or `if` block.
  private enum Block {
    case forEach(ForEachNode)
    case conditional(IfNode)
    var location: SourceLocation {
      switch self {
      case .forEach(let node): node.location
      case .conditional(let node): node.location
      }
    }
  }

  private var script = Script()
  private var diagnostics: [Diagnostic] = []
  private var nextIndex = 0
  private var blocks: [(block: Block, nodes: [Node])] = []
  private var sectionOpen = false

  /// Parses `files` in the order given. The script is usable only when no diagnostic is an error.
  public static func parse(_ files: [SourceFile]) -> (script: Script, diagnostics: [Diagnostic]) {
    var parser = ScriptParser()
    for file in files { parser.parseFile(file) }
    if parser.script.sections.isEmpty, let first = files.first {
      parser.report(SourceLocation(file: first.path, line: 1, column: 1), "E-NO-SECTIONS", "There is no section, so there is no conversation. Start one with: section welcome")
    }
    return (parser.script, parser.diagnostics)
  }

  private mutating func report(_ location: SourceLocation, _ code: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
    diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: severity, code: code, message: message))
  }

  private mutating func takeIndex() -> Int {
    nextIndex += 1
    return nextIndex
  }

  // MARK: Files and items

  private mutating func parseFile(_ file: SourceFile) {
    var items: [Item] = []
    for line in SourceLine.lines(of: file) {
      if let tab = line.tabProblem { diagnostics.append(tab) }
      if line.indent == 0 || items.isEmpty {
        if line.indent > 0 {
          report(line.location(), "E-INDENT", "This line is indented, but there is no item above it. Remove the spaces at the start, or put it under an item.")
          continue
        }
        items.append(Item(head: line, body: []))
      } else {
        items[items.count - 1].body.append(line)
      }
    }
    for item in items { parseItem(item) }
    closeOpenBlocks(atEndOf: file.path)
  }

  private mutating func closeOpenBlocks(atEndOf file: String) {
    while let open = blocks.popLast() {
      report(open.block.location, "E-UNCLOSED-BLOCK", "This block has no \"end\". Add a line with just end after its last item.")
      _ = open
    }
  }

  private mutating func parseItem(_ item: Item) {
    let words = item.head.text.split(byASCII: " ")
    guard let keyword = words.first else { return }
    switch keyword {
    case "section": parseSection(item, words)
    case "say": parseSay(item, words)
    case "ask": parseAsk(item, words)
    case "let": parseLet(item)
    case "flag": parseFlag(item, words)
    case "go": parseGoTo(item, words)
    case "finish": parseSimple(item, words) { index, condition, location in .finish(FinishNode(index: index, condition: condition, location: location)) }
    case "send": parseSimple(item, words) { index, condition, location in .send(SendNode(index: index, condition: condition, location: location)) }
    case "check": parseCheck(item, words)
    case "for": parseForEach(item, words)
    case "if": parseIf(item)
    case "end": parseEnd(item, words)
    case "terms": parseTerms(item, words)
    case "words": parseWords(item, words)
    case "message": parseMessage(item, words)
    case "topic": parseTopic(item, words)
    case "choices": parseChoiceList(item, words)
    default:
      report(item.head.location(), "E-UNKNOWN-ITEM", "\"\(keyword)\" is not something I know. Items start with say, ask, section, let, flag, go to, if, for each, end, check answers, send, finish, terms, words, message, topic or choices.")
    }
  }

  /// Joins continuation lines and splits each line into a key and a value. A deeper line that looks
  /// like a slip (one space more, or a property of its own) is reported and read as a line of its own.
  private mutating func properties(of item: Item, keys: Set<String>, bare: Set<String> = []) -> (properties: [Property], text: [SourceLine]) {
    var result: [Property] = []
    var text: [SourceLine] = []
    var last: SourceLine?
    var lastWasProperty = false
    let isKey = { (key: String) in keys.contains(key) || bare.contains(key) || (keys.contains("choice") && key.hasPrefix("choice ")) }
    for line in item.body {
      // A line with a tab has its own error (E-TAB), which says all there is to say about its indent.
      if let last, line.indent > last.indent, !line.hasTab, let problem = Diagnostic.indentSlip(file: line.file, line: line.number, column: line.location().column, text: line.text, indent: line.indent, previousIndent: last.indent, isKey: isKey) {
        diagnostics.append(problem)
      } else if let last, line.indent > last.indent {
        // A deeper line carries on the line above.
        if lastWasProperty {
          result[result.count - 1].value += " " + line.text
        } else if !text.isEmpty {
          text[text.count - 1].text += " " + line.text
        }
        continue
      }
      last = line
      if bare.contains(line.text) {
        result.append(Property(key: line.text, value: "", line: line, valueLocation: line.location()))
        lastWasProperty = true
        continue
      }
      if case let colon = line.text.firstIndex(ofASCII: ":"), colon < line.text.endIndex {
        let key = line.text[..<colon].trimmingSpaces()
        let keyMatches = keys.contains(key) || (key.hasPrefix("choice ") && keys.contains("choice") && key.split(byASCII: " ").count == 2)
        if keyMatches {
          var valueStart = line.text.index(after: colon)
          while valueStart < line.text.endIndex, line.text[valueStart] == " " { valueStart = line.text.index(after: valueStart) }
          let value = String(line.text[valueStart...])
          result.append(Property(key: key, value: value, line: line, valueLocation: line.location(of: line.text[valueStart...])))
          lastWasProperty = true
          continue
        }
      }
      text.append(line)
      lastWasProperty = false
    }
    return (result, text)
  }

  private mutating func parseCondition(_ property: Property) -> Condition? {
    switch ConditionParser.parse(property.value, at: property.valueLocation) {
    case .success(let condition): return condition
    case .failure(let diagnostic): diagnostics.append(diagnostic); return nil
    }
  }

  /// Text lines as paragraphs; lines that start with "- " stay together as a list, one item a line.
  public static func paragraphs(_ lines: [SourceLine]) -> [Template] {
    var result: [Template] = []
    // The paragraph being gathered: its text, where it starts, and whether it is a list so far.
    var pending: (text: String, location: SourceLocation, isList: Bool)?
    for line in lines {
      let isListItem = line.text.hasPrefix("- ")
      if isListItem, pending?.isList == true {
        pending?.text += "\n" + line.text
        continue
      }
      if let done = pending { result.append(Template(done.text, at: done.location)) }
      pending = (line.text, line.location(), isListItem)
    }
    if let done = pending { result.append(Template(done.text, at: done.location)) }
    return result
  }

  private static let conditionKeys: Set<String> = ["if", "show if"]

  /// Appends a node to the innermost open block, or to the current section.
  private mutating func append(_ node: Node) {
    if !blocks.isEmpty {
      blocks[blocks.count - 1].nodes.append(node)
    } else if sectionOpen {
      script.sections[script.sections.count - 1].nodes.append(node)
    } else {
      report(node.location, "E-OUTSIDE-SECTION", "This item is not inside a section. Put a section line above it, for example: section welcome")
    }
  }

  private mutating func requireID(_ words: [Substring], at position: Int, item: Item, what: String) -> String? {
    guard position < words.count else {
      report(item.head.location(offset: item.head.text.count), "E-MISSING-ID", "\(what) needs an id after it, for example: \(what) my-id")
      return nil
    }
    let id = words[position]
    guard isValidID(id) else {
      report(item.head.location(of: id), "E-BAD-ID", "\"\(id)\" cannot be an id. Use small letters, numbers and dashes, like good-day.")
      script.rejectedIDs.insert(String(id))
      return nil
    }
    return String(id)
  }

  /// " Did you mean \"help:\"?" when `line` starts with a key close to one of `keys` (or a bare word
  /// close to one of `bare`); else "".
  private func didYouMean(_ line: SourceLine, keys: Set<String>, bare: Set<String> = []) -> String {
    let colon = line.text.firstIndex(ofASCII: ":")
    if colon < line.text.endIndex {
      let key = line.text[..<colon].trimmingSpaces()
      if key.hasPrefix("choice"), keys.contains("choice") { return "" }
      return closest(key, in: Array(keys)).map { " Did you mean \"\($0):\"?" } ?? ""
    }
    return closest(line.text, in: Array(bare)).map { " Did you mean \"\($0)\"?" } ?? ""
  }

  // MARK: Conversation items

  private mutating func parseSection(_ item: Item, _ words: [Substring]) {
    if let open = blocks.last {
      report(open.block.location, "E-UNCLOSED-BLOCK", "This block has no \"end\" before the next section. Add a line with just end.")
      blocks.removeAll()
    }
    guard let id = requireID(words, at: 1, item: item, what: "section") else { return }
    let (properties, text) = properties(of: item, keys: ["title"])
    for line in text { report(line.location(), "E-UNKNOWN-PROPERTY", "A section line can only have a title under it, like: title: About you.\(didYouMean(line, keys: ["title"]))") }
    let title = properties.first { $0.key == "title" }.map { Template($0.value, at: $0.valueLocation) }
    script.sections.append(Script.Section(id: id, title: title, nodes: [], location: item.head.location(of: words[1])))
    sectionOpen = true
  }

  private mutating func parseSay(_ item: Item, _ words: [Substring]) {
    var id: String?
    if words.count > 1 { id = requireID(words, at: 1, item: item, what: "say") }
    let (properties, text) = properties(of: item, keys: Self.conditionKeys.union(["topic"]))
    var condition: Condition?
    var topic: Property?
    for property in properties {
      if property.key == "topic" { topic = property } else { condition = parseCondition(property) }
    }
    if let topic {
      if !text.isEmpty {
        report(text[0].location(), "E-SYNTAX", "This say shows the topic \"\(topic.value)\", so it cannot have text of its own too. Move the text to another say.")
      }
      if !isValidID(topic.value) {
        report(topic.valueLocation, "E-BAD-ID", "\"\(topic.value)\" cannot be a topic id. Use small letters, numbers and dashes, like steps.")
      }
    } else if text.isEmpty {
      report(item.head.location(), "E-EMPTY", "This say has no text. Put the text on the lines under it, indented.")
    }
    let paragraphs = topic == nil ? Self.paragraphs(text) : []
    var node = SayNode(index: takeIndex(), id: id, paragraphs: paragraphs, condition: condition, location: item.head.location())
    node.topic = topic?.value
    node.topicLocation = topic?.valueLocation
    append(.say(node))
  }

  private static let questionWords: Set<String> = ["optional", "not sure", "no faq", "ok means yes", "one line"]
  private static let questionKeys: Set<String> = ["prompt", "hint", "help", "why", "label", "store", "if", "show if", "choice", "choices", "add another", "max", "re-ask"]

  private mutating func parseAsk(_ item: Item, _ words: [Substring]) {
    guard let id = requireID(words, at: 1, item: item, what: "ask") else { return }
    var kind = AnswerKind.text
    if words.count < 3 {
      report(item.head.location(offset: item.head.text.count), "E-MISSING-KIND", "Say what kind of answer this question takes after its id: text, yesno, choice, multi or list.")
    } else if let found = AnswerKind(rawValue: String(words[2])), found != .confirm {
      kind = found
    } else {
      report(item.head.location(of: words[2]), "E-UNKNOWN-KIND", "\"\(words[2])\" is not a kind of question. Use text, yesno, choice, multi or list.")
    }
    let (properties, text) = properties(of: item, keys: Self.questionKeys, bare: Self.questionWords)
    var misspeltPrompt = false
    for line in text {
      let near = didYouMean(line, keys: Self.questionKeys, bare: Self.questionWords)
      if near == " Did you mean \"prompt:\"?" { misspeltPrompt = true }
      report(line.location(), "E-UNKNOWN-PROPERTY", "I do not know what this line means. Question lines look like prompt: ..., help: ..., or choice id: Label.\(near)")
    }
    var question = QuestionNode(
      index: takeIndex(), id: id, kind: kind, prompt: nil, hint: nil, help: nil, why: nil, label: nil, store: nil, storeLocation: nil,
      optional: false, allowsNotSure: false, condition: nil, choices: [], choiceList: nil, choiceListLocation: nil, addAnother: nil,
      maxItems: 20, location: item.head.location(of: words[1]))
    for property in properties {
      let template = Template(property.value, at: property.valueLocation)
      switch property.key {
      case "prompt": question.prompt = template
      case "hint": question.hint = template
      case "help": question.help = template
      case "why": question.why = template
      case "label": question.label = template
      case "store":
        question.store = property.value
        question.storeLocation = property.valueLocation
      case "optional": question.optional = true
      case "not sure": question.allowsNotSure = true
      case "no faq": question.noFAQ = true
      case "ok means yes": question.okMeansYes = true
      case "one line": question.oneLine = true
      case "if", "show if": question.condition = parseCondition(property)
      case "choices":
        question.choiceList = property.value
        question.choiceListLocation = property.valueLocation
      case "add another": question.addAnother = template
      case "re-ask": question.reAsk = template
      case "max":
        if let number = Int(property.value), number > 0 { question.maxItems = number } else {
          report(property.valueLocation, "E-BAD-NUMBER", "max needs a whole number above 0, like max: 10")
        }
      default:
        // `choice ID: Label | also: words`
        let choiceID = property.key.split(separator: " ").dropFirst().first.map(String.init) ?? ""
        if let choice = parseChoice(id: choiceID, rest: property.value, line: property.line, valueLocation: property.valueLocation) {
          question.choices.append(choice)
        }
      }
    }
    // A misspelt prompt: is the one error (E-UNKNOWN-PROPERTY, with "did you mean"), not two.
    if question.prompt == nil, !misspeltPrompt {
      report(question.location, "E-NO-PROMPT", "Question \"\(id)\" has no prompt. Add a line like: prompt: What is your name?")
    }
    append(.ask(question))
  }

  /// Reads `Label | also: a, b` for a choice with id `id`.
  private mutating func parseChoice(id: String, rest: String, line: SourceLine, valueLocation: SourceLocation) -> ChoiceDefinition? {
    guard isValidID(id) else {
      report(line.location(ofText: id), "E-BAD-ID", "\"\(id)\" cannot be a choice id. Use small letters, numbers and dashes.")
      return nil
    }
    var label = rest
    var aliases: [String] = []
    if let bar = rest.utf8.firstIndex(of: UInt8(ascii: "|")) {
      label = rest[..<bar].trimmingSpaces()
      var after = rest[rest.utf8.index(after: bar)...].trimmingSpaces()
      if after.hasPrefix("also:") {
        after = String(after.dropFirst("also:".count))
        aliases = after.split(byASCII: ",").map { $0.trimmingSpaces() }.filter { !$0.isEmpty }
      } else {
        report(line.location(ofText: "|"), "E-SYNTAX", "After | write also: and other words for this choice, like: | also: mail, post")
      }
    }
    if label.isEmpty {
      report(valueLocation, "E-EMPTY", "Choice \"\(id)\" has no words to show. Write them after the colon.")
    }
    return ChoiceDefinition(id: id, label: Template(label, at: valueLocation), aliases: aliases, location: line.location(ofText: id))
  }

  private mutating func parseLet(_ item: Item) {
    let text = item.head.text.dropFirst("let".count)
    guard let equals = text.utf8.firstIndex(of: UInt8(ascii: "=")) else {
      report(item.head.location(), "E-SYNTAX", "Write let like this: let them = you")
      return
    }
    let name = text[..<equals].trimmingSpaces()
    guard isValidID(name) else {
      report(item.head.location(ofText: name.isEmpty ? "=" : name), "E-BAD-ID", "\"\(name)\" cannot be a name. Use small letters, numbers and dashes.")
      return
    }
    let value = text[text.index(after: equals)...].trimmingSpaces()
    let (properties, lines) = properties(of: item, keys: Self.conditionKeys)
    for line in lines { report(line.location(), "E-UNKNOWN-PROPERTY", "A let can only have an if: line under it.\(didYouMean(line, keys: Self.conditionKeys))") }
    var condition: Condition?
    for property in properties { condition = parseCondition(property) }
    let valueLocation = item.head.location(ofText: value.isEmpty ? "=" : value)
    append(.setValue(LetNode(index: takeIndex(), name: name, value: Template(value, at: valueLocation), condition: condition, location: item.head.location())))
  }

  private mutating func conditionOnly(_ item: Item, what: String) -> Condition? {
    let (properties, lines) = properties(of: item, keys: Self.conditionKeys)
    for line in lines { report(line.location(), "E-UNKNOWN-PROPERTY", "\(what) can only have an if: line under it.\(didYouMean(line, keys: Self.conditionKeys))") }
    var condition: Condition?
    for property in properties { condition = parseCondition(property) }
    return condition
  }

  private mutating func parseFlag(_ item: Item, _ words: [Substring]) {
    guard let name = requireID(words, at: 1, item: item, what: "flag") else { return }
    let condition = conditionOnly(item, what: "A flag")
    append(.flag(FlagNode(index: takeIndex(), name: name, condition: condition, location: item.head.location())))
  }

  private mutating func parseGoTo(_ item: Item, _ words: [Substring]) {
    guard words.count >= 2, words[1] == "to" else {
      report(item.head.location(), "E-SYNTAX", "Write go to and a section id, like: go to about-me")
      return
    }
    guard let target = requireID(words, at: 2, item: item, what: "go to") else { return }
    let condition = conditionOnly(item, what: "A go to")
    append(.goTo(JumpNode(index: takeIndex(), target: target, targetLocation: item.head.location(of: words[2]), condition: condition, location: item.head.location())))
  }

  private mutating func parseSimple(_ item: Item, _ words: [Substring], make: (Int, Condition?, SourceLocation) -> Node) {
    if words.count > 1 {
      report(item.head.location(of: words[1]), "E-SYNTAX", "Nothing goes after \(words[0]) on its line.")
    }
    let condition = conditionOnly(item, what: "This item")
    append(make(takeIndex(), condition, item.head.location()))
  }

  private mutating func parseCheck(_ item: Item, _ words: [Substring]) {
    guard words.count == 2, words[1] == "answers" else {
      report(item.head.location(), "E-SYNTAX", "Write it as: check answers")
      return
    }
    let (properties, lines) = properties(of: item, keys: ["prompt", "if", "show if"])
    for line in lines { report(line.location(), "E-UNKNOWN-PROPERTY", "check answers can have prompt: and if: lines under it.\(didYouMean(line, keys: ["prompt", "if", "show if"]))") }
    var node = CheckNode(index: takeIndex(), prompt: nil, condition: nil, location: item.head.location())
    for property in properties {
      if property.key == "prompt" { node.prompt = Template(property.value, at: property.valueLocation) } else { node.condition = parseCondition(property) }
    }
    if node.prompt == nil {
      report(node.location, "E-NO-PROMPT", "check answers needs a prompt: line that says how to send, like: prompt: Type yes to send these answers.")
    }
    append(.checkAnswers(node))
  }

  private mutating func parseForEach(_ item: Item, _ words: [Substring]) {
    guard words.count == 5, words[1] == "each", words[3] == "in", isValidID(words[2]), isValidID(words[4]) else {
      report(item.head.location(), "E-SYNTAX", "Write it as: for each area in question-id")
      return
    }
    if !item.body.isEmpty { report(item.body[0].location(), "E-INDENT", "Items inside for each start at the left edge, like any item. Finish the block with end.") }
    let node = ForEachNode(index: takeIndex(), variable: String(words[2]), question: String(words[4]), questionLocation: item.head.location(of: words[4]), body: [], location: item.head.location())
    blocks.append((.forEach(node), []))
  }

  private mutating func parseIf(_ item: Item) {
    let rest = item.head.text.dropFirst(2)
    let start = item.head.location(of: rest.drop(while: { $0 == " " }))
    guard case .success(let condition) = ConditionParser.parse(rest.trimmingSpaces(), at: start) else {
      if case .failure(let diagnostic) = ConditionParser.parse(rest.trimmingSpaces(), at: start) { diagnostics.append(diagnostic) }
      blocks.append((.conditional(IfNode(index: takeIndex(), condition: .all([]), body: [], location: item.head.location())), []))
      return
    }
    if !item.body.isEmpty { report(item.body[0].location(), "E-INDENT", "Items inside if start at the left edge, like any item. Finish the block with end.") }
    blocks.append((.conditional(IfNode(index: takeIndex(), condition: condition, body: [], location: item.head.location())), []))
  }

  private mutating func parseEnd(_ item: Item, _ words: [Substring]) {
    guard let open = blocks.popLast() else {
      report(item.head.location(), "E-STRAY-END", "This end has no for each or if above it to finish. Remove it.")
      return
    }
    switch open.block {
    case .forEach(var node):
      node.body = open.nodes
      append(.forEach(node))
    case .conditional(var node):
      node.body = open.nodes
      append(.conditional(node))
    }
  }

  // MARK: Definitions

  private mutating func parseTerms(_ item: Item, _ words: [Substring]) {
    for line in item.body {
      guard let colon = line.text.utf8.firstIndex(of: UInt8(ascii: ":")), isValidID(line.text[..<colon].trimmingSpaces()) else {
        report(line.location(), "E-SYNTAX", "Write each term as name: words, like council: your council or Trust")
        continue
      }
      let name = line.text[..<colon].trimmingSpaces()
      let value = line.text[line.text.index(after: colon)...].trimmingSpaces()
      if let earlier = script.termLocations[name], earlier.file == line.file {
        report(line.location(), "E-DUPLICATE-ID", "The term \"\(name)\" is already set at line \(earlier.line).")
      }
      script.terms[name] = value
      script.termLocations[name] = line.location()
      let after = line.text[line.text.index(after: colon)...]
      let valueOffset = line.text[..<colon].count + 1 + after.prefix { $0 == " " }.count
      diagnostics += Template(value, at: line.location(offset: valueOffset)).braceProblems
    }
  }

  private mutating func parseWords(_ item: Item, _ words: [Substring]) {
    for line in item.body {
      guard let colon = line.text.utf8.firstIndex(of: UInt8(ascii: ":")) else {
        report(line.location(), "E-SYNTAX", "Write each line as meaning: word, word, like yes: yes, yeah, yep")
        continue
      }
      let meaning = line.text[..<colon].trimmingSpaces()
      let list = line.text[line.text.index(after: colon)...].split(byASCII: ",").map { Understanding.normalise(String($0)) }.filter { !$0.isEmpty }
      script.words[meaning] = list
      script.wordLocations[meaning] = line.location()
    }
  }

  private mutating func parseMessage(_ item: Item, _ words: [Substring]) {
    guard let id = requireID(words, at: 1, item: item, what: "message") else { return }
    if let earlier = script.messageLocations[id] {
      report(item.head.location(of: words[1]), "E-DUPLICATE-ID", "The message \"\(id)\" is already written at \(earlier.file):\(earlier.line).")
    }
    if item.body.isEmpty { report(item.head.location(), "E-EMPTY", "This message has no text. Put it on the lines under it, indented.") }
    let (_, text) = properties(of: item, keys: [])
    script.messages[id] = Self.paragraphs(text)
    script.messageLocations[id] = item.head.location(of: words[1])
  }

  private mutating func parseTopic(_ item: Item, _ words: [Substring]) {
    guard let id = requireID(words, at: 1, item: item, what: "topic") else { return }
    let (properties, text) = properties(of: item, keys: ["words", "flag"])
    let topicWords = properties.first { $0.key == "words" }.map { $0.value.split(byASCII: ",").map { Understanding.normalise(String($0)) }.filter { !$0.isEmpty } } ?? []
    let flag = properties.first { $0.key == "flag" }
    if let flag, !isValidID(flag.value) {
      report(flag.valueLocation, "E-BAD-ID", "\"\(flag.value)\" cannot be a flag name. Use small letters, numbers and dashes, like feels-unsafe.")
    }
    if topicWords.isEmpty { report(item.head.location(), "E-MISSING-WORDS", "Topic \"\(id)\" needs a words: line saying what the person types to see it.") }
    if text.isEmpty { report(item.head.location(), "E-EMPTY", "Topic \"\(id)\" has no text. Put it on the lines under it, indented.") }
    if script.topics.contains(where: { $0.id == id }) {
      report(item.head.location(of: words[1]), "E-DUPLICATE-ID", "There is already a topic called \"\(id)\".")
    }
    script.topics.append(Script.Topic(
      id: id, words: topicWords, paragraphs: Self.paragraphs(text), flag: flag.flatMap { isValidID($0.value) ? $0.value : nil },
      flagLocation: flag?.valueLocation, location: item.head.location(of: words[1])))
  }

  private mutating func parseChoiceList(_ item: Item, _ words: [Substring]) {
    guard let id = requireID(words, at: 1, item: item, what: "choices") else { return }
    if let earlier = script.choiceListLocations[id] {
      report(item.head.location(of: words[1]), "E-DUPLICATE-ID", "There is already a list of choices called \"\(id)\" at \(earlier.file):\(earlier.line).")
    }
    var list: [ChoiceDefinition] = []
    for line in item.body {
      guard let colon = line.text.utf8.firstIndex(of: UInt8(ascii: ":")) else {
        report(line.location(), "E-SYNTAX", "Write each choice as id: Label, like home: My home")
        continue
      }
      let choiceID = line.text[..<colon].trimmingSpaces()
      var valueStart = line.text.index(after: colon)
      while valueStart < line.text.endIndex, line.text[valueStart] == " " { valueStart = line.text.index(after: valueStart) }
      if let choice = parseChoice(id: choiceID, rest: String(line.text[valueStart...]), line: line, valueLocation: line.location(of: line.text[valueStart...])) {
        list.append(choice)
      }
    }
    if list.isEmpty { report(item.head.location(), "E-NO-CHOICES", "The list \"\(id)\" has no choices. Put them on the lines under it.") }
    script.choiceLists[id] = list
    script.choiceListLocations[id] = item.head.location(of: words[1])
  }
}

import Foundation
