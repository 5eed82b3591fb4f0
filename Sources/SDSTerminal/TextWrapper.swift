/// Wraps text between words to fit the terminal.
public enum TextWrapper {
  /// Lines are never longer than this, however wide the terminal: long lines are hard to read.
  public static let maximumWidth = 80
  /// Narrower than this, wrapping does more harm than good.
  public static let minimumWidth = 10

  /// The width to wrap at on a terminal `columns` wide: min(columns, 80), or 80 when the width is unknown.
  public static func width(forColumns columns: Int?) -> Int {
    guard let columns, columns > 0 else { return maximumWidth }
    return max(minimumWidth, min(columns, maximumWidth))
  }

  /// `text` with each line wrapped between words to at most `width` columns.
  ///
  /// Existing line breaks are kept. A line of a list ("- help: ...", "  2. My home") carries on under its
  /// first word, not under the marker. A word longer than the line is never broken: it gets a line of its own.
  public static func wrap(_ text: String, width: Int) -> String {
    text.split(separator: "\n", omittingEmptySubsequences: false)
      .map { wrapLine($0, width: max(1, width)) }
      .joined(separator: "\n")
  }

  static func wrapLine(_ line: Substring, width: Int) -> String {
    if displayWidth(line) <= width { return String(line) }
    let indent = line.prefix { $0 == " " }.count
    let body = line.dropFirst(indent)
    var hanging = indent + listMarkerLength(body)
    if hanging > width / 2 { hanging = 0 }
    let words = body.split(separator: " ", omittingEmptySubsequences: true)
    var lines: [String] = []
    var current = String(repeating: " ", count: indent)
    var currentWidth = indent
    var currentHasWord = false
    for word in words {
      let wordWidth = displayWidth(word)
      if currentHasWord && currentWidth + 1 + wordWidth > width {
        lines.append(current)
        current = String(repeating: " ", count: hanging)
        currentWidth = hanging
        currentHasWord = false
      }
      if currentHasWord {
        current += " "
        currentWidth += 1
      }
      current += word
      currentWidth += wordWidth
      currentHasWord = true
    }
    lines.append(current)
    return lines.joined(separator: "\n")
  }

  /// How many characters a list marker at the start of `body` takes, with its space: "- " is 2, "12. " is 4.
  static func listMarkerLength(_ body: Substring) -> Int {
    if body.hasPrefix("- ") || body.hasPrefix("* ") { return 2 }
    let digits = body.prefix { $0.isASCII && $0.isNumber }
    guard !digits.isEmpty, digits.count <= 3 else { return 0 }
    let rest = body.dropFirst(digits.count)
    if rest.hasPrefix(". ") || rest.hasPrefix(") ") { return digits.count + 2 }
    return 0
  }

  /// The number of terminal columns `text` takes: wide (East Asian, emoji) characters take two.
  public static func displayWidth<S: StringProtocol>(_ text: S) -> Int {
    var total = 0
    for character in text {
      guard let scalar = character.unicodeScalars.first else { continue }
      total += isWide(scalar.value) ? 2 : 1
    }
    return total
  }

  private static func isWide(_ value: UInt32) -> Bool {
    switch value {
    case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xA000...0xA4CF,
         0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
         0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
      return true
    default:
      return false
    }
  }
}
