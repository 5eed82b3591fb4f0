/// The one definition of a hidden character: one that shows nothing, or acts on the display, so text
/// could be hidden in it or made to look like something else.
///
/// It goes by Unicode property, not a hand list: controls (Cc), format characters (Cf: direction marks,
/// zero-width spaces and joiners, the soft hyphen, the byte order mark, tag characters, ...), line and
/// paragraph separators, surrogates, noncharacters and every default-ignorable code point (variation
/// selectors, Hangul fillers, ...). The engine removes them from what is typed, the terminal from what it
/// shows, and every export removes or escapes them.
///
/// Zero-width joiners and variation selectors go too, so an emoji sequence shows as its separate parts
/// and the flags of England, Scotland and Wales as a plain black flag: nothing is hidden in them.
public enum HiddenCharacters {
  /// True when `scalar` is hidden. Tab and line feed are controls, so callers that keep them handle them first.
  @inline(__always)
  public static func contains(_ scalar: Unicode.Scalar) -> Bool {
    let value = scalar.value
    if value >= 0x20 && value < 0x7F { return false }
    if value < 0x20 || (value >= 0x7F && value <= 0x9F) { return true }
    let properties = scalar.properties
    if properties.isDefaultIgnorableCodePoint || properties.isNoncharacterCodePoint { return true }
    switch properties.generalCategory {
    case .control, .format, .lineSeparator, .paragraphSeparator, .surrogate: return true
    default: return false
    }
  }

  /// `contains`, remembering recent answers: a long text that repeats characters (a line of a million
  /// accents, say) looks each one up once, not once a time.
  struct Memo {
    private var keys = [UInt32](repeating: .max, count: 256)
    private var hidden = [Bool](repeating: false, count: 256)

    /// An empty memo.
    init() {}

    /// True when `scalar` is hidden (`HiddenCharacters.contains`).
    mutating func contains(_ scalar: Unicode.Scalar) -> Bool {
      let value = scalar.value
      if value >= 0x20 && value < 0x7F { return false }
      let slot = Int(value & 0xFF)
      if keys[slot] == value { return hidden[slot] }
      let answer = HiddenCharacters.contains(scalar)
      keys[slot] = value
      hidden[slot] = answer
      return answer
    }
  }
}
