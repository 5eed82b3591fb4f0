import Foundation

/// Reads a `Decodable` value from a `JSONValue` tree, as the strict scanner (`StrictJSON`) made it, so a
/// draft is read in one pass over its bytes instead of two.
///
/// It reads only what Foundation's `JSONDecoder` reads the same way: strings, whole numbers that fit,
/// `true` and `false`, `null` for optionals, objects and arrays, and dates as ISO 8601 text. Anything
/// else (a number like `2.0` where a whole number is wanted, a wrong type, a missing key) is an error, and
/// the caller then reads the text with `JSONDecoder`, whose words the quarantine reasons are in. So where
/// this succeeds, `JSONDecoder` gives the same value; where it fails, `JSONDecoder` decides.
struct JSONTreeDecoder {
  /// Why the tree could not be read. Never shown: the text is then read by `JSONDecoder`.
  struct Mismatch: Error {}

  /// `type` read from `tree`.
  static func decode<T: Decodable>(_ type: T.Type, from tree: JSONValue) throws -> T {
    try TreeReader(value: tree).read(type)
  }
}

/// Reads one value of the tree.
private struct TreeReader: Decoder, SingleValueDecodingContainer {
  let value: JSONValue
  var codingPath: [any CodingKey] { [] }
  var userInfo: [CodingUserInfoKey: Any] { [:] }

  func read<T: Decodable>(_ type: T.Type) throws -> T {
    if T.self == Date.self {
      guard case .string(let text) = value, let date = ISO8601.date(text) else { throw JSONTreeDecoder.Mismatch() }
      return date as! T
    }
    if T.self == String.self { return try decode(String.self) as! T }
    // Types Foundation's decoder reads in its own way are left to it.
    if T.self == Data.self || T.self == URL.self || T.self == Decimal.self { throw JSONTreeDecoder.Mismatch() }
    return try T(from: self)
  }

  func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
    guard case .object(let pairs) = value else { throw JSONTreeDecoder.Mismatch() }
    return KeyedDecodingContainer(TreeObject<Key>(pairs: pairs))
  }

  func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
    guard case .array(let items) = value else { throw JSONTreeDecoder.Mismatch() }
    return TreeArray(items: items)
  }

  func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

  // MARK: Single values

  func decodeNil() -> Bool { value == .null }

  func decode(_ type: Bool.Type) throws -> Bool {
    guard case .bool(let flag) = value else { throw JSONTreeDecoder.Mismatch() }
    return flag
  }

  func decode(_ type: String.Type) throws -> String {
    guard case .string(let text) = value else { throw JSONTreeDecoder.Mismatch() }
    return text
  }

  func decode(_ type: Double.Type) throws -> Double {
    switch value {
    case .double(let number): return number
    case .int(let number): return Double(number)
    default: throw JSONTreeDecoder.Mismatch()
    }
  }

  func decode(_ type: Float.Type) throws -> Float { throw JSONTreeDecoder.Mismatch() }

  func whole<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
    guard case .int(let number) = value, let fitted = I(exactly: number) else { throw JSONTreeDecoder.Mismatch() }
    return fitted
  }

  func decode(_ type: Int.Type) throws -> Int { try whole(type) }
  func decode(_ type: Int8.Type) throws -> Int8 { try whole(type) }
  func decode(_ type: Int16.Type) throws -> Int16 { try whole(type) }
  func decode(_ type: Int32.Type) throws -> Int32 { try whole(type) }
  func decode(_ type: Int64.Type) throws -> Int64 { try whole(type) }
  func decode(_ type: UInt.Type) throws -> UInt { try whole(type) }
  func decode(_ type: UInt8.Type) throws -> UInt8 { try whole(type) }
  func decode(_ type: UInt16.Type) throws -> UInt16 { try whole(type) }
  func decode(_ type: UInt32.Type) throws -> UInt32 { try whole(type) }
  func decode(_ type: UInt64.Type) throws -> UInt64 { try whole(type) }

  func decode<T: Decodable>(_ type: T.Type) throws -> T { try read(type) }
}

/// An object of the tree, read by key.
private struct TreeObject<Key: CodingKey>: KeyedDecodingContainerProtocol {
  let pairs: [(String, JSONValue)]
  var codingPath: [any CodingKey] { [] }
  var allKeys: [Key] { pairs.compactMap { Key(stringValue: $0.0) } }

  func find(_ key: Key) -> JSONValue? {
    let name = key.stringValue
    return pairs.first { $0.0 == name }?.1
  }

  func reader(_ key: Key) throws -> TreeReader {
    guard let value = find(key) else { throw JSONTreeDecoder.Mismatch() }
    return TreeReader(value: value)
  }

  func contains(_ key: Key) -> Bool { find(key) != nil }

  func decodeNil(forKey key: Key) throws -> Bool { try reader(key).decodeNil() }

  func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try reader(key).read(type) }

  func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
    guard let value = find(key), value != .null else { return nil }
    return try TreeReader(value: value).read(type)
  }

  func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type, forKey key: Key) throws -> KeyedDecodingContainer<NestedKey> {
    try reader(key).container(keyedBy: type)
  }

  func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer { try reader(key).unkeyedContainer() }

  func superDecoder() throws -> any Decoder { throw JSONTreeDecoder.Mismatch() }

  func superDecoder(forKey key: Key) throws -> any Decoder { throw JSONTreeDecoder.Mismatch() }
}

/// An array of the tree, read in order.
private struct TreeArray: UnkeyedDecodingContainer {
  let items: [JSONValue]
  var currentIndex = 0
  var codingPath: [any CodingKey] { [] }
  var count: Int? { items.count }
  var isAtEnd: Bool { currentIndex >= items.count }

  mutating func next() throws -> TreeReader {
    guard currentIndex < items.count else { throw JSONTreeDecoder.Mismatch() }
    currentIndex += 1
    return TreeReader(value: items[currentIndex - 1])
  }

  mutating func decodeNil() throws -> Bool {
    guard currentIndex < items.count else { throw JSONTreeDecoder.Mismatch() }
    if items[currentIndex] == .null {
      currentIndex += 1
      return true
    }
    return false
  }

  mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().read(type) }

  mutating func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
    try next().container(keyedBy: type)
  }

  mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer { try next().unkeyedContainer() }

  mutating func superDecoder() throws -> any Decoder { throw JSONTreeDecoder.Mismatch() }
}
