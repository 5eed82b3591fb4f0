import SDSEngine

/// An item of a pack or translation file: a line at the left edge and the indented lines under it.
struct Item {
  var head: SourceLine
  var body: [SourceLine]

  /// The head line split at spaces.
  var words: [Substring] { head.text.split(separator: " ", omittingEmptySubsequences: true) }
}

/// One line under an item, split into `key: value` when it starts with a known key. Lines indented
/// further than the line above carry it on, joined with a space, as in the script.
struct Entry {
  /// The key before the colon, or nil for a line of plain text.
  var key: String?
  /// The value after the colon (or the whole line).
  var value: String
  /// The line it starts on.
  var line: SourceLine
  /// Where the value starts.
  var valueLocation: SourceLocation
}

/// Reads files of items the way the script parser does: comments and blank lines dropped, items at the
/// left edge, their lines indented under them.
enum ItemReader {
  /// The items of `file`; an indented line with no item above it is reported.
  static func items(of file: SourceFile, report: (SourceLocation, String, String) -> Void) -> [Item] {
    var items: [Item] = []
    for line in SourceLine.lines(of: file) {
      if line.indent == 0 {
        items.append(Item(head: line, body: []))
      } else if items.isEmpty {
        report(line.location(), "E-INDENT", "This line is indented, but there is no item above it. Remove the spaces at the start, or put it under an item.")
      } else {
        items[items.count - 1].body.append(line)
      }
    }
    return items
  }

  /// The lines under `item`, with `key: value` split off when `isKey` accepts the key.
  static func entries(of item: Item, isKey: (String) -> Bool) -> [Entry] {
    var result: [Entry] = []
    var lastIndent = -1
    for line in item.body {
      if lastIndent >= 0, line.indent > lastIndent, !result.isEmpty {
        result[result.count - 1].value += " " + line.text
        continue
      }
      lastIndent = line.indent
      if let colon = line.text.firstIndex(of: ":") {
        let key = line.text[..<colon].trimmedSpaces
        if isKey(key) {
          var start = line.text.index(after: colon)
          while start < line.text.endIndex, line.text[start] == " " { start = line.text.index(after: start) }
          result.append(Entry(key: key, value: String(line.text[start...]), line: line, valueLocation: line.location(of: line.text[start...])))
          continue
        }
      }
      result.append(Entry(key: nil, value: line.text, line: line, valueLocation: line.location()))
    }
    return result
  }

  /// Text lines as paragraphs, exactly as the script reads them: lines starting "- " stay together.
  static func paragraphs(_ entries: [Entry]) -> [Template] {
    ScriptParser.paragraphs(entries.map { entry in
      SourceLine(number: entry.valueLocation.line, indent: entry.valueLocation.column - 1, text: entry.value, file: entry.valueLocation.file)
    })
  }

  /// A comma-separated list, trimmed, empty parts dropped.
  static func list(_ value: String) -> [String] {
    value.split(separator: ",").map(\.trimmedSpaces).filter { !$0.isEmpty }
  }

  /// Splits `Label | also: a, b` into the label and the other words; nil words when there is no `|`.
  static func choice(_ value: String) -> (label: String, also: [String]?, bad: Bool) {
    guard let bar = value.range(of: "|") else { return (value, nil, false) }
    let label = value[..<bar.lowerBound].trimmedSpaces
    let after = value[bar.upperBound...].trimmedSpaces
    guard after.hasPrefix("also:") else { return (label, nil, true) }
    return (label, list(String(after.dropFirst("also:".count))), false)
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end (quicker than Foundation's trimming).
  var trimmedSpaces: String {
    var start = startIndex
    var end = endIndex
    while start < end, self[start] == " " || self[start] == "\t" { start = index(after: start) }
    while end > start, self[index(before: end)] == " " || self[index(before: end)] == "\t" { end = index(before: end) }
    return String(self[start..<end])
  }
}
