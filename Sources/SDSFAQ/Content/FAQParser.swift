import SDSEngine

/// Turns FAQ files into `FAQContent`, collecting every problem instead of stopping at the first.
struct FAQParser {
  /// The messages the library says itself.
  static let messageIDs: [String] = ["no-match", "unrelated"]

  /// An item line and the indented lines under it.
  private struct Item {
    var head: FAQLine
    var body: [FAQLine]
  }

  /// A line and the lines indented deeper under it, which carry it on.
  private struct Logical {
    var first: FAQLine
    var continuations: [FAQLine] = []
  }

  /// The fields an entry can have.
  private enum Field: String, CaseIterable {
    case title, answer, more, keywords, harm
  }

  private var content = FAQContent()
  private var diagnostics: [Diagnostic] = []
  private var entryLocations: [String: SourceLocation] = [:]

  /// Parses `files` in the order given.
  static func parse(_ files: [SourceFile]) -> (content: FAQContent, diagnostics: [Diagnostic]) {
    var parser = FAQParser()
    for file in files { parser.parseFile(file) }
    parser.content.files = files.map(\.path)
    return (parser.content, parser.diagnostics)
  }

  private mutating func report(_ location: SourceLocation, _ code: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
    diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: severity, code: code, message: message))
  }

  // MARK: Files and items

  private mutating func parseFile(_ file: SourceFile) {
    var items: [Item] = []
    for line in FAQLine.lines(of: file) {
      if line.hasTab { diagnostics.append(.tab(file: line.file, line: line.number)) }
      if line.indent == 0 {
        items.append(Item(head: line, body: []))
      } else if items.isEmpty {
        report(line.location(), "E-FAQ-INDENT", "This line is indented, but there is no item above it. Remove the spaces at the start, or put it under an item.")
      } else {
        items[items.count - 1].body.append(line)
      }
    }
    for item in items { parseItem(item) }
  }

  private mutating func parseItem(_ item: Item) {
    let words = item.head.text.split(separator: " ")
    guard let keyword = words.first else { return }
    switch keyword {
    case "faq": parseEntry(item, words)
    case "message": parseMessage(item, words)
    case "synonyms": if noExtraWords(item, words) { parseSynonyms(item, weak: false) }
    case "weak" where words.count == 2 && words[1] == "synonyms": parseSynonyms(item, weak: true)
    case "ignore": if noExtraWords(item, words) { content.ignored += wordList(item) }
    case "unrelated": if noExtraWords(item, words) { content.unrelated += wordList(item) }
    case "question" where words.count == 2 && words[1] == "words": content.questionWords += wordList(item)
    default:
      report(item.head.location(), "E-FAQ-UNKNOWN-ITEM", "\"\(item.head.text)\" is not something I know. Items in FAQ files start with faq, message, synonyms, weak synonyms, ignore, question words or unrelated.")
    }
  }

  private mutating func noExtraWords(_ item: Item, _ words: [Substring]) -> Bool {
    guard words.count > 1 else { return true }
    report(item.head.location(of: words[1]), "E-FAQ-SYNTAX", "Nothing goes after \"\(words[0])\" on its line. Put the words on the indented lines under it.")
    return false
  }

  /// Splits the body into logical lines: a deeper line carries on the line above it.
  private func logicalLines(_ body: [FAQLine]) -> [Logical] {
    guard let base = body.first?.indent else { return [] }
    var result: [Logical] = []
    for line in body {
      if line.indent > base, !result.isEmpty {
        result[result.count - 1].continuations.append(line)
      } else {
        result.append(Logical(first: line))
      }
    }
    return result
  }

  // MARK: Entries

  private mutating func parseEntry(_ item: Item, _ words: [Substring]) {
    guard words.count == 2, isValidID(words[1]) else {
      let location = words.count > 1 ? item.head.location(of: words[1]) : item.head.location()
      report(location, "E-FAQ-BAD-ID", "A question needs one id after faq, made of small letters, numbers and dashes, like: faq pay-family")
      return
    }
    let id = String(words[1])
    let idLocation = item.head.location(of: words[1])
    if let first = entryLocations[id] {
      report(idLocation, "E-FAQ-DUPLICATE-ID", "There is already a question with the id \"\(id)\" (at \(first.file):\(first.line)). Give this one a different id.")
      return
    }
    entryLocations[id] = idLocation
    var entry = FAQEntry(id: id, location: item.head.location())
    var seen: Set<String> = []
    for logical in logicalLines(item.body) {
      let line = logical.first
      // A line with a tab has its own error (E-TAB), which says all there is to say about its indent.
      for (above, carried) in zip([line] + logical.continuations, logical.continuations) where !carried.hasTab {
        if let slip = Diagnostic.indentSlip(file: carried.file, line: carried.number, column: carried.location().column, text: carried.text,
                                            indent: carried.indent, previousIndent: above.indent, isKey: Self.isField) {
          diagnostics.append(slip)
        }
      }
      guard let colon = line.text.firstIndex(of: ":") else {
        report(line.location(), "E-FAQ-UNKNOWN-PROPERTY", "I expected a property like \"answer: ...\" here. Lines under faq start with title, answer, more or keywords, then a colon.")
        continue
      }
      let key = line.text[..<colon].lowercased().split(separator: " ")
      if key.first == "urgent" {
        report(line.location(), "E-FAQ-URGENT-MOVED", "Words that mean a person may not be safe now go in Content/safety/en.txt, where every answer is listened to, questions to the FAQ too. Move these words there as rules, and remove this line.")
        continue
      }
      guard let fieldWord = key.first, let field = Field(rawValue: String(fieldWord)) else {
        let near = key.first.flatMap { closest(String($0), in: Field.allCases.map(\.rawValue)) }.map { " Did you mean \"\($0):\"?" } ?? ""
        report(line.location(), "E-FAQ-UNKNOWN-PROPERTY", "\"\(line.text[..<colon])\" is not a property of a question.\(near) Use title, answer, more or keywords, with \"for\" and a nation when the text is only for one nation.")
        continue
      }
      guard let nations = parseNations(key.dropFirst(), line) else { continue }
      let valueStart = line.text.index(after: colon)
      let offset = line.text.distance(from: line.text.startIndex, to: valueStart)
      let leading = line.text[valueStart...].prefix { $0 == " " }.count
      let value = String(line.text[valueStart...].dropFirst(leading))
      let valueLocation = line.location(offset: offset + leading)
      if value.isEmpty && logical.continuations.isEmpty {
        report(line.location(), "E-FAQ-EMPTY", "\"\(line.text[..<colon])\" has no text after the colon. Write the text, or remove the line.")
        continue
      }
      let seenKey = field.rawValue + "/" + nations.map(\.rawValue).joined(separator: ",")
      if field == .title, !seen.insert(seenKey).inserted {
        report(line.location(), "E-FAQ-DUPLICATE-PROPERTY", "This question already has a title\(nations.isEmpty ? "" : " for these nations"). Keep one.")
        continue
      }
      switch field {
      case .title:
        let template = prose(value, at: valueLocation, logical.continuations, keepLists: false)
        assign(&entry.title, template, nations)
      case .answer, .more:
        let paragraph = prose(value, at: valueLocation, logical.continuations, keepLists: true)
        if field == .answer { append(&entry.answer, paragraph, nations) } else { append(&entry.more, paragraph, nations) }
      case .harm:
        guard value.lowercased() == "yes" else {
          report(valueLocation, "E-FAQ-HARM", "harm: takes yes, to say this question answers anyone the safety listener hears harm from. Write: harm: yes")
          continue
        }
        content.harmEntry = id
      case .keywords:
        if entry.keywordsLocation == nil { entry.keywordsLocation = valueLocation }
        let joined = ([value] + logical.continuations.map(\.text)).joined(separator: ", ")
        let list = joined.split(separator: ",").map { $0.trimmedLowercase() }.filter { !$0.isEmpty }
        append(&entry.keywords, list, nations)
      }
    }
    if entry.title.neutral == nil {
      report(idLocation, "E-FAQ-NO-TITLE", "The question \"\(id)\" has no title. Add a line like: title: Can I pay a family member to care for me?")
    }
    if entry.answer.neutral == nil {
      report(idLocation, "E-FAQ-NO-ANSWER", "The question \"\(id)\" has no answer for everyone. Add an answer: line. Lines like answer for scotland: only replace it for one nation.")
    }
    content.entries.append(entry)
  }

  /// The nations after `for` in a property name (`answer for scotland, wales`); empty for the neutral text.
  private mutating func parseNations(_ words: ArraySlice<Substring>, _ line: FAQLine) -> [Nation]? {
    guard let first = words.first else { return [] }
    guard first == "for", words.count > 1 else {
      report(line.location(), "E-FAQ-UNKNOWN-PROPERTY", "Write the nation after \"for\", like: answer for scotland:")
      return nil
    }
    var nations: [Nation] = []
    let names = words.dropFirst().joined(separator: " ").replacingOccurrences(of: " and ", with: ",").split(separator: ",")
    for name in names.map({ $0.trimmedLowercase() }) where !name.isEmpty {
      guard let nation = Nation(rawValue: name) else {
        report(line.location(), "E-FAQ-UNKNOWN-NATION", "\"\(name)\" is not a nation I know. Use \(Nation.idList).")
        return nil
      }
      nations.append(nation)
    }
    return nations
  }

  private func assign<Value>(_ variants: inout Variants<Value>, _ value: Value, _ nations: [Nation]) {
    if nations.isEmpty { variants.neutral = value }
    for nation in nations { variants.byNation[nation] = value }
  }

  private func append<Value>(_ variants: inout Variants<[Value]>, _ values: [Value], _ nations: [Nation]) {
    if nations.isEmpty { variants.neutral = (variants.neutral ?? []) + values }
    for nation in nations { variants.byNation[nation] = (variants.byNation[nation] ?? []) + values }
  }

  private func append<Value>(_ variants: inout Variants<[Value]>, _ value: Value, _ nations: [Nation]) {
    append(&variants, [value], nations)
  }

  /// One paragraph from a value and its continuation lines. When `keepLists` is set, a line that starts
  /// a list item (`- ` or `2. `), and the line after a list, start a new line; the others join with a space.
  private mutating func prose(_ value: String, at location: SourceLocation, _ continuations: [FAQLine], keepLists: Bool) -> Template {
    var text = value
    var lastWasListItem = keepLists && Self.isListItem(value)
    noteNames(in: value, at: location)
    for line in continuations {
      let isListItem = keepLists && Self.isListItem(line.text)
      // A list item starts a new line, and so does the first line after a list.
      let separator = isListItem || lastWasListItem ? "\n" : (text.isEmpty ? "" : " ")
      text += separator + line.text
      lastWasListItem = isListItem
      noteNames(in: line.text, at: line.location())
    }
    return Self.template(text, at: location)
  }

  /// True for the words before a colon that name an entry's property (`answer`, `title for wales`).
  static func isField(_ key: String) -> Bool {
    guard let first = key.split(separator: " ").first else { return false }
    return Field(rawValue: String(first)) != nil && !key.contains(where: { $0.isUppercase })
  }

  /// True for a line that starts a list item: `- item` or `3. item`.
  static func isListItem(_ text: String) -> Bool {
    let bytes = text.utf8
    if bytes.starts(with: [45, 32]) { return true }
    let digits = bytes.prefix { $0 >= 48 && $0 <= 57 }
    return !digits.isEmpty && bytes.dropFirst(digits.count).starts(with: [46, 32])
  }

  /// The bytes a `{name}` may hold: letters, digits, `-`, `_` and `.` (as `Template` allows).
  private static func isNameByte(_ byte: UInt8) -> Bool {
    (97...122).contains(byte) || (65...90).contains(byte) || (48...57).contains(byte) || byte == 45 || byte == 95 || byte == 46
  }

  /// Each `{name}` in ASCII `text`, with its offset; nil when the text is not plain ASCII.
  /// With `anyLetters`, the text outside the braces may be any UTF-8 (offsets are then in bytes), but not
  /// the text between them.
  private static func asciiNames(in text: String, anyLetters: Bool = false) -> [(name: String, offset: Int, end: Int)]? {
    let bytes = Array(text.utf8)
    guard anyLetters || bytes.allSatisfy({ $0 < 128 }) else { return nil }
    var found: [(name: String, offset: Int, end: Int)] = []
    var index = 0
    while index < bytes.count {
      if bytes[index] == 123, let close = bytes[index...].firstIndex(of: 125) {
        if anyLetters, bytes[index..<close].contains(where: { $0 >= 128 }) { return nil }
        var start = index + 1, stop = close
        while start < stop, bytes[start] == 32 { start += 1 }
        while stop > start, bytes[stop - 1] == 32 { stop -= 1 }
        if start < stop, bytes[start..<stop].allSatisfy(isNameByte) {
          found.append((String(decoding: bytes[start..<stop], as: UTF8.self), index, close + 1))
        }
      }
      index += 1
    }
    return found
  }

  /// `text` as a template. It is split on its UTF-8 bytes, which is quicker than `Template`'s own reading
  /// and gives the same parts (braces are never part of a longer letter), unless a brace holds more than
  /// plain ASCII.
  static func template(_ text: String, at location: SourceLocation) -> Template {
    guard let names = asciiNames(in: text, anyLetters: true) else { return Template(text, at: location) }
    var template = Template("", at: location)
    var parts: [Template.Part] = []
    let bytes = Array(text.utf8)
    var position = 0
    for name in names where name.offset >= position {
      if name.offset > position { parts.append(.literal(String(decoding: bytes[position..<name.offset], as: UTF8.self))) }
      parts.append(.name(name.name))
      position = name.end
    }
    if position < bytes.count { parts.append(.literal(String(decoding: bytes[position...], as: UTF8.self))) }
    template.parts = parts
    return template
  }

  /// Records every `{name}` in `text` with its exact column.
  private mutating func noteNames(in text: String, at location: SourceLocation) {
    if let names = Self.asciiNames(in: text) {
      for name in names { content.nameUses.append((name.name, SourceLocation(file: location.file, line: location.line, column: location.column + name.offset))) }
      return
    }
    var offset = 0
    var index = text.startIndex
    while index < text.endIndex {
      if text[index] == "{", let close = text[index...].firstIndex(of: "}") {
        let name = text[text.index(after: index)..<close].trimmedLowercase()
        if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == "." }) {
          content.nameUses.append((String(text[text.index(after: index)..<close].trimmingSpaces()), SourceLocation(file: location.file, line: location.line, column: location.column + offset)))
        }
      }
      index = text.index(after: index)
      offset += 1
    }
  }

  // MARK: Messages and word lists

  private mutating func parseMessage(_ item: Item, _ words: [Substring]) {
    guard words.count == 2 else {
      report(item.head.location(), "E-FAQ-BAD-ID", "A message needs one id after message, like: message no-match")
      return
    }
    let id = String(words[1])
    let location = item.head.location(of: words[1])
    guard Self.messageIDs.contains(id) else {
      report(location, "E-FAQ-UNKNOWN-MESSAGE", "\"\(id)\" is not a message the FAQ uses. The FAQ messages are \(Self.messageIDs.joined(separator: " and ")).")
      return
    }
    if let first = content.messageLocations[id] {
      report(location, "E-FAQ-DUPLICATE-ID", "The message \"\(id)\" is already written at \(first.file):\(first.line). Keep one.")
      return
    }
    let paragraphs = logicalLines(item.body).map { prose($0.first.text, at: $0.first.location(), $0.continuations, keepLists: true) }
    if paragraphs.isEmpty {
      report(location, "E-FAQ-EMPTY", "The message \"\(id)\" has no text. Write it on the indented lines under it.")
      return
    }
    content.messages[id] = paragraphs
    content.messageLocations[id] = location
  }

  private mutating func parseSynonyms(_ item: Item, weak: Bool) {
    for logical in logicalLines(item.body) {
      let line = logical.first
      let text = ([line.text] + logical.continuations.map(\.text)).joined(separator: " ")
      guard let colon = text.firstIndex(of: ":") else {
        report(line.location(), "E-FAQ-BAD-SYNONYM", "Write a synonym line as the words in the answers, a colon, then what people say, like: direct payment: dp, cash")
        continue
      }
      let target = text[..<colon].trimmedLowercase()
      let phrases = text[text.index(after: colon)...].split(separator: ",").map { $0.trimmedLowercase() }.filter { !$0.isEmpty }
      guard !target.isEmpty, !phrases.isEmpty else {
        report(line.location(), "E-FAQ-BAD-SYNONYM", "This synonym line needs words on both sides of the colon, like: direct payment: dp, cash")
        continue
      }
      content.synonyms.append(Synonym(target: target, phrases: phrases, weak: weak, location: line.location()))
    }
  }

  private func wordList(_ item: Item) -> [String] {
    item.body.flatMap { $0.text.split(separator: ",") }.map { $0.trimmedLowercase() }.filter { !$0.isEmpty }
  }

  private func isValidID(_ text: Substring) -> Bool {
    guard let first = text.first, first.isLetter || first.isNumber else { return false }
    return text.allSatisfy { ($0.isLetter && $0.isLowercase) || $0.isNumber || $0 == "-" }
  }
}

extension FAQLine {
  /// Where `token` (a slice of this line's text) starts.
  func location(of token: Substring) -> SourceLocation {
    location(offset: text.distance(from: text.startIndex, to: token.startIndex))
  }
}

extension StringProtocol {
  /// The text without spaces or tabs at either end.
  func trimmingSpaces() -> SubSequence {
    var text = self[...]
    while let first = text.first, first == " " || first == "\t" { text = text.dropFirst() }
    while let last = text.last, last == " " || last == "\t" { text = text.dropLast() }
    return text
  }

  /// The text without spaces at either end, in small letters.
  func trimmedLowercase() -> String {
    let trimmed = trimmingSpaces()
    return trimmed.utf8.allSatisfy { !(65...90).contains($0) } ? String(trimmed) : trimmed.lowercased()
  }
}

