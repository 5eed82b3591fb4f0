extension Template {
  /// One whole-sentence version of a text, used when its condition holds.
  ///
  /// A translation gives one where swapping a word into a sentence would break the language's
  /// grammar: Welsh writes "sut rydych chi'n teimlo" for the person and "sut mae Joan yn teimlo" for
  /// the one a carer helps, which no single swapped word can make.
  public struct Version: Equatable, Sendable {
    /// When this version is used, written as after `if:` (`who-for is carer`).
    public var condition: Condition
    /// The version's words.
    public var parts: [Part]

    /// Makes a version.
    public init(condition: Condition, parts: [Part]) {
      self.condition = condition
      self.parts = parts
    }
  }

  /// The template to show: the first version whose condition `holds`, else the text itself.
  public func chosen(_ holds: (Condition) -> Bool) -> Template {
    guard !versions.isEmpty, let version = versions.first(where: { holds($0.condition) }) else { return self }
    var result = self
    result.parts = version.parts
    result.versions = []
    return result
  }
}

extension Condition {
  /// Reads a condition written as after `if:` (`who-for is carer`), which starts at `location`; a
  /// problem comes back as one diagnostic.
  public static func parse(_ text: String, at location: SourceLocation) -> Result<Condition, Diagnostic> {
    ConditionParser.parse(text, at: location)
  }
}

extension Script {
  /// The names every `let` item sets (`you`, `your`, `do`, ...): the words that speak about the person.
  public var letNames: Set<String> {
    var names: Set<String> = []
    func visit(_ nodes: [Node]) {
      for node in nodes {
        switch node {
        case .setValue(let value): names.insert(value.name)
        case .forEach(let loop): visit(loop.body)
        case .conditional(let block): visit(block.body)
        default: break
        }
      }
    }
    for section in sections { visit(section.nodes) }
    return names
  }
}
