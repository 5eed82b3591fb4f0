import SDSEngine

/// One line of an FAQ file, with its indentation measured. Blank lines and `#` comments are dropped.
struct FAQLine {
  /// 1-based line number.
  var number: Int
  /// Columns of leading white space (a tab moves to the next multiple of 4).
  var indent: Int
  /// The text after the indent, without trailing spaces.
  var text: String
  /// The file's path.
  var file: String
  /// True when the indent has a tab in it (reported as `E-TAB`).
  var hasTab = false

  /// Where the text starts, plus `offset` characters.
  func location(offset: Int = 0) -> SourceLocation {
    SourceLocation(file: file, line: number, column: indent + 1 + offset)
  }

  /// The lines of `source` that hold something. Works on the UTF-8 bytes, so it is quick, and
  /// Windows line endings ("\r\n", one Character in Swift) are split like any other.
  static func lines(of source: SourceFile) -> [FAQLine] {
    var result: [FAQLine] = []
    var bytes = Array(source.text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var number = 0
    for raw in bytes.split(separator: 10, omittingEmptySubsequences: false) {
      number += 1
      var line = raw[...]
      if line.last == 13 { line = line.dropLast() }
      var indent = 0
      let hasTab = line.prefix { $0 == 32 || $0 == 9 }.contains(9)
      while let first = line.first, first == 32 || first == 9 {
        indent = first == 9 ? (indent / 4 + 1) * 4 : indent + 1
        line = line.dropFirst()
      }
      while let last = line.last, last == 32 || last == 9 || last == 13 { line = line.dropLast() }
      if line.isEmpty || line.first == UInt8(ascii: "#") { continue }
      result.append(FAQLine(number: number, indent: indent, text: String(decoding: line, as: UTF8.self), file: source.path, hasTab: hasTab))
    }
    return result
  }
}
