/// How the words of one language are read for matching: split into words, each word put into the one
/// form that its other forms share, and small spelling mistakes put right.
public enum WordRules: String, Sendable, CaseIterable {
  /// English: apostrophes dropped ("don't" is "dont"), Porter's stemmer ("paying" and "payments" meet
  /// "pay" and "payment"), one letter wrong in words of 6 letters or more.
  case english
  /// Welsh: accents dropped ("ffôn" is "ffon"), apostrophes split words ("sy'n" is "sy n"), no English
  /// stemming; the initial mutations undone ("gyllideb", "nghyllideb" and "chyllideb" meet "cyllideb"),
  /// a few common endings taken off ("taliadau" meets "taliad", "gofalu" meets "gofal"); the letters
  /// ch, dd, ff, ng, ll, ph, rh and th count as one letter each when spelling is put right, and "l" for
  /// "ll" or "d" for "dd" is forgiven in shorter words too.
  case welsh
  /// Any other language: words as typed, in small letters, apostrophes dropped. No stemming.
  case plain

  /// The rules for a language code: `en` English, `cy` Welsh, anything else plain.
  public static func forLanguage(_ code: String) -> WordRules {
    switch code {
    case "en": .english
    case "cy": .welsh
    default: .plain
    }
  }

  /// The words of `text`, in small letters, as these rules split them.
  func words(_ text: String) -> [String] {
    switch self {
    case .english, .plain: Tokens.words(text)
    case .welsh: WelshWords.words(text)
    }
  }

  /// A word as the letters spelling is measured in (one byte a letter), or nil when it holds anything
  /// but the letters a to z. English counts bytes; Welsh counts ch, dd, ll ... as one letter.
  func letters(_ word: String) -> [UInt8]? {
    switch self {
    case .english, .plain:
      let bytes = Array(word.utf8)
      return bytes.allSatisfy({ $0 >= 97 && $0 <= 122 }) ? bytes : nil
    case .welsh:
      return WelshWords.letters(word)
    }
  }

  /// A looser spelling that common slips share (Welsh: "l" for "ll", "d" for "dd", "i" for "u" or "y",
  /// one letter for two), or nil when these rules have none. Words with the same loose spelling are
  /// taken as the same word, when the word typed is unknown.
  func looseSpelling(_ word: String) -> String? {
    switch self {
    case .english, .plain: nil
    case .welsh: WelshWords.loose(word)
    }
  }
}

/// Puts each word of one library into the form its other forms share. Built once with the library, from
/// every word it holds, because in Welsh which word a mutated form comes from depends on the words there.
struct Stemmer: Sendable {
  let rules: WordRules
  /// Welsh: each word's base form (see `WelshWords.base`) in the library, by its group's form.
  private let groups: [String: String]

  /// A stemmer for `rules`; `vocabulary` (every word of the library, small words left out) is only
  /// needed for Welsh.
  init(rules: WordRules, vocabulary: Set<String> = []) {
    self.rules = rules
    groups = rules == .welsh ? WelshWords.groups(vocabulary) : [:]
  }

  /// The stem of one word, as `words` split it.
  func stem(_ word: String) -> String {
    switch rules {
    case .english: return PorterStemmer.stem(word)
    case .plain: return word
    case .welsh: return WelshWords.stem(word, groups: groups)
    }
  }
}
