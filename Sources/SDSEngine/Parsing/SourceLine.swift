/// One line of a content file, with its indentation measured.
///
/// Public so that other content formats (packs, translations) read lines exactly as the script does.
public struct SourceLine: Sendable {
  /// 1-based line number.
  public var number: Int
  /// Columns of leading white space (a tab counts as moving to the next multiple of 4).
  public var indent: Int
  /// The line without its leading white space and trailing spaces.
  public var text: String
  /// The file's path.
  public var file: String

  /// Makes a line.
  public init(number: Int, indent: Int, text: String, file: String) {
    self.number = number
    self.indent = indent
    self.text = text
    self.file = file
  }

  /// The location of the line's first character after the indent, plus `offset` characters.
  public func location(offset: Int = 0) -> SourceLocation {
    SourceLocation(file: file, line: number, column: indent + 1 + offset)
  }

  /// The location of the first occurrence of `token` in the text, or of the start of the text.
  public func location(of token: Substring) -> SourceLocation {
    location(offset: text.distance(from: text.startIndex, to: token.startIndex))
  }

  /// The location of `token` searched for by value.
  public func location(ofText token: String) -> SourceLocation {
    guard let range = text.range(of: token) else { return location() }
    return location(offset: text.distance(from: text.startIndex, to: range.lowerBound))
  }

  /// Splits a file into lines, dropping blank lines and comments.
  public static func lines(of source: SourceFile) -> [SourceLine] {
    var result: [SourceLine] = []
    var number = 0
    for rawLine in source.text.split(separator: "\n", omittingEmptySubsequences: false) {
      number += 1
      var line = Substring(rawLine)
      if line.hasSuffix("\r") { line = line.dropLast() }
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
      result.append(SourceLine(number: number, indent: indent, text: String(text), file: source.path))
    }
    return result
  }
}

/// True when `text` is a usable id: small letters, digits and dashes, starting with a letter or digit.
public func isValidID(_ text: some StringProtocol) -> Bool {
  guard let first = text.first, first.isLetter || first.isNumber else { return false }
  return text.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
}
