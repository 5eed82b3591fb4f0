import SDSEngine

/// One piece of the FAQ that a translation gives in another language: a title, an answer, a more text,
/// a keyword list or a message, for everyone or for some nations.
///
/// Its id is `faq.ENTRY.PART`, with the nations after more dots when it is a nation's version
/// (`faq.pay-family.answer.scotland`, `faq.help-to-decide.more.england.wales`); a message's is
/// `faq-message.ID`. Ids are made from the FAQ files, so nobody tags text by hand.
public struct FAQText: Sendable {
  /// What part of an entry it is.
  public enum Part: String, Sendable, CaseIterable {
    case title, answer, more, keywords, message

    /// True for the parts that are lists of words people type, not text people read.
    public var isWordList: Bool { self == .keywords }
  }

  /// The id in a translation file.
  public var id: String
  /// The entry's id; nil for a message.
  public var entry: String?
  /// The message's id, for a message.
  public var message: String?
  /// What part it is.
  public var part: Part
  /// The nations this version is for; empty for everyone.
  public var nations: [Nation]
  /// The English: one template a paragraph (a word list is one template, its words with commas between).
  public var english: [Template]
  /// Where the English was written.
  public var location: SourceLocation

  /// The English as the conversation's translation files hold a text, so the same writer and hash serve.
  var scriptText: ScriptText {
    let kind: ScriptText.Kind = part == .title ? .title : part.isWordList ? .term : .message
    return ScriptText(id: id, kind: kind, paragraphs: english, location: location)
  }

  /// The English as one string, paragraphs on lines of their own: what the translation's hash is made from.
  public var source: String { scriptText.source }
}

extension FAQContent {
  /// Every piece of the FAQ to translate, in the order of the files: the messages, then each entry's
  /// title, answers, more texts and keywords, each with its nations' versions after it.
  public var translatableTexts: [FAQText] {
    var texts: [FAQText] = []
    for id in messages.keys.sorted(by: { messageOrder($0) < messageOrder($1) }) {
      guard let paragraphs = messages[id], let first = paragraphs.first else { continue }
      texts.append(FAQText(id: "faq-message." + id, message: id, part: .message, nations: [], english: paragraphs, location: first.location))
    }
    for entry in entries {
      func add(_ part: FAQText.Part, _ nations: [Nation], _ english: [Template], at location: SourceLocation) {
        let suffix = nations.isEmpty ? "" : "." + nations.map(\.rawValue).joined(separator: ".")
        texts.append(FAQText(id: "faq.\(entry.id).\(part.rawValue)\(suffix)", entry: entry.id, part: part, nations: nations, english: english, location: location))
      }
      for (nations, title) in entry.title.grouped(by: \.source) { add(.title, nations, [title], at: title.location) }
      for part in [FAQText.Part.answer, .more] {
        let variants = part == .answer ? entry.answer : entry.more
        for (nations, paragraphs) in variants.grouped(by: { $0.map(\.source) }) where !paragraphs.isEmpty {
          add(part, nations, paragraphs, at: paragraphs[0].location)
        }
      }
      for (nations, words) in entry.keywords.grouped(by: { $0 }) where !words.isEmpty {
        add(.keywords, nations, [Template(words.joined(separator: ", "), at: entry.location)], at: entry.location)
      }
    }
    return texts
  }

  /// Where a message was written, for putting the messages in file order.
  private func messageOrder(_ id: String) -> (Int, Int, Int, String) {
    guard let location = messageLocations[id] else { return (Int.max, 0, 0, id) }
    return (files.firstIndex(of: location.file) ?? Int.max, location.line, location.column, id)
  }
}

extension Variants {
  /// The neutral version (nations empty), then the nations' versions, nations with the same version
  /// together, in the order of `Nation.allCases`.
  func grouped<Key: Equatable>(by key: (Value) -> Key) -> [(nations: [Nation], value: Value)] {
    var result: [(nations: [Nation], value: Value)] = []
    if let neutral { result.append(([], neutral)) }
    var groups: [(nations: [Nation], value: Value)] = []
    for nation in Nation.allCases {
      guard let value = byNation[nation] else { continue }
      if let index = groups.firstIndex(where: { key($0.value) == key(value) }) {
        groups[index].nations.append(nation)
      } else {
        groups.append(([nation], value))
      }
    }
    return result + groups
  }
}
