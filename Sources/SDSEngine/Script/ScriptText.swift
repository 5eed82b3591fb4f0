/// One piece of text a person can see, with the stable id that packs and translations use.
///
/// Ids come from the ids already in the script, so nobody tags text by hand:
///
/// | Text | Id |
/// | --- | --- |
/// | `say ID` | `say.ID` |
/// | a question's prompt, hint, help, why, label, add another, re-ask | `ask.ID.prompt`, `ask.ID.hint`, ..., `ask.ID.add-another`, `ask.ID.re-ask` |
/// | a question's own choice | `ask.ID.choice.CHOICE` |
/// | a choice in `choices LIST` | `choices.LIST.CHOICE` |
/// | a section's title | `section.ID.title` |
/// | the prompt of `check answers` | `check.SECTION` (the section it is in) |
/// | a `let` value | `let.NAME`, then `let.NAME.2`, `let.NAME.3` for later ones |
/// | a message | `message.ID` |
/// | a topic | `topic.ID` |
/// | a term | `term.NAME` |
public struct ScriptText: Sendable, Equatable {
  /// What sort of text it is.
  public enum Kind: String, Sendable, CaseIterable {
    case say, prompt, hint, help, why, label, choice, title, check, message, topic, term
    case addAnother = "add-another"
    case reAsk = "re-ask"
    case value = "let"
  }

  /// The stable id.
  public var id: String
  /// What sort of text it is.
  public var kind: Kind
  /// The text: one template for most kinds, one a paragraph for `say`, `message` and `topic`.
  public var paragraphs: [Template]
  /// Other words for a choice (after `| also:`), or the words that show a topic.
  public var words: [String]
  /// Where it was written.
  public var location: SourceLocation

  /// The text as written, paragraphs on separate lines: what a translation's hash is made from.
  public var source: String { paragraphs.map(\.source).joined(separator: "\n") }

  /// True for kinds that hold one line only (everything except `say`, `message` and `topic`).
  public var isSingleLine: Bool { !(kind == .say || kind == .message || kind == .topic) }

  /// Makes a text.
  public init(id: String, kind: Kind, paragraphs: [Template], words: [String] = [], location: SourceLocation) {
    self.id = id
    self.kind = kind
    self.paragraphs = paragraphs
    self.words = words
    self.location = location
  }
}

/// New words for one text, from a pack or a translation.
public struct TextReplacement: Sendable, Equatable {
  /// The new text (one template for single-line kinds; more are joined with a space).
  public var paragraphs: [Template]
  /// New other words for a choice or topic; nil keeps the ones there.
  public var words: [String]?

  /// Makes a replacement.
  public init(paragraphs: [Template], words: [String]? = nil) {
    self.paragraphs = paragraphs
    self.words = words
  }
}

extension Script {
  /// Every piece of text a person can see, in script order (file, line, column).
  /// A `say` without an id is left out: it cannot be changed or translated.
  public var texts: [ScriptText] {
    var found: [ScriptText] = []
    _ = mapTexts { text in
      found.append(text)
      return nil
    }
    return found.sorted { ($0.location.file, $0.location.line, $0.location.column) < ($1.location.file, $1.location.line, $1.location.column) }
  }

  /// The script with texts replaced by id. Ids that are not in the script are ignored; the structure
  /// (questions, choices ids, conditions, flow) never changes.
  public func replacingTexts(_ replacements: [String: TextReplacement]) -> Script {
    guard !replacements.isEmpty else { return self }
    return mapTexts { replacements[$0.id] }
  }

  /// Visits every text with its id, in the order of the sections and then the definitions, and builds
  /// the script again with whatever `transform` returns in place of each text (nil keeps it).
  public func mapTexts(_ transform: (ScriptText) -> TextReplacement?) -> Script {
    var copy = self
    var letCounts: [String: Int] = [:]

    func single(_ template: Template?, _ id: String, _ kind: ScriptText.Kind) -> Template? {
      guard let template else { return nil }
      guard let replacement = transform(ScriptText(id: id, kind: kind, paragraphs: [template], location: template.location)) else { return template }
      return joined(replacement.paragraphs) ?? template
    }

    func choice(_ choice: ChoiceDefinition, _ id: String) -> ChoiceDefinition {
      var copy = choice
      guard let replacement = transform(ScriptText(id: id, kind: .choice, paragraphs: [choice.label], words: choice.aliases, location: choice.location)) else { return choice }
      if let label = joined(replacement.paragraphs) { copy.label = label }
      if let words = replacement.words { copy.aliases = words }
      return copy
    }

    func nodes(_ list: [Node], section: String, checkSeen: inout Bool) -> [Node] {
      list.map { node in
        switch node {
        case .say(var say):
          guard let id = say.id else { return node }
          if let replacement = transform(ScriptText(id: "say." + id, kind: .say, paragraphs: say.paragraphs, location: say.location)), !replacement.paragraphs.isEmpty {
            say.paragraphs = replacement.paragraphs
          }
          return .say(say)
        case .ask(var question):
          let base = "ask." + question.id + "."
          question.prompt = single(question.prompt, base + "prompt", .prompt)
          question.hint = single(question.hint, base + "hint", .hint)
          question.help = single(question.help, base + "help", .help)
          question.why = single(question.why, base + "why", .why)
          question.label = single(question.label, base + "label", .label)
          question.addAnother = single(question.addAnother, base + "add-another", .addAnother)
          question.reAsk = single(question.reAsk, base + "re-ask", .reAsk)
          question.choices = question.choices.map { choice($0, base + "choice." + $0.id) }
          return .ask(question)
        case .setValue(var value):
          let count = (letCounts[value.name] ?? 0) + 1
          letCounts[value.name] = count
          let id = "let." + value.name + (count > 1 ? ".\(count)" : "")
          value.value = single(value.value, id, .value) ?? value.value
          return .setValue(value)
        case .checkAnswers(var check):
          guard !checkSeen else { return node }
          checkSeen = true
          check.prompt = single(check.prompt, "check." + section, .check)
          return .checkAnswers(check)
        case .forEach(var loop):
          loop.body = nodes(loop.body, section: section, checkSeen: &checkSeen)
          return .forEach(loop)
        case .conditional(var block):
          block.body = nodes(block.body, section: section, checkSeen: &checkSeen)
          return .conditional(block)
        case .flag, .goTo, .send, .finish:
          return node
        }
      }
    }

    for index in copy.sections.indices {
      let id = copy.sections[index].id
      copy.sections[index].title = single(copy.sections[index].title, "section." + id + ".title", .title)
      var checkSeen = false
      copy.sections[index].nodes = nodes(copy.sections[index].nodes, section: id, checkSeen: &checkSeen)
    }
    for id in copy.messages.keys.sorted() {
      let paragraphs = copy.messages[id] ?? []
      let location = copy.messageLocations[id] ?? paragraphs.first?.location ?? SourceLocation(file: "", line: 1, column: 1)
      if let replacement = transform(ScriptText(id: "message." + id, kind: .message, paragraphs: paragraphs, location: location)), !replacement.paragraphs.isEmpty {
        copy.messages[id] = replacement.paragraphs
      }
    }
    for index in copy.topics.indices {
      let topic = copy.topics[index]
      if let replacement = transform(ScriptText(id: "topic." + topic.id, kind: .topic, paragraphs: topic.paragraphs, words: topic.words, location: topic.location)) {
        if !replacement.paragraphs.isEmpty { copy.topics[index].paragraphs = replacement.paragraphs }
        if let words = replacement.words { copy.topics[index].words = words.map(Understanding.normalise).filter { !$0.isEmpty } }
      }
    }
    for list in copy.choiceLists.keys.sorted() {
      copy.choiceLists[list] = copy.choiceLists[list]?.map { choice($0, "choices." + list + "." + $0.id) }
    }
    for name in copy.terms.keys.sorted() {
      let location = copy.termLocations[name] ?? SourceLocation(file: "", line: 1, column: 1)
      let value = copy.terms[name] ?? ""
      if let replacement = transform(ScriptText(id: "term." + name, kind: .term, paragraphs: [Template(value, at: location)], location: location)),
         let template = joined(replacement.paragraphs) {
        copy.terms[name] = template.source
      }
    }
    return copy
  }
}

/// Several templates as one line, joined with a space; nil when there are none.
private func joined(_ paragraphs: [Template]) -> Template? {
  guard let first = paragraphs.first else { return nil }
  if paragraphs.count == 1 { return first }
  return Template(paragraphs.map(\.source).joined(separator: " "), at: first.location)
}
