/// Reads the safety listener's files (`Content/safety/*.txt`, and a pack's `safety/*.txt`), collecting
/// every problem instead of stopping at the first.
///
/// ```
/// safety en
///
/// group someone
///   he, she, my son, ...
///
/// kind physical
///   flag: feels-unsafe
///   reply: staying-safe
///   hear: {someone} {hurt} me
/// ```
/// Files for the same language add to each other: a pack's file can add words to a group, or patterns
/// to a kind.
public enum SafetyParser {
  /// The properties a `kind` takes.
  static let kindKeys = ["flag", "reply", "hear", "unless"]
  /// The items a safety file can hold.
  static let itemWords = ["safety", "spellings", "real words", "group", "ordinary", "kind"]

  /// The rules for each language in `files`, in the order the languages were first seen, and every problem.
  public static func parse(_ files: [SourceFile]) -> (rules: [SafetyRules], diagnostics: [Diagnostic]) {
    var state = State()
    for file in files { state.parse(file) }
    state.checkGroups()
    return (state.order.compactMap { state.rules[$0] }, state.diagnostics)
  }

  private struct State {
    var rules: [String: SafetyRules] = [:]
    var order: [String] = []
    var diagnostics: [Diagnostic] = []
    /// Every pattern with its language, to check its groups once all files are read.
    var written: [(language: String, pattern: SafetyRules.Pattern)] = []

    mutating func report(_ location: SourceLocation, _ code: String, _ message: String, _ severity: Diagnostic.Severity = .error) {
      diagnostics.append(Diagnostic(file: location.file, line: location.line, column: location.column, severity: severity, code: code, message: message))
    }

    mutating func parse(_ file: SourceFile) {
      var items: [(head: SourceLine, body: [SourceLine])] = []
      for line in SourceLine.lines(of: file) {
        if line.indent == 0 {
          items.append((line, []))
        } else if items.isEmpty {
          report(line.location(), "E-INDENT", "This line is indented, but there is no item above it. Remove the spaces at the start, or put it under an item.")
        } else {
          items[items.count - 1].body.append(line)
        }
      }
      var language: String?
      for (index, item) in items.enumerated() {
        let words = item.head.text.split(separator: " ").map(String.init)
        if index == 0 {
          guard words.first == "safety", words.count == 2 else {
            report(item.head.location(), "E-SAFETY-LANGUAGE", "A safety file starts with the word safety and the language's code, like: safety en")
            return
          }
          language = words[1]
          if rules[words[1]] == nil {
            rules[words[1]] = SafetyRules(language: words[1])
            order.append(words[1])
          }
          for line in item.body {
            if line.text == "mutations" { rules[words[1]]?.mutates = true } else {
              report(line.location(), "E-SAFETY-UNKNOWN-PROPERTY", "\"\(line.text)\" is not something a safety item takes. The only line it takes is mutations, for a language like Welsh whose words change their first letter.")
            }
          }
          continue
        }
        guard let language else { return }
        parseItem(item.head, item.body, words, language)
      }
    }

    private mutating func parseItem(_ head: SourceLine, _ body: [SourceLine], _ words: [String], _ language: String) {
      checkIndent(body)
      switch words.first {
      case "spellings" where words.count == 1:
        for line in body {
          guard let colon = line.text.firstIndex(of: ":") else {
            report(line.location(), "E-SAFETY-SPELLING", "Write a word, a colon, then the other ways people write it, like: kill: kil, kll")
            continue
          }
          let word = Understanding.normalise(String(line.text[..<colon]))
          for variant in list(String(line.text[line.text.index(after: colon)...])) where !variant.isEmpty && !word.isEmpty {
            rules[language]?.spellings[variant] = word
          }
        }
      case "real" where words == ["real", "words"]:
        for line in body {
          let words = list(line.text)
          rules[language]?.realWords.formUnion(words)
        }
      case "group" where words.count == 2:
        let name = words[1]
        if !isName(name) { report(head.location(offset: 6), "E-BAD-ID", "\"\(name)\" cannot be a group name. Use small letters, numbers and dashes, like someone.") }
        if rules[language]?.groupLocations[name] == nil { rules[language]?.groupLocations[name] = head.location(offset: 6) }
        var added: [String] = rules[language]?.groups[name] ?? []
        for line in body {
          for word in line.text.split(separator: ",").map({ $0.trimmingCharacters(in: .whitespaces).lowercased() }) where !word.isEmpty {
            if word.contains("{") || word.contains("...") {
              report(line.location(ofText: word), "E-SAFETY-GROUP-WORD", "A group holds words, not patterns: \"\(word)\" cannot go here. Write each word, with commas between.")
              continue
            }
            added.append(word)
          }
        }
        rules[language]?.groups[name] = added
      case "ordinary" where words.count == 1:
        for line in body { if let pattern = pattern(line.text, at: line.location(), language) { rules[language]?.ordinary.append(pattern) } }
      case "kind" where words.count == 2:
        parseKind(head, body, id: words[1], language)
      default:
        let first = words.first ?? ""
        let hint = closest(first, in: SafetyParser.itemWords).map { " Did you mean \"\($0)\"?" } ?? ""
        report(head.location(), "E-SAFETY-UNKNOWN-ITEM", "\"\(head.text)\" is not something a safety file holds.\(hint) Items are safety, spellings, real words, group NAME, ordinary and kind NAME.")
      }
    }

    private mutating func parseKind(_ head: SourceLine, _ body: [SourceLine], id: String, _ language: String) {
      if !isName(id) { report(head.location(offset: 5), "E-BAD-ID", "\"\(id)\" cannot be a kind. Use small letters, numbers and dashes, like physical.") }
      var kind = rules[language]?.kinds.first { $0.id == id } ?? SafetyRules.Kind(id: id, location: head.location(offset: 5))
      for line in body {
        guard let colon = line.text.firstIndex(of: ":") else {
          report(line.location(), "E-SAFETY-UNKNOWN-PROPERTY", "I expected a line like \"hear: ...\" here. Lines under a kind start with flag, reply, hear or unless, then a colon.")
          continue
        }
        let key = String(line.text[..<colon]).trimmingCharacters(in: .whitespaces)
        let value = String(line.text[line.text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
        let valueLocation = line.location(ofText: value.isEmpty ? key : value)
        switch key {
        case "flag":
          if !isName(value) { report(valueLocation, "E-BAD-ID", "\"\(value)\" cannot be a flag name. Use small letters, numbers and dashes, like feels-unsafe.") }
          kind.flag = value
        case "reply":
          if !isName(value) { report(valueLocation, "E-BAD-ID", "\"\(value)\" cannot be a topic id. Use the id of a topic, like staying-safe.") }
          kind.reply = value
        case "hear":
          if let pattern = pattern(value, at: valueLocation, language) { kind.hear.append(pattern) }
        case "unless":
          if let pattern = pattern(value, at: valueLocation, language) { kind.unless.append(pattern) }
        default:
          let hint = closest(key, in: SafetyParser.kindKeys).map { " Did you mean \"\($0)\"?" } ?? ""
          report(line.location(), "E-SAFETY-UNKNOWN-PROPERTY", "\"\(key)\" is not a property of a kind.\(hint) Use flag, reply, hear or unless.")
        }
      }
      if kind.flag == nil { report(head.location(), "E-SAFETY-NO-FLAG", "The kind \"\(id)\" has no flag, so a key worker would not see it first. Add a line like: flag: feels-unsafe") }
      if kind.reply == nil { report(head.location(), "E-SAFETY-NO-REPLY", "The kind \"\(id)\" has no reply, so nobody would be told who to contact. Add a line like: reply: staying-safe") }
      if let index = rules[language]?.kinds.firstIndex(where: { $0.id == id }) {
        rules[language]?.kinds[index] = kind
      } else {
        rules[language]?.kinds.append(kind)
      }
    }

    /// A pattern from its written form, or nil (with a problem reported) when it cannot be one.
    private mutating func pattern(_ text: String, at location: SourceLocation, _ language: String) -> SafetyRules.Pattern? {
      var terms: [SafetyRules.Term] = []
      for token in Self.units(of: text) {
        if token == "..." {
          terms.append(.wideGap)
        } else if token == "+" {
          terms.append(.nextTo)
        } else if token.contains("|") {
          // Choices written in place (`hits|kicks|punch*`) make a group named after themselves.
          let choices = token.split(separator: "|", omittingEmptySubsequences: false).map { String($0).lowercased() }
          guard !choices.contains(where: { $0.hasPrefix("{") ? $0.count < 3 : Understanding.normalise($0.hasSuffix("*") ? String($0.dropLast()) : $0).isEmpty }) else {
            report(location, "E-SAFETY-PATTERN", "\"\(token)\" has an empty choice. Put a word on each side of every |, like hits|kicks.")
            return nil
          }
          if let mixed = choices.first(where: { $0.contains("{") && !($0.hasPrefix("{") && $0.hasSuffix("}") && $0.filter { $0 == "{" }.count == 1) }) {
            report(location, "E-SAFETY-PATTERN", "\"\(mixed)\" mixes a group with other words. A choice can be a group on its own, like {someone}, or words joined with _, like go_out.")
            return nil
          }
          for case let choice in choices where choice.hasPrefix("{") {
            written.append((language, SafetyRules.Pattern(terms: [.group(String(choice.dropFirst().dropLast()))], written: choice, location: location)))
          }
          rules[language]?.groups[token.lowercased()] = choices
          terms.append(.group(token.lowercased()))
        } else if token.hasPrefix("{") {
          guard token.hasSuffix("}"), token.count > 2 else {
            report(location, "E-SAFETY-PATTERN", "\"\(token)\" is not a group. Write a group's name in curly brackets, like {someone}, with spaces around it.")
            return nil
          }
          terms.append(.group(String(token.dropFirst().dropLast())))
        } else if token.hasSuffix("*") {
          let stem = Understanding.normalise(String(token.dropLast()))
          guard stem.count >= 3, !stem.contains(" ") else {
            report(location, "E-SAFETY-PATTERN", "\"\(token)\" would match too many words. Put * after at least 3 letters, like punch*.")
            return nil
          }
          terms.append(.prefix(stem))
        } else {
          for word in Understanding.normalise(token).split(separator: " ") { terms.append(.word(String(word))) }
        }
      }
      let gaps: [SafetyRules.Term] = [.wideGap, .nextTo]
      if terms.first.map(gaps.contains) == true || terms.last.map(gaps.contains) == true
        || zip(terms, terms.dropFirst()).contains(where: { gaps.contains($0) && gaps.contains($1) }) {
        report(location, "E-SAFETY-PATTERN", "Put ... or + only between two words, once, like: {money} ... back, or: {hurt} + {person}")
        return nil
      }
      guard terms.contains(where: { !gaps.contains($0) }) else {
        report(location, "E-SAFETY-PATTERN", "This pattern has no words. Write the words to listen for, like: {someone} {hurt} me")
        return nil
      }
      let pattern = SafetyRules.Pattern(terms: terms, written: text, location: location)
      written.append((language, pattern))
      return pattern
    }

    /// The units of a written pattern: words, `...`, and choices (`hits|kicks|punch*`). A choice of several
    /// words joins them with `_` (`go_on|carry_on`).
    static func units(of text: String) -> [String] {
      text.split(separator: " ").map { $0.contains("|") ? $0.replacingOccurrences(of: "_", with: " ") : String($0) }
    }

    /// Reports lines indented more than the first line under their item.
    private mutating func checkIndent(_ body: [SourceLine]) {
      guard let first = body.first else { return }
      for line in body.dropFirst() where line.indent != first.indent {
        report(line.location(), "E-INDENT", "This line is indented differently from the line above it. Start every line under an item at the same column.")
      }
    }

    /// Reports every pattern that names a group that does not exist.
    mutating func checkGroups() {
      for (language, pattern) in written {
        let known = Array(rules[language]?.groups.keys ?? [:].keys)
        for case .group(let name) in pattern.terms where !name.contains("|") && rules[language]?.groups[name] == nil {
          let hint = closest(name, in: known).map { " Did you mean {\($0)}?" } ?? ""
          report(pattern.location, "E-SAFETY-UNKNOWN-GROUP", "There is no group called \"\(name)\" for the language \(language).\(hint) Add it with: group \(name)")
        }
      }
    }

    private func list(_ text: String) -> [String] {
      text.split(separator: ",").map { Understanding.normalise(String($0)) }.filter { !$0.isEmpty }
    }

    private func isName(_ text: String) -> Bool {
      !text.isEmpty && text.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
  }
}

import Foundation
