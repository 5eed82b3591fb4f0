import Foundation

/// Checks that JSON text means one thing to every reader, before a draft is read from it.
///
/// Readers differ on what JSON leaves open: which of two equal keys wins, what a lone half of a
/// surrogate pair becomes, and what a number too large for the reader is. A draft with any of these is
/// refused, so the file moved to `cur/` says to every program what it said to `sds import`. The check
/// takes one pass over the bytes, and nests at most `maximumDepth` deep.
public enum StrictJSON {
  /// The deepest nesting of objects and arrays accepted. A draft nests about five deep.
  public static let maximumDepth = 64

  /// Why `data` is not strict JSON, in words for a quarantine reason; nil when it is.
  public static func problem(in data: Data) -> String? {
    switch scan(data) {
    case .success: return nil
    case .failure(let failure): return failure.reason
    }
  }

  /// What one pass found in strict JSON: whether it is an object, its top-level `schema` string, and
  /// the whole document when the pass was asked to keep it.
  struct Summary {
    var isObject = false
    var schema: String?
    var tree: JSONValue?
  }

  /// Why text is not strict JSON: not JSON at all (`grammar`), or JSON readers could read differently.
  struct Failure: Error {
    var reason: String
    var grammar: Bool
    init(_ reason: String) {
      self.reason = reason
      grammar = reason.hasPrefix("it is not valid JSON")
    }
  }

  /// Checks `data` in one pass; what it found, or why it is not strict JSON. With `keepingTree`, the
  /// same pass also reads the document into `Summary.tree`, so it need not be read again.
  static func scan(_ data: Data, keepingTree: Bool = false) -> Result<Summary, Failure> {
    data.withUnsafeBytes { (raw: UnsafeRawBufferPointer) -> Result<Summary, Failure> in
      var scanner = Scanner(bytes: raw.bindMemory(to: UInt8.self), building: keepingTree)
      do throws(Failure) {
        scanner.skipSpace()
        scanner.summary.isObject = scanner.peek() == UInt8(ascii: "{")
        let tree = try scanner.value(depth: 0)
        if keepingTree { scanner.summary.tree = tree }
        scanner.skipSpace()
        guard scanner.atEnd else { throw Failure("there is more after the end of the JSON") }
        return .success(scanner.summary)
      } catch {
        return .failure(error)
      }
    }
  }

  /// A key seen in one object: its hash, and its bytes (a range of the text, or decoded when it had escapes).
  private struct Key {
    var hash: UInt64
    var raw: Range<Int>
    var decoded: [UInt8]?
  }

  private struct Scanner {
    let bytes: UnsafeBufferPointer<UInt8>
    /// True when the values are kept (in a `JSONValue`); else each is only checked, and is `.null`.
    let building: Bool
    var index = 0
    var summary = Summary()

    var atEnd: Bool { index >= bytes.count }

    func peek() -> UInt8? { index < bytes.count ? bytes[index] : nil }

    mutating func skipSpace() {
      while let byte = peek(), byte == 0x20 || byte == 0x09 || byte == 0x0A || byte == 0x0D { index += 1 }
    }

    mutating func expect(_ literal: StaticString) throws(Failure) {
      let count = literal.utf8CodeUnitCount
      guard index + count <= bytes.count else { throw Failure("it is not valid JSON") }
      let start = literal.utf8Start
      for offset in 0..<count where bytes[index + offset] != start[offset] { throw Failure("it is not valid JSON") }
      index += count
    }

    /// Reads one value: what it is when `building`, else `.null`.
    mutating func value(depth: Int) throws(Failure) -> JSONValue {
      guard let byte = peek() else { throw Failure("it is not valid JSON (it ends too soon)") }
      switch byte {
      case UInt8(ascii: "{"): return try object(depth: depth + 1)
      case UInt8(ascii: "["): return try array(depth: depth + 1)
      case UInt8(ascii: "\""):
        let text = try string(keepingText: building)
        return building ? .string(text) : .null
      case UInt8(ascii: "t"): try expect("true"); return .bool(true)
      case UInt8(ascii: "f"): try expect("false"); return .bool(false)
      case UInt8(ascii: "n"): try expect("null"); return .null
      case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return try number()
      default: throw Failure("it is not valid JSON")
      }
    }

    mutating func object(depth: Int) throws(Failure) -> JSONValue {
      guard depth <= StrictJSON.maximumDepth else { throw Failure("it nests more than \(StrictJSON.maximumDepth) deep") }
      index += 1
      var keys: [Key] = []
      var byHash: [UInt64: [Int]]?
      var pairs: [(String, JSONValue)] = []
      skipSpace()
      if peek() == UInt8(ascii: "}") { index += 1; return building ? .object([]) : .null }
      while true {
        skipSpace()
        guard peek() == UInt8(ascii: "\"") else { throw Failure("it is not valid JSON") }
        let key = try self.key()
        // Few keys are compared one by one; many, through a table of their hashes.
        if keys.count == 16 { byHash = Dictionary(grouping: keys.indices, by: { keys[$0].hash }) }
        let given = byHash.map { ($0[key.hash] ?? []).contains { same(keys[$0], key) } } ?? keys.contains { $0.hash == key.hash && same($0, key) }
        if given {
          let text = key.decoded.map { String(decoding: $0, as: UTF8.self) } ?? String(decoding: UnsafeBufferPointer(rebasing: bytes[key.raw]), as: UTF8.self)
          throw Failure("the key \"\(InertText.short(text, limit: 40))\" is given twice in one object, so readers could disagree on its value")
        }
        byHash?[key.hash, default: []].append(keys.count)
        keys.append(key)
        skipSpace()
        guard peek() == UInt8(ascii: ":") else { throw Failure("it is not valid JSON") }
        index += 1
        skipSpace()
        let found: JSONValue
        if depth == 1, summary.isObject, peek() == UInt8(ascii: "\""), isSchema(key) {
          let schema = try string(keepingText: true)
          summary.schema = schema
          found = .string(schema)
        } else {
          found = try value(depth: depth)
        }
        if building { pairs.append((text(of: key), found)) }
        skipSpace()
        switch peek() {
        case UInt8(ascii: ","): index += 1
        case UInt8(ascii: "}"): index += 1; return building ? .object(pairs) : .null
        default: throw Failure("it is not valid JSON")
        }
      }
    }

    mutating func array(depth: Int) throws(Failure) -> JSONValue {
      guard depth <= StrictJSON.maximumDepth else { throw Failure("it nests more than \(StrictJSON.maximumDepth) deep") }
      index += 1
      var items: [JSONValue] = []
      skipSpace()
      if peek() == UInt8(ascii: "]") { index += 1; return building ? .array([]) : .null }
      while true {
        skipSpace()
        let item = try value(depth: depth)
        if building { items.append(item) }
        skipSpace()
        switch peek() {
        case UInt8(ascii: ","): index += 1
        case UInt8(ascii: "]"): index += 1; return building ? .array(items) : .null
        default: throw Failure("it is not valid JSON")
        }
      }
    }

    /// Reads a key: its bytes stay where they are unless it has escapes.
    mutating func key() throws(Failure) -> Key {
      let start = index + 1
      var end = start
      while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
      if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
        index = end + 1
        return Key(hash: Self.hash(UnsafeBufferPointer(rebasing: bytes[start..<end])), raw: start..<end, decoded: nil)
      }
      let decoded = Array(try string(keepingText: true).utf8)
      return Key(hash: decoded.withUnsafeBufferPointer(Self.hash), raw: start..<index, decoded: decoded)
    }

    func same(_ a: Key, _ b: Key) -> Bool {
      func compare(_ x: UnsafeBufferPointer<UInt8>) -> Bool {
        if let decoded = b.decoded { return decoded.withUnsafeBufferPointer { x.elementsEqual($0) } }
        return x.elementsEqual(UnsafeBufferPointer(rebasing: bytes[b.raw]))
      }
      if let decoded = a.decoded { return decoded.withUnsafeBufferPointer(compare) }
      return compare(UnsafeBufferPointer(rebasing: bytes[a.raw]))
    }

    /// A key's text.
    func text(of key: Key) -> String {
      if let decoded = key.decoded { return String(decoding: decoded, as: UTF8.self) }
      return String(decoding: UnsafeBufferPointer(rebasing: bytes[key.raw]), as: UTF8.self)
    }

    func isSchema(_ key: Key) -> Bool {
      let schema: [UInt8] = Array("schema".utf8)
      if let decoded = key.decoded { return decoded == schema }
      return UnsafeBufferPointer(rebasing: bytes[key.raw]).elementsEqual(schema)
    }

    /// FNV-1a of `bytes`: only to find equal keys quickly, never for security.
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
      var hash: UInt64 = 0xcbf2_9ce4_8422_2325
      for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
      return hash
    }

    /// Reads a string literal; its text when `keepingText`, else "".
    mutating func string(keepingText: Bool) throws(Failure) -> String {
      index += 1
      // A string with no escapes (nearly every one) is its own bytes, taken at once.
      if keepingText {
        var end = index
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
        if end < bytes.count, bytes[end] == UInt8(ascii: "\"") {
          let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
          index = end + 1
          return text
        }
      }
      var text = String.UnicodeScalarView()
      var runStart = index
      func keepRun(_ end: Int) {
        guard keepingText, end > runStart else { return }
        text.append(contentsOf: String(decoding: UnsafeBufferPointer(rebasing: bytes[runStart..<end]), as: UTF8.self).unicodeScalars)
      }
      while true {
        guard let byte = peek() else { throw Failure("it is not valid JSON (a string is not closed)") }
        switch byte {
        case UInt8(ascii: "\""):
          keepRun(index)
          index += 1
          return String(text)
        case UInt8(ascii: "\\"):
          keepRun(index)
          index += 1
          guard let escape = peek() else { throw Failure("it is not valid JSON") }
          index += 1
          switch escape {
          case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): if keepingText { text.append(Unicode.Scalar(escape)) }
          case UInt8(ascii: "b"): if keepingText { text.append("\u{8}") }
          case UInt8(ascii: "f"): if keepingText { text.append("\u{C}") }
          case UInt8(ascii: "n"): if keepingText { text.append("\n") }
          case UInt8(ascii: "r"): if keepingText { text.append("\r") }
          case UInt8(ascii: "t"): if keepingText { text.append("\t") }
          case UInt8(ascii: "u"):
            let unit = try hex4()
            var scalarValue = UInt32(unit)
            if (0xDC00...0xDFFF).contains(unit) { throw Failure("it holds half of a surrogate pair (\\u\(String(unit, radix: 16))) on its own, which is not a character") }
            if (0xD800...0xDBFF).contains(unit) {
              guard index + 1 < bytes.count, bytes[index] == UInt8(ascii: "\\"), bytes[index + 1] == UInt8(ascii: "u") else {
                throw Failure("it holds half of a surrogate pair (\\u\(String(unit, radix: 16))) on its own, which is not a character")
              }
              index += 2
              let low = try hex4()
              guard (0xDC00...0xDFFF).contains(low) else {
                throw Failure("it holds half of a surrogate pair (\\u\(String(unit, radix: 16))) on its own, which is not a character")
              }
              scalarValue = 0x10000 + ((UInt32(unit) - 0xD800) << 10) + (UInt32(low) - 0xDC00)
            }
            if keepingText, let scalar = Unicode.Scalar(scalarValue) { text.append(scalar) }
          default: throw Failure("it is not valid JSON (an unknown escape in a string)")
          }
          runStart = index
        case 0x00..<0x20:
          throw Failure("it is not valid JSON (a control character inside a string)")
        default:
          index += 1
        }
      }
    }

    mutating func hex4() throws(Failure) -> UInt16 {
      guard index + 4 <= bytes.count else { throw Failure("it is not valid JSON") }
      var value: UInt16 = 0
      for _ in 0..<4 {
        let byte = bytes[index]
        let digit: UInt8
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = byte - UInt8(ascii: "A") + 10
        default: throw Failure("it is not valid JSON (a \\u escape needs four hex digits)")
        }
        value = value << 4 | UInt16(digit)
        index += 1
      }
      return value
    }

    /// A number by JSON's grammar; a whole number must fit in 64 bits and any other must be finite. What
    /// it is when `building`, else `.null`.
    mutating func number() throws(Failure) -> JSONValue {
      let start = index
      var whole = true
      if peek() == UInt8(ascii: "-") { index += 1 }
      guard let first = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(first) else { throw Failure("it is not valid JSON (a number is not written right)") }
      if first == UInt8(ascii: "0") { index += 1 } else { digits() }
      if peek() == UInt8(ascii: ".") {
        whole = false
        index += 1
        guard digits() > 0 else { throw Failure("it is not valid JSON (a number is not written right)") }
      }
      if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
        whole = false
        index += 1
        if peek() == UInt8(ascii: "+") || peek() == UInt8(ascii: "-") { index += 1 }
        guard digits() > 0 else { throw Failure("it is not valid JSON (a number is not written right)") }
      }
      let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<index]), as: UTF8.self)
      if whole, let number = Int64(text) { return building ? .int(Int(number)) : .null }
      if !whole, let number = Double(text), number.isFinite { return building ? .double(number) : .null }
      throw Failure("the number \(text.prefix(40)) is out of range, so readers could disagree on its value")
    }

    @discardableResult
    mutating func digits() -> Int {
      let start = index
      while let byte = peek(), (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) { index += 1 }
      return index - start
    }
  }
}
