/// Words and phrases people may not know, from `Content/jargon.txt`, and how to find them in text.
///
/// The file has one entry a line: the term, then optionally a colon and what to say instead
/// (`respite: say "a break from caring"`). `allow: UK, OK` lists initials everyone knows. `#` starts a comment.
public struct JargonList: Equatable, Sendable {
  /// One hard word or phrase.
  public struct Entry: Equatable, Sendable {
    /// The term as written in the list.
    public var term: String
    /// What to say instead, or how to explain it; may be empty.
    public var advice: String
    /// Where it is in the list.
    public var location: SourceLocation
    /// The term's words, normalised (small letters, no apostrophes).
    public var words: [String]
  }

  /// The terms, in the order listed.
  public var entries: [Entry]
  /// Initials that need no explanation (`allow:` lines), in capitals.
  public var allowedInitials: Set<String>

  /// Makes a list.
  public init(entries: [Entry] = [], allowedInitials: Set<String> = []) {
    self.entries = entries
    self.allowedInitials = allowedInitials
  }

  /// Reads a jargon file; problems are located like any content problem.
  public static func parse(_ file: SourceFile) -> (list: JargonList, diagnostics: [Diagnostic]) {
    var list = JargonList()
    var diagnostics: [Diagnostic] = []
    var seen: [String: Int] = [:]
    for line in SourceLine.lines(of: file) {
      var term = line.text
      var advice = ""
      if let colon = line.text.firstIndex(of: ":") {
        term = line.text[..<colon].trimmingSpaces()
        advice = line.text[line.text.index(after: colon)...].trimmingSpaces()
      }
      if term == "allow" {
        for initials in advice.split(separator: ",") {
          let word = initials.trimmingSpaces()
          if !word.isEmpty { list.allowedInitials.insert(word.uppercased()) }
        }
        continue
      }
      let words = Understanding.normalise(term).split(separator: " ").map(String.init)
      guard !words.isEmpty else {
        diagnostics.append(Diagnostic(file: line.file, line: line.number, column: line.indent + 1, severity: .error, code: "E-SYNTAX",
          message: "Write each hard word on its own line, then a colon and what to say instead, like: respite: say \"a break\""))
        continue
      }
      let key = words.joined(separator: " ")
      if let first = seen[key] {
        diagnostics.append(Diagnostic(file: line.file, line: line.number, column: line.indent + 1, severity: .warning, code: "W-DUPLICATE-JARGON",
          message: "\"\(term)\" is already in the list at line \(first). Remove one of them."))
        continue
      }
      seen[key] = line.number
      list.entries.append(Entry(term: term, advice: advice, location: line.location(), words: words))
    }
    return (list, diagnostics)
  }

  /// A hard word found in some text.
  public struct Hit: Equatable, Sendable {
    /// The term as listed, or the initials as written.
    public var term: String
    /// What the list says to do instead; empty for initials.
    public var advice: String
    /// True for initials (like "SDS") found by their capital letters rather than from the list.
    public var isInitials: Bool
  }

  /// The hard words in `text` that are not explained in `unit` (the text around it: the same prompt and its
  /// help). A word counts as explained when a sentence of `unit` starts with it and says what it is
  /// ("A direct payment is ...", "Respite means ..."), or names it ("This is called a direct payment"), or,
  /// for initials, when they follow the words in full in brackets ("self-directed support (SDS)").
  public func unexplained(in text: String, unit: String) -> [Hit] {
    var hits: [Hit] = []
    let words = Understanding.normalise(text).split(separator: " ").map(String.init)
    let sentences = Readability.sentences(in: unit).map { Understanding.normalise($0).split(separator: " ").map(String.init) }
    // Longer terms first: a word inside a longer listed phrase ("assessment" in "carer's assessment")
    // is that phrase, not a use of its own.
    var covered = Set<Int>()
    for entry in entries.sorted(by: { $0.words.count > $1.words.count }) {
      var used = false
      var start = 0
      while let found = Self.find(entry.words, in: words, from: start) {
        let span = Set(found..<(found + entry.words.count))
        if !span.isSubset(of: covered) { used = true }
        covered.formUnion(span)
        start = found + 1
      }
      if used, !sentences.contains(where: { Self.explains($0, entry.words) }) {
        hits.append(Hit(term: entry.term, advice: entry.advice, isInitials: false))
      }
    }
    hits.sort { a, b in (entries.firstIndex { $0.term == a.term } ?? 0) < (entries.firstIndex { $0.term == b.term } ?? 0) }
    var seenInitials = Set<String>()
    for word in Readability.words(in: text) {
      let bare = word.filter { $0 != "'" && $0 != "\u{2019}" }
      let initials = bare.hasSuffix("s") && bare.dropLast().count >= 2 && bare.dropLast().allSatisfy(\.isUppercase) ? String(bare.dropLast()) : bare
      guard (2...6).contains(initials.count), initials.allSatisfy({ $0.isUppercase && $0.isLetter }),
            !allowedInitials.contains(initials), seenInitials.insert(initials).inserted else { continue }
      let small = initials.lowercased()
      let spelledOut = unit.contains("(\(initials))") || unit.contains("(\(initials)s)")
      if !spelledOut, !sentences.contains(where: { Self.explains($0, [small]) }) {
        hits.append(Hit(term: initials, advice: "", isInitials: true))
      }
    }
    return hits
  }

  /// Where `term` starts in `words`, allowing a plural on its last word.
  static func find(_ term: [String], in words: [String], from start: Int = 0) -> Int? {
    guard !term.isEmpty, words.count >= term.count else { return nil }
    var index = start
    while index + term.count <= words.count {
      if matches(term, words, at: index) { return index }
      index += 1
    }
    return nil
  }

  private static func matches(_ term: [String], _ words: [String], at index: Int) -> Bool {
    for (offset, part) in term.enumerated() {
      let word = words[index + offset]
      if word == part { continue }
      if offset == term.count - 1, word == part + "s" || word == part + "es" { continue }
      return false
    }
    return true
  }

  /// Whether a sentence (normalised words) explains `term`: "[a|an|the|your] TERM means/is/are/stands for ...",
  /// or "... called [a|an|the] TERM".
  static func explains(_ sentence: [String], _ term: [String]) -> Bool {
    var start = 0
    if let first = sentence.first, ["a", "an", "the", "your", "this"].contains(first) { start = 1 }
    if matches(term, sentence, at: start, within: sentence.count), start + term.count < sentence.count,
       ["means", "is", "are", "stands", "mean"].contains(sentence[start + term.count]) {
      return true
    }
    var index = 0
    while let called = sentence[index...].firstIndex(of: "called") {
      var after = called + 1
      if after < sentence.count, ["a", "an", "the"].contains(sentence[after]) { after += 1 }
      if matches(term, sentence, at: after, within: sentence.count) { return true }
      index = called + 1
    }
    return false
  }

  private static func matches(_ term: [String], _ words: [String], at index: Int, within count: Int) -> Bool {
    index + term.count <= count && matches(term, words, at: index)
  }
}
