import SDSEngine

/// A short fingerprint of a text, stored beside each translation so a change to the English shows.
///
/// It only has to notice edits, not resist attack, so it is FNV-1a (64-bit) folded to 32 bits and
/// written as 8 hex digits. It is not cryptography.
public enum TextHash {
  /// The fingerprint of `text`: 8 lower-case hex digits.
  public static func of(_ text: String) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    for byte in text.utf8 {
      hash ^= UInt64(byte)
      hash = hash &* 0x0000_0100_0000_01b3
    }
    return digits(hash)
  }

  /// The fingerprint of `text.source`, made from its pieces without writing the source out first
  /// (a conversation in another language makes one for every text as it starts).
  public static func of(_ text: ScriptText) -> String {
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325
    func add(_ bytes: some Sequence<UInt8>) {
      for byte in bytes {
        hash ^= UInt64(byte)
        hash = hash &* 0x0000_0100_0000_01b3
      }
    }
    for (index, paragraph) in text.paragraphs.enumerated() {
      if index > 0 { add(CollectionOfOne(UInt8(ascii: "\n"))) }
      for part in paragraph.parts {
        switch part {
        case .literal(let words): add(words.utf8)
        case .name(let name):
          add(CollectionOfOne(UInt8(ascii: "{")))
          add(name.utf8)
          add(CollectionOfOne(UInt8(ascii: "}")))
        }
      }
    }
    return digits(hash)
  }

  private static func digits(_ hash: UInt64) -> String {
    let folded = UInt32(truncatingIfNeeded: hash) ^ UInt32(truncatingIfNeeded: hash >> 32)
    let digits = String(folded, radix: 16)
    return String(repeating: "0", count: 8 - digits.count) + digits
  }

  /// True when `text` looks like a fingerprint: 8 hex digits.
  static func isHash(_ text: some StringProtocol) -> Bool {
    text.utf8.count == 8 && text.utf8.allSatisfy { ($0 >= 0x30 && $0 <= 0x39) || ($0 >= 0x61 && $0 <= 0x66) }
  }
}
