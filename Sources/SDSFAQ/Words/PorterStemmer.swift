/// Reduces English words to a common stem ("payments", "paying" and "paid" → "pai", "paid"), so a question
/// and an answer that use different forms of a word still meet.
///
/// This is M. F. Porter's 1980 algorithm ("An algorithm for suffix stripping"), written from its published
/// description. Words that are not plain a–z letters, or shorter than 3 letters, are returned unchanged.
enum PorterStemmer {
  /// The stem of a lower-case word.
  static func stem(_ word: String) -> String {
    var letters = Array(word.utf8)
    guard letters.count > 2, letters.allSatisfy({ $0 >= 97 && $0 <= 122 }) else { return word }
    var stemmer = Run(b: letters, k: letters.count - 1)
    stemmer.step1ab()
    if stemmer.k > 0 {
      stemmer.step1c()
      stemmer.step2()
      stemmer.step3()
      stemmer.step4()
      stemmer.step5()
    }
    letters = Array(stemmer.b[0...stemmer.k])
    return String(decoding: letters, as: UTF8.self)
  }

  /// One run of the algorithm over `b[0...k]`; `j` marks the end of the stem while a suffix is tested.
  private struct Run {
    var b: [UInt8]
    var k: Int
    var j = 0

    private static let a = UInt8(ascii: "a"), e = UInt8(ascii: "e"), i = UInt8(ascii: "i"), o = UInt8(ascii: "o")
    private static let u = UInt8(ascii: "u"), y = UInt8(ascii: "y"), w = UInt8(ascii: "w"), x = UInt8(ascii: "x")
    private static let l = UInt8(ascii: "l"), s = UInt8(ascii: "s"), z = UInt8(ascii: "z"), t = UInt8(ascii: "t")

    init(b: [UInt8], k: Int) {
      self.b = b
      self.k = k
    }

    /// True when `b[index]` is a consonant: not a vowel, and `y` only after a vowel or at the start.
    func isConsonant(_ index: Int) -> Bool {
      switch b[index] {
      case Self.a, Self.e, Self.i, Self.o, Self.u: return false
      case Self.y: return index == 0 ? true : !isConsonant(index - 1)
      default: return true
      }
    }

    /// The number of vowel-consonant sequences in `b[0...j]`.
    func measure() -> Int {
      var n = 0
      var index = 0
      while true {
        if index > j { return n }
        if !isConsonant(index) { break }
        index += 1
      }
      index += 1
      while true {
        while true {
          if index > j { return n }
          if isConsonant(index) { break }
          index += 1
        }
        index += 1
        n += 1
        while true {
          if index > j { return n }
          if !isConsonant(index) { break }
          index += 1
        }
        index += 1
      }
    }

    /// True when `b[0...j]` holds a vowel.
    func vowelInStem() -> Bool {
      guard j >= 0 else { return false }
      for index in 0...j where !isConsonant(index) { return true }
      return false
    }

    /// True when `b[index-1...index]` is a double consonant.
    func doubleConsonant(_ index: Int) -> Bool {
      index >= 1 && b[index] == b[index - 1] && isConsonant(index)
    }

    /// True when `b[index-2...index]` is consonant-vowel-consonant and the last is not w, x or y.
    func cvc(_ index: Int) -> Bool {
      guard index >= 2, isConsonant(index), !isConsonant(index - 1), isConsonant(index - 2) else { return false }
      let last = b[index]
      return last != Self.w && last != Self.x && last != Self.y
    }

    /// True when `b[0...k]` ends with `suffix`; then `j` is set to just before it.
    mutating func ends(_ suffix: StaticString) -> Bool {
      let count = suffix.utf8CodeUnitCount
      guard count <= k + 1 else { return false }
      let start = k - count + 1
      let letters = suffix.utf8Start
      for offset in 0..<count where b[start + offset] != letters[offset] { return false }
      j = k - count
      return true
    }

    /// Replaces `b[j+1...k]` with `replacement`.
    mutating func setTo(_ replacement: StaticString) {
      let count = replacement.utf8CodeUnitCount
      b.replaceSubrange((j + 1)..<(k + 1), with: UnsafeBufferPointer(start: replacement.utf8Start, count: count))
      k = j + count
    }

    /// Replaces the suffix when the stem's measure is above zero.
    mutating func replaceIfMeasured(_ replacement: StaticString) {
      if measure() > 0 { setTo(replacement) }
    }

    /// Plurals and -ed or -ing: caresses → caress, ponies → poni, agreed → agree, hopping → hop.
    mutating func step1ab() {
      if b[k] == Self.s {
        if ends("sses") { k -= 2 }
        else if ends("ies") { setTo("i") }
        else if k >= 1, b[k - 1] != Self.s { k -= 1 }
      }
      if ends("eed") {
        if measure() > 0 { k -= 1 }
      } else if (ends("ed") || ends("ing")) && vowelInStem() {
        k = j
        if ends("at") { setTo("ate") }
        else if ends("bl") { setTo("ble") }
        else if ends("iz") { setTo("ize") }
        else if doubleConsonant(k) {
          k -= 1
          let last = b[k]
          if last == Self.l || last == Self.s || last == Self.z { k += 1 }
        } else {
          j = k
          if measure() == 1 && cvc(k) { setTo("e") }
        }
      }
    }

    /// A final y after a vowel in the stem becomes i: happy → happi.
    mutating func step1c() {
      if ends("y") && vowelInStem() { b[k] = Self.i }
    }

    /// Double suffixes to single ones: relational → relate, conditional → condition.
    mutating func step2() {
      guard k >= 1 else { return }
      let rules: [(StaticString, StaticString)]
      switch b[k - 1] {
      case UInt8(ascii: "a"): rules = [("ational", "ate"), ("tional", "tion")]
      case UInt8(ascii: "c"): rules = [("enci", "ence"), ("anci", "ance")]
      case UInt8(ascii: "e"): rules = [("izer", "ize")]
      case UInt8(ascii: "l"): rules = [("bli", "ble"), ("alli", "al"), ("entli", "ent"), ("eli", "e"), ("ousli", "ous")]
      case UInt8(ascii: "o"): rules = [("ization", "ize"), ("ation", "ate"), ("ator", "ate")]
      case UInt8(ascii: "s"): rules = [("alism", "al"), ("iveness", "ive"), ("fulness", "ful"), ("ousness", "ous")]
      case UInt8(ascii: "t"): rules = [("aliti", "al"), ("iviti", "ive"), ("biliti", "ble")]
      case UInt8(ascii: "g"): rules = [("logi", "log")]
      default: return
      }
      for (suffix, replacement) in rules where ends(suffix) {
        replaceIfMeasured(replacement)
        return
      }
    }

    /// -ic-, -full, -ness and the like: triplicate → triplic, hopeful → hope, goodness → good.
    mutating func step3() {
      let rules: [(StaticString, StaticString)]
      switch b[k] {
      case UInt8(ascii: "e"): rules = [("icate", "ic"), ("ative", ""), ("alize", "al")]
      case UInt8(ascii: "i"): rules = [("iciti", "ic")]
      case UInt8(ascii: "l"): rules = [("ical", "ic"), ("ful", "")]
      case UInt8(ascii: "s"): rules = [("ness", "")]
      default: return
      }
      for (suffix, replacement) in rules where ends(suffix) {
        replaceIfMeasured(replacement)
        return
      }
    }

    /// Takes off -ant, -ence, -ment and the like in a long enough stem: adjustment → adjust.
    mutating func step4() {
      guard k >= 1 else { return }
      let suffixes: [StaticString]
      switch b[k - 1] {
      case UInt8(ascii: "a"): suffixes = ["al"]
      case UInt8(ascii: "c"): suffixes = ["ance", "ence"]
      case UInt8(ascii: "e"): suffixes = ["er"]
      case UInt8(ascii: "i"): suffixes = ["ic"]
      case UInt8(ascii: "l"): suffixes = ["able", "ible"]
      case UInt8(ascii: "n"): suffixes = ["ant", "ement", "ment", "ent"]
      case UInt8(ascii: "o"): suffixes = ["ion", "ou"]
      case UInt8(ascii: "s"): suffixes = ["ism"]
      case UInt8(ascii: "t"): suffixes = ["ate", "iti"]
      case UInt8(ascii: "u"): suffixes = ["ous"]
      case UInt8(ascii: "v"): suffixes = ["ive"]
      case UInt8(ascii: "z"): suffixes = ["ize"]
      default: return
      }
      for suffix in suffixes where ends(suffix) {
        if suffix.utf8CodeUnitCount == 3 && suffix.utf8Start[0] == UInt8(ascii: "i") && suffix.utf8Start[2] == UInt8(ascii: "n") {
          guard j >= 0, b[j] == Self.s || b[j] == Self.t else { return }
        }
        if measure() > 1 { k = j }
        return
      }
    }

    /// A final -e goes in a long stem, and -ll becomes -l: probate → probat, controll → control.
    mutating func step5() {
      j = k
      if b[k] == Self.e {
        j = k - 1
        let m = measure()
        if m > 1 || (m == 1 && !cvc(k - 1)) { k -= 1 }
      }
      if b[k] == Self.l && doubleConsonant(k) {
        j = k
        if measure() > 1 { k -= 1 }
      }
    }
  }
}
