/// Writes JSON text that is safe to open anywhere: pretty, stable, and with every character that
/// could act on a terminal or reorder text written as a `\u` escape.
public enum JSONWriter {
  /// `value` as indented JSON (two spaces), ending with a newline.
  public static func pretty(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: 0, into: &out)
    out += "\n"
    return out
  }

  /// `value` on one line, with no spaces.
  public static func compact(_ value: JSONValue) -> String {
    var out = ""
    write(value, indent: nil, into: &out)
    return out
  }

  private static func write(_ value: JSONValue, indent: Int?, into out: inout String) {
    switch value {
    case .null: out += "null"
    case .bool(let flag): out += flag ? "true" : "false"
    case .int(let number): out += String(number)
    case .double(let number): out += number.isFinite ? String(number) : "null"
    case .string(let text): quote(text, into: &out)
    case .array(let items):
      if items.isEmpty { out += "[]"; return }
      out += "["
      for (index, item) in items.enumerated() {
        if index > 0 { out += "," }
        newline(indent.map { $0 + 1 }, &out)
        write(item, indent: indent.map { $0 + 1 }, into: &out)
      }
      newline(indent, &out)
      out += "]"
    case .object(let pairs):
      if pairs.isEmpty { out += "{}"; return }
      out += "{"
      for (index, pair) in pairs.enumerated() {
        if index > 0 { out += "," }
        newline(indent.map { $0 + 1 }, &out)
        quote(pair.0, into: &out)
        out += indent == nil ? ":" : ": "
        write(pair.1, indent: indent.map { $0 + 1 }, into: &out)
      }
      newline(indent, &out)
      out += "}"
    }
  }

  private static func newline(_ indent: Int?, _ out: inout String) {
    guard let indent else { return }
    out += "\n"
    for _ in 0..<indent { out += "  " }
  }

  /// A JSON string literal. Besides what JSON requires, every hidden character (`InertText.isHidden`:
  /// controls, format characters, separators, default-ignorables) is escaped, beyond U+FFFF as a
  /// surrogate pair, so the file shows no hidden text in an editor or a terminal. Escaping loses
  /// nothing: a JSON reader gets the same text.
  public static func quote(_ text: String) -> String {
    var out = ""
    quote(text, into: &out)
    return out
  }

  /// Adds `text` as a JSON string literal (see `quote(_:)`) to `out`.
  static func quote(_ text: String, into out: inout String) {
    // Most text is plain printable ASCII with nothing to escape: it is copied whole.
    if text.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7F && $0 != UInt8(ascii: "\"") && $0 != UInt8(ascii: "\\") }) {
      out += "\""
      out += text
      out += "\""
      return
    }
    out += "\""
    for scalar in text.unicodeScalars {
      switch scalar {
      case "\"": out += "\\\""
      case "\\": out += "\\\\"
      case "\n": out += "\\n"
      case "\r": out += "\\r"
      case "\t": out += "\\t"
      default:
        if InertText.isHidden(scalar) {
          if scalar.value > 0xFFFF {
            let offset = scalar.value - 0x10000
            out += "\\u" + hex4(0xD800 + (offset >> 10)) + "\\u" + hex4(0xDC00 + (offset & 0x3FF))
          } else {
            out += "\\u" + hex4(scalar.value)
          }
        } else {
          out.unicodeScalars.append(scalar)
        }
      }
    }
    out += "\""
  }

  private static func hex4(_ value: UInt32) -> String {
    let digits = Array("0123456789abcdef")
    return String((0..<4).reversed().map { digits[Int((value >> (UInt32($0) * 4)) & 0xF)] })
  }
}
