import Foundation

/// Encodes any `Encodable` to a `JSONValue`, keeping keys in the order the type encodes them
/// (declaration order for synthesised conformances).
///
/// Unlike Foundation's encoder it writes `null` for a missing optional, so every field of a draft is
/// always present, and it writes dates as ISO 8601 text in UTC ("2026-12-01T10:15:00Z").
struct OrderedJSONEncoder {
  func encode(_ value: some Encodable) throws -> JSONValue {
    let box = Box()
    try encodeValue(value, into: box, path: [])
    return box.value ?? .null
  }

  /// Holds the value written so far at one place in the tree.
  final class Box {
    var value: JSONValue?
    var keyed: [(String, Box)]?
    var unkeyed: [Box]?

    func resolved() -> JSONValue {
      if let keyed { return .object(keyed.map { ($0.0, $0.1.resolved()) }) }
      if let unkeyed { return .array(unkeyed.map { $0.resolved() }) }
      return value ?? .null
    }
  }

  /// Dates and URLs as text. Told apart by their type, not by a cast, which costs far more.
  static func special<T>(_ value: T) -> JSONValue? {
    if T.self == Date.self { return .string(ISO8601.string(value as! Date)) }
    if T.self == URL.self { return .string((value as! URL).absoluteString) }
    return nil
  }
}

private func encodeValue(_ value: some Encodable, into box: OrderedJSONEncoder.Box, path: [any CodingKey]) throws {
  if let special = OrderedJSONEncoder.special(value) { box.value = special; return }
  let encoder = TreeEncoder(box: box, codingPath: path)
  try value.encode(to: encoder)
  box.value = box.resolved()
  box.keyed = nil
  box.unkeyed = nil
}

private struct TreeEncoder: Encoder {
  let box: OrderedJSONEncoder.Box
  var codingPath: [any CodingKey]
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
    if box.keyed == nil { box.keyed = [] }
    return KeyedEncodingContainer(KeyedTree<Key>(box: box, codingPath: codingPath))
  }

  func unkeyedContainer() -> any UnkeyedEncodingContainer {
    if box.unkeyed == nil { box.unkeyed = [] }
    return UnkeyedTree(box: box, codingPath: codingPath)
  }

  func singleValueContainer() -> any SingleValueEncodingContainer {
    SingleTree(box: box, codingPath: codingPath)
  }
}

/// A string, number or true/false as a JSON value; nil for anything else. Told apart by the value's
/// type, most common first, so a struct costs a few comparisons rather than a cast for each type.
private func primitive<T>(_ value: T) -> JSONValue? {
  if T.self == String.self { return .string(value as! String) }
  if T.self == Int.self { return .int(value as! Int) }
  if T.self == Bool.self { return .bool(value as! Bool) }
  if T.self == Double.self { return .double(value as! Double) }
  if T.self == Int8.self { return .int(Int(value as! Int8)) }
  if T.self == Int16.self { return .int(Int(value as! Int16)) }
  if T.self == Int32.self { return .int(Int(value as! Int32)) }
  if T.self == Int64.self { return .int(Int(value as! Int64)) }
  if T.self == UInt.self { return .int(Int(value as! UInt)) }
  if T.self == UInt8.self { return .int(Int(value as! UInt8)) }
  if T.self == UInt16.self { return .int(Int(value as! UInt16)) }
  if T.self == UInt32.self { return .int(Int(value as! UInt32)) }
  if T.self == UInt64.self { return .int(Int(value as! UInt64)) }
  if T.self == Float.self { return .double(Double(value as! Float)) }
  return nil
}

private struct KeyedTree<Key: CodingKey>: KeyedEncodingContainerProtocol {
  let box: OrderedJSONEncoder.Box
  var codingPath: [any CodingKey]

  private func child(_ key: Key) -> OrderedJSONEncoder.Box {
    if let existing = box.keyed?.first(where: { $0.0 == key.stringValue }) { return existing.1 }
    let new = OrderedJSONEncoder.Box()
    box.keyed?.append((key.stringValue, new))
    return new
  }

  mutating func encodeNil(forKey key: Key) throws { child(key).value = .null }

  mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws {
    let target = child(key)
    if let simple = primitive(value) { target.value = simple; return }
    try encodeValue(value, into: target, path: codingPath + [key])
  }

  // Optionals: write null rather than leaving the key out.
  mutating func encodeIfPresent<T: Encodable>(_ value: T?, forKey key: Key) throws {
    if let value { try encode(value, forKey: key) } else { try encodeNil(forKey: key) }
  }
  mutating func encodeIfPresent(_ value: String?, forKey key: Key) throws { try encodeIfPresent(value as String??, key) }
  mutating func encodeIfPresent(_ value: Bool?, forKey key: Key) throws { try encodeIfPresent(value as Bool??, key) }
  mutating func encodeIfPresent(_ value: Int?, forKey key: Key) throws { try encodeIfPresent(value as Int??, key) }
  mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws { try encodeIfPresent(value as Double??, key) }

  private mutating func encodeIfPresent<T: Encodable>(_ value: T??, _ key: Key) throws {
    if let inner = value, let inner { try encode(inner, forKey: key) } else { try encodeNil(forKey: key) }
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type, forKey key: Key) -> KeyedEncodingContainer<NestedKey> {
    let target = child(key)
    target.keyed = []
    return KeyedEncodingContainer(KeyedTree<NestedKey>(box: target, codingPath: codingPath + [key]))
  }

  mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
    let target = child(key)
    target.unkeyed = []
    return UnkeyedTree(box: target, codingPath: codingPath + [key])
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(box: box, codingPath: codingPath) }
  mutating func superEncoder(forKey key: Key) -> any Encoder { TreeEncoder(box: child(key), codingPath: codingPath + [key]) }
}

private struct UnkeyedTree: UnkeyedEncodingContainer {
  let box: OrderedJSONEncoder.Box
  var codingPath: [any CodingKey]
  var count: Int { box.unkeyed?.count ?? 0 }

  private func append() -> OrderedJSONEncoder.Box {
    let new = OrderedJSONEncoder.Box()
    box.unkeyed?.append(new)
    return new
  }

  mutating func encodeNil() throws { append().value = .null }

  mutating func encode<T: Encodable>(_ value: T) throws {
    let target = append()
    if let simple = primitive(value) { target.value = simple; return }
    try encodeValue(value, into: target, path: codingPath)
  }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy keyType: NestedKey.Type) -> KeyedEncodingContainer<NestedKey> {
    let target = append()
    target.keyed = []
    return KeyedEncodingContainer(KeyedTree<NestedKey>(box: target, codingPath: codingPath))
  }

  mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer {
    let target = append()
    target.unkeyed = []
    return UnkeyedTree(box: target, codingPath: codingPath)
  }

  mutating func superEncoder() -> any Encoder { TreeEncoder(box: append(), codingPath: codingPath) }
}

private struct SingleTree: SingleValueEncodingContainer {
  let box: OrderedJSONEncoder.Box
  var codingPath: [any CodingKey]

  mutating func encodeNil() throws { box.value = .null }

  mutating func encode<T: Encodable>(_ value: T) throws {
    if let simple = primitive(value) { box.value = simple; return }
    try encodeValue(value, into: box, path: codingPath)
  }
}

/// ISO 8601 times in UTC, whole seconds: the form every time in a draft takes.
public enum ISO8601 {
  /// "2026-12-01T10:15:00Z".
  public static func string(_ date: Date) -> String {
    Date(timeIntervalSince1970: date.timeIntervalSince1970.rounded(.down)).formatted(.iso8601)
  }

  /// The date in `text`, or nil when it is not an ISO 8601 time.
  public static func date(_ text: String) -> Date? {
    try? Date(text, strategy: .iso8601)
  }
}
