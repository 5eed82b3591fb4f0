import SDSEngine
import Testing

/// One definition of a hidden character, by Unicode property: every format and default-ignorable code
/// point is removed from what is typed, and ordinary writing in any script is kept.
@Suite struct HiddenCharactersTests {
  static let hidden: [Unicode.Scalar] = [
    "\u{200B}", "\u{200C}", "\u{200D}", "\u{2060}", "\u{00AD}", "\u{180E}", "\u{115F}", "\u{1160}", "\u{3164}", "\u{FFA0}",
    "\u{E0001}", "\u{E0041}", "\u{E007F}", "\u{FE0F}", "\u{034F}", "\u{061C}", "\u{FEFF}", "\u{2028}", "\u{2029}", "\u{202E}",
    "\u{2066}", "\u{200E}", "\u{1D173}", "\u{FFFF}", "\u{85}",
  ]

  @Test(arguments: hidden)
  func everyHiddenCharacterIsRemovedFromWhatIsTyped(_ scalar: Unicode.Scalar) {
    #expect(HiddenCharacters.contains(scalar))
    let typed = "my\(Character(scalar))garden"
    #expect(InputSanitiser.clean(typed) == "mygarden")
  }

  @Test(arguments: ["Llŷr", "café", "家", "🌷", "ا", "क्ष", "w\u{0302}", "“quoted” – dash", "\u{00A0}"] as [String])
  func visibleWritingIsKept(_ text: String) {
    #expect(text.unicodeScalars.allSatisfy { !HiddenCharacters.contains($0) })
    #expect(InputSanitiser.clean("x" + text + "x") == "x" + text + "x")
  }
}
