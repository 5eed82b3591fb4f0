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

  /// Where the text starts, plus `offset` characters.
  func location(offset: Int = 0) -> SourceLocation {
    SourceLocation(file: file, line: number, column: indent + 1 + offset)
  }

  /// The lines of `source` that hold something.
  static func lines(of source: SourceFile) -> [FAQLine] {
    var result: [FAQLine] = []
    var number = 0
    // "\r\n" is one Character in Swift, so Windows line endings are split on explicitly.
    for rawLine in source.text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
      number += 1
      var line = Substring(rawLine)
      if number == 1, line.hasPrefix("\u{FEFF}") { line = line.dropFirst() }
      var indent = 0
      var start = line.startIndex
      while start < line.endIndex, line[start] == " " || line[start] == "\t" {
        indent = line[start] == "\t" ? (indent / 4 + 1) * 4 : indent + 1
        start = line.index(after: start)
      }
      var text = line[start...]
      while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
      if text.isEmpty || text.hasPrefix("#") { continue }
      result.append(FAQLine(number: number, indent: indent, text: String(text), file: source.path))
    }
    return result
  }
}
