/// A JSON value whose objects keep their keys in the order they were written, so files read top to
/// bottom the way the schema describes them (`schema` first, raw answers last).
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case int(Int)
  case double(Double)
  case string(String)
  case array([JSONValue])
  /// Key and value pairs, in order. Keys are unique.
  case object([(String, JSONValue)])

  public static func == (lhs: JSONValue, rhs: JSONValue) -> Bool {
    switch (lhs, rhs) {
    case (.null, .null): return true
    case (.bool(let a), .bool(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.double(let a), .double(let b)): return a == b
    case (.string(let a), .string(let b)): return a == b
    case (.array(let a), .array(let b)): return a == b
    case (.object(let a), .object(let b)): return a.count == b.count && zip(a, b).allSatisfy { $0.0 == $1.0 && $0.1 == $1.1 }
    default: return false
    }
  }

  /// The value under `key`, when this is an object that has it.
  public subscript(key: String) -> JSONValue? {
    guard case .object(let pairs) = self else { return nil }
    return pairs.first { $0.0 == key }?.1
  }

  /// A string value, or `.null` when `text` is nil.
  static func string(_ text: String?) -> JSONValue { text.map(JSONValue.string) ?? .null }
}

/// Builds a JSON object in order, leaving out keys whose value is nil.
struct JSONObjectBuilder {
  private(set) var pairs: [(String, JSONValue)] = []

  mutating func add(_ key: String, _ value: JSONValue?) {
    if let value { pairs.append((key, value)) }
  }

  mutating func add(_ key: String, _ text: String?) {
    if let text { pairs.append((key, .string(text))) }
  }

  var value: JSONValue { .object(pairs) }
}
