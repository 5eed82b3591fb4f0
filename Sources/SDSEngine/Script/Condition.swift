/// A test on the answers given so far, written after `if:`.
public indirect enum Condition: Equatable, Sendable {
  /// The answer to `question` is `value` (a choice id, or yes, no, not-sure).
  case equals(question: String, value: String, location: SourceLocation)
  /// The `multi` answer to `question` includes `value`.
  case includes(question: String, value: String, location: SourceLocation)
  /// The question has an answer that is not empty.
  case answered(question: String, location: SourceLocation)
  /// The flag `name` has been raised so far, by a `flag` item on the path or by a topic (`flagged feels-unsafe`).
  case flagged(name: String, location: SourceLocation)
  case not(Condition)
  case all([Condition])
  case any([Condition])

  /// Every flag name the condition reads, with where it was written.
  public var flagReferences: [(name: String, location: SourceLocation)] {
    switch self {
    case .flagged(let name, let location): [(name, location)]
    case .not(let inner): inner.flagReferences
    case .all(let parts), .any(let parts): parts.flatMap(\.flagReferences)
    default: []
    }
  }

  /// Every question id the condition reads, with where it was written and the value compared, if any.
  public var references: [(question: String, value: String?, location: SourceLocation)] {
    switch self {
    case .equals(let question, let value, let location), .includes(let question, let value, let location):
      return [(question, value, location)]
    case .answered(let question, let location):
      return [(question, nil, location)]
    case .flagged:
      return []
    case .not(let inner):
      return inner.references
    case .all(let parts), .any(let parts):
      return parts.flatMap(\.references)
    }
  }
}
