/// Reads the conditions written after `if:`.
struct ConditionParser {
  private struct Token {
    var text: String
    var location: SourceLocation
  }

  private var tokens: [Token] = []
  private var position = 0
  private let end: SourceLocation

  /// Parses `text`, which starts at `location`. Problems are returned as one diagnostic.
  static func parse(_ text: String, at location: SourceLocation) -> Result<Condition, Diagnostic> {
    var parser = ConditionParser(text: text, location: location)
    return parser.parseAll()
  }

  private init(text: String, location: SourceLocation) {
    var tokens: [Token] = []
    var column = location.column
    var current = ""
    var start = column
    func flush() {
      if !current.isEmpty {
        tokens.append(Token(text: current, location: SourceLocation(file: location.file, line: location.line, column: start)))
        current = ""
      }
    }
    for character in text {
      if character == " " || character == "\t" {
        flush()
      } else if character == "(" || character == ")" {
        flush()
        tokens.append(Token(text: String(character), location: SourceLocation(file: location.file, line: location.line, column: column)))
      } else {
        if current.isEmpty { start = column }
        current.append(character)
      }
      column += 1
    }
    flush()
    self.tokens = tokens
    end = SourceLocation(file: location.file, line: location.line, column: column)
  }

  private func problem(_ message: String, at location: SourceLocation) -> Diagnostic {
    Diagnostic(file: location.file, line: location.line, column: location.column, severity: .error, code: "E-CONDITION", message: message)
  }

  private var peek: Token? { position < tokens.count ? tokens[position] : nil }

  private mutating func parseAll() -> Result<Condition, Diagnostic> {
    guard !tokens.isEmpty else { return .failure(problem("The condition is empty. Write one like: who-for is carer", at: end)) }
    switch parseExpression() {
    case .failure(let diagnostic): return .failure(diagnostic)
    case .success(let condition):
      if let extra = peek {
        return .failure(problem("I did not expect \"\(extra.text)\" here. Use \"and\" or \"or\" between two conditions.", at: extra.location))
      }
      return .success(condition)
    }
  }

  private mutating func parseExpression() -> Result<Condition, Diagnostic> {
    var parts: [Condition] = []
    var joiner: String?
    while true {
      switch parseTerm() {
      case .failure(let diagnostic): return .failure(diagnostic)
      case .success(let term): parts.append(term)
      }
      guard let next = peek, next.text == "and" || next.text == "or" else { break }
      if let joiner, joiner != next.text {
        return .failure(problem("This mixes \"and\" with \"or\". Put brackets around one part, for example (a is yes or b is yes) and c is no.", at: next.location))
      }
      joiner = next.text
      position += 1
    }
    if parts.count == 1 { return .success(parts[0]) }
    return .success(joiner == "and" ? .all(parts) : .any(parts))
  }

  private mutating func parseTerm() -> Result<Condition, Diagnostic> {
    guard let token = peek else { return .failure(problem("The condition stops too soon.", at: end)) }
    if token.text == "not" {
      position += 1
      return parseTerm().map { .not($0) }
    }
    if token.text == "(" {
      position += 1
      let inner = parseExpression()
      guard case .success = inner else { return inner }
      guard peek?.text == ")" else { return .failure(problem("A bracket is not closed. Add \")\".", at: peek?.location ?? end)) }
      position += 1
      return inner
    }
    if token.text == "flagged", position + 1 < tokens.count, !["is", "includes"].contains(tokens[position + 1].text) {
      let name = tokens[position + 1]
      guard isValidID(name.text) else {
        return .failure(problem("\"\(name.text)\" is not a flag name. Write a condition like: flagged feels-unsafe", at: name.location))
      }
      position += 2
      return .success(.flagged(name: name.text, location: name.location))
    }
    return parseAtom()
  }

  private mutating func parseAtom() -> Result<Condition, Diagnostic> {
    guard let question = peek else { return .failure(problem("The condition stops too soon.", at: end)) }
    guard isValidID(question.text) else {
      return .failure(problem("\"\(question.text)\" is not a question id. Write a condition like: who-for is carer", at: question.location))
    }
    position += 1
    guard let verb = peek else {
      return .failure(problem("After \"\(question.text)\" write \"is\", \"is not\" or \"includes\".", at: end))
    }
    position += 1
    switch verb.text {
    case "is":
      var negate = false
      if peek?.text == "not" { negate = true; position += 1 }
      guard let value = peek, value.text != "(", value.text != ")" else {
        return .failure(problem("After \"is\" write a value, like yes, no or a choice id.", at: peek?.location ?? end))
      }
      position += 1
      let condition: Condition = value.text == "answered"
        ? .answered(question: question.text, location: question.location)
        : .equals(question: question.text, value: value.text, location: value.location)
      return .success(negate ? .not(condition) : condition)
    case "includes":
      guard let value = peek, value.text != "(", value.text != ")" else {
        return .failure(problem("After \"includes\" write a choice id.", at: peek?.location ?? end))
      }
      position += 1
      return .success(.includes(question: question.text, value: value.text, location: value.location))
    default:
      return .failure(problem("After \"\(question.text)\" write \"is\", \"is not\" or \"includes\", not \"\(verb.text)\".", at: verb.location))
    }
  }
}
extension Diagnostic: Error {}
