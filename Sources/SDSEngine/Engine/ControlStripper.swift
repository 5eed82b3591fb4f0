/// Removes from text everything a terminal could act on and every hidden character, for the engine's input
/// and the terminal's output alike, so there is one definition of what is dangerous (`HiddenCharacters`).
public enum ControlStripper {
  /// `text` without escape sequences (CSI, OSC, DCS, SOS, PM, APC and nF, in 7-bit and 8-bit forms),
  /// other control characters, DEL, C1 controls, or any other hidden character (`HiddenCharacters`:
  /// direction marks, zero-width and format characters, default-ignorables). Tabs become a
  /// space. Line feeds are kept when `keepingLineBreaks`, else removed; carriage returns always go, so
  /// nothing can rewrite a line already shown.
  public static func strip(_ text: String, keepingLineBreaks: Bool) -> String {
    var result = String.UnicodeScalarView()
    var memo = HiddenCharacters.Memo()
    var scalars = text.unicodeScalars.makeIterator()
    var pending = scalars.next()
    func skipToFinalByte() {
      while let current = pending {
        pending = scalars.next()
        if (0x40...0x7E).contains(current.value) { return }
      }
    }
    func skipString() {
      // OSC, DCS, SOS, PM and APC end with BEL, ESC \ or the 8-bit ST.
      var previousWasEscape = false
      while let current = pending {
        pending = scalars.next()
        if current.value == 0x07 || current.value == 0x9C || (previousWasEscape && current == "\\") { return }
        previousWasEscape = current.value == 0x1B
      }
    }
    while let scalar = pending {
      pending = scalars.next()
      switch scalar.value {
      case 0x1B:
        guard let next = pending else { continue }
        pending = scalars.next()
        switch next {
        case "[": skipToFinalByte()
        case "]", "P", "X", "^", "_": skipString()
        case " "..."/":
          // nF sequences (ESC ( B and the like): intermediates, then one final character.
          while let current = pending, (0x20...0x2F).contains(current.value) { pending = scalars.next() }
          if pending != nil { pending = scalars.next() }
        default: break  // ESC c, ESC 7, ...: both characters dropped
        }
      case 0x9B: skipToFinalByte()
      case 0x90, 0x98, 0x9D, 0x9E, 0x9F: skipString()
      case 0x0A: if keepingLineBreaks { result.append(scalar) }
      case 0x09: result.append(" ")
      default: if !memo.contains(scalar) { result.append(scalar) }
      }
    }
    return String(result)
  }
}
