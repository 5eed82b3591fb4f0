/// Cleans what a person typed before the engine looks at it or stores it.
public enum InputSanitiser {
  /// The longest answer accepted, in characters.
  public static let maximumLength = 2_000

  /// `text` with terminal escape sequences, control characters and text-direction overrides removed,
  /// tabs turned into spaces, and leading and trailing spaces trimmed.
  public static func clean(_ text: String) -> String {
    var result = String.UnicodeScalarView()
    var scalars = text.unicodeScalars.makeIterator()
    var pending: Unicode.Scalar? = scalars.next()
    while let scalar = pending {
      pending = scalars.next()
      switch scalar.value {
      case 0x1B:
        // ESC: skip the whole sequence. CSI is ESC [ params final(0x40...0x7E);
        // OSC, DCS, SOS, PM and APC run to BEL or ESC \.
        guard let next = pending else { continue }
        pending = scalars.next()
        switch next {
        case "[":
          while let current = pending {
            pending = scalars.next()
            if (0x40...0x7E).contains(current.value) { break }
          }
        case "]", "P", "X", "^", "_":
          var previousWasEscape = false
          while let current = pending {
            pending = scalars.next()
            if current.value == 0x07 || (previousWasEscape && current == "\\") { break }
            previousWasEscape = current.value == 0x1B
          }
        default:
          break  // a two-character sequence such as ESC c: both dropped
        }
      case 0x9B:
        // C1 CSI: skip to the final byte.
        while let current = pending {
          pending = scalars.next()
          if (0x40...0x7E).contains(current.value) { break }
        }
      case 0x09:
        result.append(" ")
      case 0x00...0x1F, 0x7F...0x9F:
        continue
      case 0x200E, 0x200F, 0x202A...0x202E, 0x2066...0x2069:
        continue  // text-direction marks and overrides can disguise text
      default:
        result.append(scalar)
      }
    }
    return String(result).trimmingCharacters(in: .whitespaces)
  }
}

import Foundation
