/// The reference a person is given for a sent draft or a saved conversation, such as `K7QM-3XRT-VPZ`.
///
/// Ten random characters and one check character, from 31 characters that cannot be mistaken for
/// each other: no 0 or O, no 1, I or L. It is shown in groups of four, four and three.
///
/// How random is enough: kiosks make references with no shared counter, so two could in principle
/// pick the same one. Ten characters give 31^10 ≈ 8.2 × 10^14 possibilities (49.5 bits). By the
/// birthday bound, the chance that any two of N references are the same is about N² / (2 × 31^10):
/// for 100,000 drafts and saves (a large council over many years) that is about 1 in 160,000; for
/// 1,000,000 (every kiosk in the country) about 1 in 1,600. And a clash can never do harm: the drop
/// folder refuses to publish over an existing name, and the sender then simply picks another reference.
///
/// The check character is a weighted sum (weights 1 to 11) modulo 31. Because 31 is prime and every
/// weight is below it, any one wrong character and any swap of two neighbouring characters is caught.
public struct Reference: Hashable, Sendable, Comparable, CustomStringConvertible, Codable {
  /// The 31 characters references use, in value order.
  public static let alphabet: [Character] = Array("23456789ABCDEFGHJKMNPQRSTUVWXYZ")
  /// How many random characters come before the check character.
  public static let randomLength = 10

  /// The eleven characters with no dashes, such as `K7QM3XRTVPZ`. Safe in a file name.
  public let compact: String

  private init(compact: String) { self.compact = compact }

  /// The reference in groups for reading: `K7QM-3XRT-VPZ`.
  public var description: String {
    let characters = Array(compact)
    return String(characters[0..<4]) + "-" + String(characters[4..<8]) + "-" + String(characters[8...])
  }

  public static func < (lhs: Reference, rhs: Reference) -> Bool { lhs.compact < rhs.compact }

  /// A new random reference.
  public static func random(using generator: inout some RandomNumberGenerator) -> Reference {
    let values = (0..<randomLength).map { _ in Int(generator.next(upperBound: UInt(alphabet.count))) }
    return Reference(compact: String((values + [check(values)]).map { alphabet[$0] }))
  }

  /// Reads a reference as a person might type it: any case, with or without dashes or spaces.
  public static func parse(_ text: String) throws(ReferenceProblem) -> Reference {
    let cleaned = text.uppercased().filter { !$0.isWhitespace && $0 != "-" && $0 != "." }
    guard !cleaned.isEmpty else { throw .empty }
    let unused = cleaned.filter { !alphabet.contains($0) }
    if !unused.isEmpty {
      var seen = Set<Character>()
      throw .unusedCharacters(String(unused.filter { seen.insert($0).inserted }))
    }
    guard cleaned.count == randomLength + 1 else { throw .wrongLength(cleaned.count) }
    let values = cleaned.map { alphabet.firstIndex(of: $0)! }
    guard check(Array(values.prefix(randomLength))) == values[randomLength] else { throw .checkFailed }
    return Reference(compact: cleaned)
  }

  /// The check value of `values`: their weighted sum (weights 1, 2, 3, ...) modulo 31.
  static func check(_ values: [Int]) -> Int {
    values.enumerated().reduce(0) { ($0 + ($1.offset + 1) * $1.element) % alphabet.count }
  }

  public init(from decoder: any Decoder) throws {
    let text = try decoder.singleValueContainer().decode(String.self)
    do { self = try Reference.parse(text) } catch {
      throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "\(text) is not a reference: \(error)"))
    }
  }

  public func encode(to encoder: any Encoder) throws {
    var container = encoder.singleValueContainer()
    try container.encode(description)
  }
}

/// Why some text is not a reference. Each says what to do, for a key worker's screen.
public enum ReferenceProblem: Error, Equatable, Sendable, CustomStringConvertible {
  /// Nothing was typed.
  case empty
  /// It has characters references never use (such as 0, O, 1, I or L).
  case unusedCharacters(String)
  /// It has the wrong number of characters.
  case wrongLength(Int)
  /// Every character is possible, but the check character does not match: it looks mistyped.
  case checkFailed

  public var description: String {
    switch self {
    case .empty:
      return "No reference was given. A reference looks like K7QM-3XRT-VPZ."
    case .unusedCharacters(let characters):
      return "It has \(characters.count == 1 ? "a character" : "characters") that references never use (\(characters)). References have no 0, O, 1, I or L, so it looks mistyped. Check it and try again."
    case .wrongLength(let count):
      return "It has \(count) letters and numbers, but a reference has 11 (like K7QM-3XRT-VPZ). Check it and try again."
    case .checkFailed:
      return "Its last character does not match the others, so it looks mistyped. Check each character and try again."
    }
  }
}
