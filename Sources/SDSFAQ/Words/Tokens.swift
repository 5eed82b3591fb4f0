import SDSEngine

/// Splitting text into the words the matcher reads.
enum Tokens {
  /// Lower-case words, with apostrophes removed and other punctuation taken as spaces (as
  /// `Understanding.normalise` does). Plain ASCII text, nearly all of it, takes a quick path over its bytes.
  static func words(_ text: String) -> [String] {
    guard text.utf8.allSatisfy({ $0 < 128 }) else {
      return Understanding.normalise(text).split(separator: " ").map(String.init)
    }
    var words: [String] = []
    var current: [UInt8] = []
    current.reserveCapacity(16)
    for byte in text.utf8 {
      switch byte {
      case 65...90: current.append(byte + 32)
      case 97...122, 48...57: current.append(byte)
      case 39: continue
      default:
        guard !current.isEmpty else { continue }
        words.append(String(decoding: current, as: UTF8.self))
        current.removeAll(keepingCapacity: true)
      }
    }
    if !current.isEmpty { words.append(String(decoding: current, as: UTF8.self)) }
    return words
  }

  /// True for a word made only of digits.
  static func isNumber(_ word: String) -> Bool {
    !word.isEmpty && word.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
  }
}
