import SDSEngine

/// What a kiosk leaves on its cleared screen when a conversation ends: only what the person still needs
/// (the reference and what happens next after a send, that they stopped after a stop), and nothing of
/// their answers.
///
/// The engine's last words can hold an answer (for a carer, "go through it with {you}" names the person
/// they help), so a line that holds one of the person's own words (a text or list answer) is left out.
/// The words said as the draft was delivered, which give the reference, are always kept whole.
struct ClosingWords: Equatable {
  /// Said as the draft was delivered: shown whole.
  private(set) var confirmation: [String] = []
  /// Said after that, up to the end (the reference spelled out, what happens next, goodbye); or, when
  /// nothing was sent, the last words of the conversation.
  private(set) var later: [String] = []
  /// The person's own words, from the record that was sent.
  private(set) var ownWords: [String] = []

  /// Takes note of one turn's outputs. `sentBefore` is true when an earlier turn sent the draft.
  mutating func note(_ outputs: [Output], sentBefore: Bool) {
    if let index = outputs.lastIndex(where: { if case .send = $0 { true } else { false } }), outputs.lastPrompt?.id != "send-retry" {
      if case .send(let record) = outputs[index] { ownWords = Self.ownWords(in: record) }
      let said = outputs[(index + 1)...].sayings
      confirmation = Array(said.prefix(1))
      later = Array(said.dropFirst())
    } else if outputs.ending != nil {
      if sentBefore {
        later += outputs.sayings
      } else {
        self = ClosingWords(later: outputs.sayings)
      }
    }
  }

  /// The front end stopped the conversation (Ctrl-C, then yes) with `words`, before anything was sent.
  mutating func stopped(_ words: String) {
    self = ClosingWords(later: [words])
  }

  /// The blocks to show, each as the engine said it, less any line that holds the person's own words.
  var blocks: [String] {
    confirmation + later.compactMap { block in
      let kept = block.split(separator: "\n", omittingEmptySubsequences: false).filter { !holdsOwnWords($0) }
      let text = kept.joined(separator: "\n").trimming("\n")
      return text.isEmpty ? nil : text
    }
  }

  /// True when `line` holds one of the person's own words as a whole word, in any case.
  private func holdsOwnWords(_ line: Substring) -> Bool {
    let haystack = Array(line.lowercased())
    return ownWords.contains { word in
      let needle = Array(word.lowercased())
      guard !needle.isEmpty, needle.count <= haystack.count else { return false }
      for start in 0...(haystack.count - needle.count) where Array(haystack[start..<(start + needle.count)]) == needle {
        let before = start == 0 ? nil : haystack[start - 1]
        let after = start + needle.count == haystack.count ? nil : haystack[start + needle.count]
        if !(before.map(Self.isWordCharacter) ?? false) && !(after.map(Self.isWordCharacter) ?? false) { return true }
      }
      return false
    }
  }

  private static func isWordCharacter(_ character: Character) -> Bool { character.isLetter || character.isNumber }

  /// The text and list answers in `record`, of two letters or more, as the screen would show them.
  private static func ownWords(in record: Record) -> [String] {
    record.entries.flatMap { entry -> [String] in
      switch entry.value {
      case .text(let text): [text]
      case .list(let items): items
      case .yesNo, .choice, .choices, .notProvided: []
      }
    }
    .map { ScreenText.sanitise($0).trimmingSpaces() }
    .filter { $0.count >= 2 }
  }
}

extension Array where Element == Output {
  /// The blocks said, in order.
  var sayings: [String] { compactMap { if case .say(let words) = $0 { words } else { nil } } }
}

extension ArraySlice where Element == Output {
  /// The blocks said, in order.
  var sayings: [String] { compactMap { if case .say(let words) = $0 { words } else { nil } } }
}
