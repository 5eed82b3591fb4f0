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
  /// True when the indent has a tab in it: a tab looks different in every editor, so the checkers
  /// report it (`E-TAB`) rather than guess which line it belongs under.
  public var hasTab: Bool

  /// Makes a line.
  public init(number: Int, indent: Int, text: String, file: String, hasTab: Bool = false) {
    self.number = number
    self.indent = indent
    self.text = text
    self.file = file
    self.hasTab = hasTab
  }

  /// The `E-TAB` problem for this line, when its indent has a tab.
  public var tabProblem: Diagnostic? {
    hasTab ? .tab(file: file, line: number) : nil
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
    // Byte by byte: Foundation's range(of:) is slow, and content files are read at every start-up.
    let bytes = Array(text.utf8), wanted = Array(token.utf8)
    guard !wanted.isEmpty, bytes.count >= wanted.count,
          let start = (0...(bytes.count - wanted.count)).first(where: { bytes[$0..<($0 + wanted.count)].elementsEqual(wanted) }) else { return location() }
    let index = text.utf8.index(text.utf8.startIndex, offsetBy: start)
    return location(offset: text.distance(from: text.startIndex, to: index))
  }

  /// Splits a file into lines, dropping blank lines and comments. Lines may end in LF or CRLF.
  ///
  /// It works on the UTF-8 bytes: every byte it looks for (newline, carriage return, space, tab, `#`)
  /// is ASCII, so a line is always cut at a character boundary, and it is quick on long files.
  public static func lines(of source: SourceFile) -> [SourceLine] {
    var result: [SourceLine] = []
    var bytes = Array(source.text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }  // a byte order mark
    var number = 0
    var lineStart = 0
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      number += 1
      var end = lineEnd
      if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
      var start = lineStart
      var indent = 0
      var hasTab = false
      while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 {
        if bytes[start] == 0x09 { hasTab = true }
        indent = bytes[start] == 0x09 ? (indent / 4 + 1) * 4 : indent + 1
        start += 1
      }
      while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
      if end > start, bytes[start] != 0x23 {
        result.append(SourceLine(number: number, indent: indent, text: String(decoding: bytes[start..<end], as: UTF8.self), file: source.path, hasTab: hasTab))
      }
      lineStart = lineEnd + 1
    }
    return result
  }
}

/// True when `text` is a usable id: small letters, digits and dashes, starting with a letter or digit.
@inlinable
public func isValidID(_ text: some StringProtocol) -> Bool {
  // Almost every id is plain ASCII: decide those from the bytes, without Unicode tables.
  var ascii = true
  var allowed = true
  for (offset, byte) in text.utf8.enumerated() {
    guard byte < 0x80 else { ascii = false; break }
    let letterOrDigit = (byte >= 0x61 && byte <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    if offset == 0 ? !letterOrDigit : !(letterOrDigit || byte == 0x2D || byte == 0x5F || byte == 0x2E) { allowed = false }
  }
  if ascii { return allowed && !text.isEmpty }
  guard let first = text.first, first.isLetter || first.isNumber else { return false }
  return text.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end, as a new string. Content files are read at every
  /// start-up, so this stays clear of Foundation's slower character-set trimming.
  func trimmingSpaces() -> String {
    let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\t" }
    guard let first = firstIndex(where: { !isSpace($0) }), let last = lastIndex(where: { !isSpace($0) }) else { return "" }
    return String(self[first...last])
  }
}

extension StringProtocol where SubSequence == Substring {
  /// The first place of an ASCII character, found by its byte: much quicker than a search by Character,
  /// and the same for the ASCII punctuation content files use (`:`, `=`, `,`).
  func firstIndex(ofASCII character: Unicode.Scalar) -> String.Index {
    utf8.firstIndex(of: UInt8(ascii: character)) ?? endIndex
  }

  /// The pieces between an ASCII separator (`,` or a space), found by bytes; empty pieces left out.
  func split(byASCII separator: Unicode.Scalar) -> [Substring] {
    let byte = UInt8(ascii: separator)
    var pieces: [Substring] = []
    var start = startIndex
    var index = startIndex
    let bytes = utf8
    while index < endIndex {
      if bytes[index] == byte {
        if start < index { pieces.append(self[start..<index]) }
        index = bytes.index(after: index)
        start = index
      } else {
        index = bytes.index(after: index)
      }
    }
    if start < endIndex { pieces.append(self[start..<endIndex]) }
    return pieces
  }
}
