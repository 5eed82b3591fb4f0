import SDSEngine

/// An item of a pack or translation file: a line at the left edge and the indented lines under it.
struct Item {
  var head: SourceLine
  var body: [SourceLine]

  /// The head line split at spaces.
  var words: [Substring] { head.text.splitBytes(UInt8(ascii: " ")) }
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
  /// " Did you mean \"name:\"?" when `line` starts with words and a colon close to one of `keys`; else "".
  static func didYouMean(_ line: SourceLine, keys: some Collection<String>) -> String {
    guard let colon = line.text.firstIndex(of: ":") else { return "" }
    return closest(line.text[..<colon].trimmedSpaces, in: Array(keys)).map { " Did you mean \"\($0):\"?" } ?? ""
  }

  /// The items of `file`; an indented line with no item above it is reported.
  static func items(of file: SourceFile, report: (SourceLocation, String, String) -> Void) -> [Item] {
    var items: [Item] = []
    for line in SourceLine.lines(of: file) {
      // A line with a tab is reported and left out: joined to the line above, it would bring errors
      // of its own that only follow from the tab.
      if let tab = line.tabProblem {
        report(SourceLocation(file: tab.file, line: tab.line, column: tab.column), tab.code, tab.message)
        continue
      }
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

  /// The items of `file` for a conversation: the same as `items(of:report:)`, but a line under an item
  /// that starts with one of `prefixes` (like `en:`), and the lines that carry it on, are dropped while
  /// the file is cut into lines, before they are made into text. Nothing is reported: `sds check`
  /// reads the whole file. Comments, blank lines, tabs, CRLF and a byte order mark are read as
  /// `SourceLine.lines` reads them.
  /// With `only`, just the items whose head is one of those ids (then a space and a code, or nothing)
  /// are made; the others are passed over without being made into text.
  static func items(of file: SourceFile, skipping prefixes: [String], only: Set<String>? = nil) -> [Item] {
    let skipped = prefixes.map { Array($0.utf8) }
    let wanted = only.map { $0.map { Array($0.utf8) } }
    var passing = false
    var items: [Item] = []
    var bytes = Array(file.text.utf8)
    if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) }
    var number = 0
    var lineStart = 0
    var droppedIndent: Int?
    while lineStart <= bytes.count {
      var lineEnd = lineStart
      while lineEnd < bytes.count, bytes[lineEnd] != 0x0A { lineEnd += 1 }
      number += 1
      defer { lineStart = lineEnd + 1 }
      var end = lineEnd
      if end > lineStart, bytes[end - 1] == 0x0D { end -= 1 }
      var start = lineStart
      var indent = 0
      while start < end, bytes[start] == 0x20 || bytes[start] == 0x09 {
        indent = bytes[start] == 0x09 ? (indent / 4 + 1) * 4 : indent + 1
        start += 1
      }
      while end > start, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
      guard end > start, bytes[start] != 0x23 else { continue }
      if indent == 0 {
        droppedIndent = nil
        let head = bytes[start..<end]
        passing = wanted.map { ids in
          !ids.contains { id in head.starts(with: id) && (head.count == id.count || head[head.startIndex + id.count] == 0x20) }
        } ?? false
        if !passing { items.append(Item(head: SourceLine(number: number, indent: 0, text: String(decoding: head, as: UTF8.self), file: file.path), body: [])) }
        continue
      }
      guard !items.isEmpty, !passing else { continue }
      if let dropped = droppedIndent, indent > dropped { continue }
      droppedIndent = nil
      let content = bytes[start..<end]
      if skipped.contains(where: { content.starts(with: $0) }) {
        droppedIndent = indent
        continue
      }
      items[items.count - 1].body.append(SourceLine(number: number, indent: indent, text: String(decoding: content, as: UTF8.self), file: file.path))
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
      if let colon = line.text.utf8.firstIndex(of: UInt8(ascii: ":")) {
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
    value.splitBytes(UInt8(ascii: ",")).map(\.trimmedSpaces).filter { !$0.isEmpty }
  }

  /// Splits `Label | also: a, b` into the label and the other words; nil words when there is no `|`.
  static func choice(_ value: String) -> (label: String, also: [String]?, bad: Bool) {
    guard let bar = value.utf8.firstIndex(of: UInt8(ascii: "|")) else { return (value, nil, false) }
    let label = value[..<bar].trimmedSpaces
    let after = value[value.utf8.index(after: bar)...].trimmedSpaces
    guard after.hasPrefix("also:") else { return (label, nil, true) }
    return (label, list(String(after.dropFirst("also:".count))), false)
  }
}

extension StringProtocol {
  /// The text without spaces and tabs at either end (quicker than Foundation's trimming).
  ///
  /// This and `splitBytes` look at the UTF-8 bytes: spaces, tabs and the separators are ASCII, so a cut
  /// is always between letters, and they are much quicker than going a letter at a time. Translations
  /// are read this way when a conversation starts.
  var trimmedSpaces: String {
    let text = Substring(self)
    let bytes = text.utf8
    guard let first = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
    let last = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) ?? first
    return String(text[first...last])
  }

  /// The text cut at every `separator` (an ASCII byte), empty pieces left out.
  func splitBytes(_ separator: UInt8) -> [Substring] {
    let text = Substring(self)
    var pieces: [Substring] = []
    let bytes = text.utf8
    var start = bytes.startIndex
    var index = start
    while index < bytes.endIndex {
      if bytes[index] == separator {
        if start < index { pieces.append(text[start..<index]) }
        start = bytes.index(after: index)
      }
      index = bytes.index(after: index)
    }
    if start < bytes.endIndex { pieces.append(text[start..<bytes.endIndex]) }
    return pieces
  }

  /// True when the text holds `needle` (ASCII), found by bytes.
  func containsBytes(_ needle: StaticString) -> Bool {
    let target = UnsafeBufferPointer(start: needle.utf8Start, count: needle.utf8CodeUnitCount)
    let bytes = Array(utf8)
    guard target.count <= bytes.count else { return false }
    for start in 0...(bytes.count - target.count) where bytes[start] == target[0] {
      if bytes[start..<(start + target.count)].elementsEqual(target) { return true }
    }
    return false
  }
}
