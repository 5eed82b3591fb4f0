import SDSEngine
import SDSPacks

/// A language's translation of the FAQ, from one file (`Content/languages/CODE/faq.txt`):
///
/// - the texts, in the conversation's translation format (`ID HASH`, `en:` lines, `CODE:` lines,
///   `changed:`, `was:`, `note:`), one for each `FAQText`: titles, answers, more texts, messages, and
///   the keywords people type in the language;
/// - the words people type in the language, in the FAQ's own format (`synonyms`, `weak synonyms`,
///   `ignore`, `question words`, `unrelated`), because they are not translations of the English lists.
public struct FAQTranslation: Sendable {
  /// The language's code.
  public var code: String
  /// The file it was read from.
  public var file: String
  /// The translated texts, by id, in the order written.
  public var texts: Translation
  /// The language's own word lists (no entries or messages).
  public var words: FAQContent

  /// The items of an FAQ translation file that are word lists in the FAQ's own format.
  static let wordListItems: Set<String> = ["synonyms", "weak", "ignore", "question", "unrelated"]

  /// Makes an empty translation.
  public init(code: String, file: String = "") {
    self.code = code
    self.file = file
    texts = Translation(code: code)
    words = FAQContent()
  }

  /// Reads `file` for language `code`. The texts and the word lists are read by their own readers, each
  /// seeing the other's lines as blank, so every problem points at its real line.
  public static func read(_ file: SourceFile, code: String) -> (translation: FAQTranslation, diagnostics: [Diagnostic]) {
    let (texts, words) = split(file.text)
    let (translation, textProblems) = Translation.read([SourceFile(path: file.path, text: texts)], code: code)
    let (lists, listProblems) = FAQParser.parse([SourceFile(path: file.path, text: words)])
    var result = FAQTranslation(code: code, file: file.path)
    result.texts = translation
    result.words = lists
    result.words.rules = WordRules.forLanguage(code)
    let problems = (textProblems + listProblems).sorted { ($0.file, $0.line, $0.column, $0.code) < ($1.file, $1.line, $1.column, $1.code) }
    return (result, problems)
  }

  /// The file's lines in two texts of the same length: the translated texts, and the word lists, each
  /// with the other's lines left blank. Read by bytes, so it is quick; Windows line ends become "\n".
  static func split(_ text: String) -> (texts: String, words: String) {
    let bytes = Array(text.utf8)
    var texts: [UInt8] = [], words: [UInt8] = []
    texts.reserveCapacity(bytes.count)
    words.reserveCapacity(bytes.count / 4)
    let heads = wordListItems.map { Array($0.utf8) }
    var inWordList = false
    var start = 0
    while start <= bytes.count {
      let end = bytes[start...].firstIndex(of: 10) ?? bytes.count
      var line = bytes[start..<end]
      if line.last == 13 { line = line.dropLast() }
      var head = line
      if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
      if let first = head.first, first != 32, first != 9, first != 35 {
        let word = head.prefix { $0 != 32 && $0 != 9 }
        inWordList = heads.contains { word.elementsEqual($0) }
      }
      if inWordList { words += line } else { texts += line }
      if end < bytes.count {
        texts.append(10)
        words.append(10)
      }
      start = end + 1
    }
    return (String(decoding: texts, as: UTF8.self), String(decoding: words, as: UTF8.self))
  }

  /// The lines of `text`, split at "\n" or "\r\n" (a Windows line end, one Character in Swift), without
  /// the line ends.
  static func lines(_ text: String) -> [Substring] {
    text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
  }

  /// The raw lines of the word-list items of `text`, each with the comments just above it, in the order
  /// written, a blank line between items: what `sds translate` keeps, as the translator wrote it.
  static func wordListLines(_ text: String) -> [Substring] {
    var kept: [Substring] = []
    var comments: [Substring] = []
    var inWordList = false
    for line in lines(text) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" }
      if trimmed.isEmpty { continue }
      let atLeft = trimmed.count == line.count
      if atLeft, trimmed.hasPrefix("#") {
        comments.append(line)
        continue
      }
      if atLeft, let first = trimmed.split(separator: " ").first {
        inWordList = wordListItems.contains(String(first))
        if inWordList {
          if !kept.isEmpty { kept.append("") }
          kept += comments
          kept.append(line)
        }
        comments.removeAll()
        continue
      }
      if inWordList {
        kept += comments
        kept.append(line)
      }
      comments.removeAll()
    }
    return kept
  }
}
