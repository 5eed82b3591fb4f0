/// Reading Welsh words for matching: splitting, initial mutations, a few endings, and spelling.
///
/// Welsh changes the first letter of a word after some words: "cyllideb" (budget) is "eich cyllideb",
/// "ei gyllideb" (soft mutation), "fy nghyllideb" (nasal) and "ei chyllideb" (aspirate). A question and
/// an answer rarely use the same form, so each word is taken back to the form its mutated forms share.
///
/// Some changes can only come from a mutation ("ngh", "mh", "nh", "ph", "th", "dd", "ng" at the start)
/// and are undone always. Others are also how ordinary words start ("gofal" is a word, and also the
/// soft form of "cofal", which is not): those are undone only when the library holds the other form,
/// so "gymorth" meets "cymorth" but "gallu" stays "gallu". There is no Welsh dictionary here, so a few
/// everyday words whose other form is a different word are never undone ("dim", not "tîm"), and the
/// nasal "n" for "d" is not undone at all: "nod" (aim) is not "dod" (come), and it is rare in questions.
enum WelshWords {
  /// Words whose look-alike radical is a different word, so they are never taken as mutated forms:
  /// "dim" (not, nothing) is not "tîm" (team), "dal" (still) is not "tâl" (pay), "hun" (self) is not
  /// "un" (one), "dan" (under) is not "tan" (until), "nhw" (they) is no form of anything.
  static let neverMutated: Set<String> = ["dim", "dal", "hun", "dan", "nhw", "nhwthau"]

  // MARK: Splitting

  /// Lower-case words with accents dropped (â, ŵ, ŷ ... as a, w, y); apostrophes and other punctuation
  /// split words, so "sy'n" is "sy n" and "i'r" is "i r".
  static func words(_ text: String) -> [String] {
    var words: [String] = []
    if text.utf8.allSatisfy({ $0 < 128 }) {
      var bytes: [UInt8] = []
      bytes.reserveCapacity(16)
      for byte in text.utf8 {
        switch byte {
        case 65...90: bytes.append(byte + 32)
        case 97...122, 48...57: bytes.append(byte)
        default:
          guard !bytes.isEmpty else { continue }
          words.append(String(decoding: bytes, as: UTF8.self))
          bytes.removeAll(keepingCapacity: true)
        }
      }
      if !bytes.isEmpty { words.append(String(decoding: bytes, as: UTF8.self)) }
      return words
    }
    // By Unicode scalar, not Character: quicker, and an accent typed as a combining mark ("w" then a
    // circumflex) is dropped like a precomposed one ("ŵ").
    var scalars = String.UnicodeScalarView()
    func finishScalars() {
      if !scalars.isEmpty { words.append(String(scalars)) }
      scalars = String.UnicodeScalarView()
    }
    for scalar in text.unicodeScalars {
      let value = scalar.value
      if value < 128 {
        switch value {
        case 65...90: scalars.append(Unicode.Scalar(UInt8(value + 32)))
        case 97...122, 48...57: scalars.append(scalar)
        default: finishScalars()
        }
      } else if let plain = plainLetter(value) {
        scalars.append(Unicode.Scalar(plain))
      } else if scalar.properties.generalCategory == .nonspacingMark {
        continue
      } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
        scalars.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
      } else {
        finishScalars()
      }
    }
    finishScalars()
    return words
  }

  /// The plain letter for the accented letters Welsh uses (and the other Latin-1 vowels), small or
  /// capital; nil for anything else.
  private static func plainLetter(_ value: UInt32) -> UInt8? {
    switch value {
    case 0xC0...0xC4, 0xE0...0xE4: return UInt8(ascii: "a")
    case 0xC8...0xCB, 0xE8...0xEB: return UInt8(ascii: "e")
    case 0xCC...0xCF, 0xEC...0xEF: return UInt8(ascii: "i")
    case 0xD2...0xD6, 0xF2...0xF6: return UInt8(ascii: "o")
    case 0xD9...0xDC, 0xF9...0xFC: return UInt8(ascii: "u")
    case 0xDD, 0xFD, 0xFF, 0x176, 0x177, 0x178, 0x1EF2, 0x1EF3: return UInt8(ascii: "y")
    case 0x174, 0x175, 0x1E80...0x1E85: return UInt8(ascii: "w")
    default: return nil
    }
  }

  // MARK: Forms

  /// The word with the mutations that can only be mutations undone, and a few endings taken off:
  /// "nghyllideb" is "cyllideb", "ddiogel" "diogel", "taliadau" "taliad", "gofalwyr" "gofalwr",
  /// "gofalu" "gofal", "defnyddio" "defnydd", "cymysgedd" "cymysg".
  static func base(_ word: String) -> String {
    guard let letters = certain(word) else { return word }
    return String(decoding: withoutEnding(letters), as: UTF8.self)
  }

  /// The word's letters with the certain mutations undone; nil when it is not plain a to z.
  private static func certain(_ word: String) -> [UInt8]? {
    let letters = Array(word.utf8)
    guard letters.allSatisfy({ $0 < 128 }) else { return nil }
    return neverMutated.contains(word) ? letters : certainRadical(letters)
  }

  private static func starts(_ letters: [UInt8], _ prefix: String) -> Bool { letters.starts(with: prefix.utf8) }

  /// Undoes the nasal and aspirate mutations, and soft "dd", which no ordinary word starts with.
  private static func certainRadical(_ letters: [UInt8]) -> [UInt8] {
    func replace(_ count: Int, with start: String) -> [UInt8] { Array(start.utf8) + letters.dropFirst(count) }
    if starts(letters, "ngh"), letters.count > 4 { return replace(3, with: "c") }
    if starts(letters, "mh"), letters.count > 2 { return replace(2, with: "p") }
    if starts(letters, "nh"), letters.count > 2 { return replace(2, with: "t") }
    if starts(letters, "ph"), letters.count > 2 { return replace(2, with: "p") }
    if starts(letters, "th"), letters.count > 2 { return replace(2, with: "t") }
    if starts(letters, "dd"), letters.count > 3 { return replace(2, with: "d") }
    if starts(letters, "ng"), letters.count > 3 { return replace(2, with: "g") }
    return letters
  }

  /// Takes off a plural, verb or noun ending when enough is left: -iau, -au, -io, -edd, -u; -wyr and -iwr
  /// become -wr.
  private static func withoutEnding(_ letters: [UInt8]) -> [UInt8] {
    func ends(_ suffix: String) -> Bool { letters.count > suffix.utf8.count && letters.suffix(suffix.utf8.count).elementsEqual(suffix.utf8) }
    if ends("iau"), letters.count - 3 >= 3 { return Array(letters.dropLast(3)) }
    if ends("au"), letters.count - 2 >= 3 { return Array(letters.dropLast(2)) }
    if ends("wyr") || ends("iwr"), letters.count - 3 >= 3 { return Array(letters.dropLast(3)) + Array("wr".utf8) }
    if ends("io"), letters.count - 2 >= 4 { return Array(letters.dropLast(2)) }
    if ends("edd"), letters.count - 3 >= 4 { return Array(letters.dropLast(3)) }
    if ends("u"), letters.count - 1 >= 3, letters[letters.count - 2] != 0x75 { return Array(letters.dropLast(1)) }
    return letters
  }

  /// True when the word, or its form with the certain mutations undone ("ddim" is "dim"), is one of
  /// `neverMutated`.
  private static func isNeverMutated(_ word: String, _ letters: [UInt8]) -> Bool {
    neverMutated.contains(word) || neverMutated.contains(String(decoding: letters, as: UTF8.self))
  }

  private static func isVowel(_ byte: UInt8) -> Bool { "aeiouwy".utf8.contains(byte) }

  /// The base forms of the words `word` may be a soft, nasal or aspirate form of, most likely first:
  /// "gymorth" may be "cymorth", "fam" "bam" or "mam", "ofal" "gofal", "le" "lle", "harian" "arian".
  static func radicals(_ word: String) -> [String] {
    guard let letters = certain(word), !isNeverMutated(word, letters) else { return [] }
    return radicalForms(letters).map { String(decoding: withoutEnding(Array($0.utf8)), as: UTF8.self) }
  }

  private static func radicalForms(_ letters: [UInt8]) -> [String] {
    guard letters.count >= 3, let first = letters.first else { return [] }
    let whole = String(decoding: letters, as: UTF8.self)
    let rest = String(decoding: letters.dropFirst(), as: UTF8.self)
    if starts(letters, "ch") { return ["c" + String(decoding: letters.dropFirst(2), as: UTF8.self)] }
    if starts(letters, "ll") || starts(letters, "rh") || starts(letters, "ff") { return [] }
    switch first {
    case UInt8(ascii: "b"): return ["p" + rest]
    case UInt8(ascii: "d"): return ["t" + rest]
    case UInt8(ascii: "g"): return ["c" + rest]
    case UInt8(ascii: "f"): return ["b" + rest, "m" + rest]
    case UInt8(ascii: "m"): return ["b" + rest]
    case UInt8(ascii: "l"): return ["ll" + rest, "g" + whole]
    case UInt8(ascii: "r"): return ["rh" + rest, "g" + whole]
    case UInt8(ascii: "h"): return letters.count >= 4 && isVowel(letters[1]) ? [rest] : []
    default: return isVowel(first) ? ["g" + whole] : []
    }
  }

  /// The base forms of the soft, nasal and aspirate forms of `word`: "cymorth" gives "gymorth" and
  /// "chymorth" ("nghymorth" is "cymorth" already).
  static func mutations(_ word: String) -> [String] {
    guard let letters = certain(word), letters.count >= 3, let first = letters.first else { return [] }
    let rest = String(decoding: letters.dropFirst(), as: UTF8.self)
    let forms: [String]
    if starts(letters, "ll") {
      forms = ["l" + String(decoding: letters.dropFirst(2), as: UTF8.self)]
    } else if starts(letters, "rh") {
      forms = ["r" + String(decoding: letters.dropFirst(2), as: UTF8.self)]
    } else if starts(letters, "ch") || starts(letters, "ff") || starts(letters, "dd") {
      forms = []
    } else {
      switch first {
      case UInt8(ascii: "p"): forms = ["b" + rest]
      case UInt8(ascii: "t"): forms = ["d" + rest]
      case UInt8(ascii: "c"): forms = ["g" + rest, "ch" + rest]
      case UInt8(ascii: "b"): forms = ["f" + rest, "m" + rest]
      case UInt8(ascii: "m"): forms = ["f" + rest]
      case UInt8(ascii: "g"): forms = letters.count >= 4 ? [rest] : []
      default: forms = isVowel(first) ? ["h" + String(decoding: letters, as: UTF8.self)] : []
      }
    }
    return forms.map { String(decoding: withoutEnding(Array($0.utf8)), as: UTF8.self) }
  }

  /// Each base form of `vocabulary` with the form its group shares: forms that are mutations of each
  /// other, both in the library, are one group ("gymorth", "chymorth" and "cymorth").
  static func groups(_ vocabulary: Set<String>) -> [String: String] {
    let known = Set(vocabulary.map(base))
    var parent: [String: String] = [:]
    func root(_ form: String) -> String {
      var current = form
      while let next = parent[current], next != current { current = next }
      return current
    }
    for word in vocabulary.sorted() {
      let form = base(word)
      for radical in radicals(word) where radical != form && known.contains(radical) {
        let (a, b) = (root(form), root(radical))
        if a != b { parent[a] = b }
        break
      }
    }
    var groups: [String: String] = [:]
    for form in known { groups[form] = root(form) }
    return groups
  }

  /// The stem of `word`: its group's form when the library holds it, or a form it may be a mutation
  /// of, or a mutated form of it; otherwise its base form.
  static func stem(_ word: String, groups: [String: String]) -> String {
    let form = base(word)
    if let group = groups[form] { return group }
    if let letters = certain(word), isNeverMutated(word, letters) { return form }
    for radical in radicals(word) { if let group = groups[radical] { return group } }
    for mutated in mutations(word) { if let group = groups[mutated] { return group } }
    return form
  }

  // MARK: Spelling

  /// The Welsh letters that are written with two: each counts as one letter when spelling is measured.
  static let digraphs: [(String, UInt8)] = [("ch", 1), ("dd", 2), ("ff", 3), ("ng", 4), ("ll", 5), ("ph", 6), ("rh", 7), ("th", 8)]

  /// The word as Welsh letters, one byte each (ch, dd, ff, ng, ll, ph, rh and th as the bytes 1 to 8),
  /// or nil when it holds anything but a to z.
  static func letters(_ word: String) -> [UInt8]? {
    let bytes = Array(word.utf8)
    guard bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return nil }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count)
    var index = 0
    while index < bytes.count {
      if index + 1 < bytes.count, let code = digraphCode(bytes[index], bytes[index + 1]) {
        result.append(code)
        index += 2
      } else {
        result.append(bytes[index])
        index += 1
      }
    }
    return result
  }

  private static func digraphCode(_ a: UInt8, _ b: UInt8) -> UInt8? {
    switch (a, b) {
    case (99, 104): 1  // ch
    case (100, 100): 2  // dd
    case (102, 102): 3  // ff
    case (110, 103): 4  // ng
    case (108, 108): 5  // ll
    case (112, 104): 6  // ph
    case (114, 104): 7  // rh
    case (116, 104): 8  // th
    default: nil
    }
  }

  /// A looser spelling that the common slips share: each two-letter letter as its first half ("ll" as
  /// "l", "dd" as "d", "ff" as "f", "ch" as "c"), "u" and "y" as "i", and a letter written twice as one.
  /// Nil for words shorter than 4 letters, where this would join too many words.
  static func loose(_ word: String) -> String? {
    guard let letters = letters(word), letters.count >= 4 else { return nil }
    var result: [UInt8] = []
    for letter in letters {
      var plain: UInt8
      switch letter {
      case 1: plain = 99  // ch: c
      case 2: plain = 100  // dd: d
      case 3: plain = 102  // ff: f
      case 4: plain = 110  // ng: n
      case 5: plain = 108  // ll: l
      case 6: plain = 102  // ph: f
      case 7: plain = 114  // rh: r
      case 8: plain = 116  // th: t
      default: plain = letter
      }
      if plain == 117 || plain == 121 { plain = 105 }  // u, y: i
      if result.last != plain { result.append(plain) }
    }
    return String(decoding: result, as: UTF8.self)
  }
}
