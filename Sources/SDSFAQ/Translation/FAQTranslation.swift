import SDSEngine
import SDSPacks

/// A language's translation of the FAQ, from one file (`Content/languages/CODE/faq.txt`):
///
/// - the texts, in the conversation's translation format (`ID HASH`, `en:` lines, `CODE:` lines,
///   `changed:`, `was:`, `note:`), one for each `FAQText`: titles, answers, more texts, messages, and
///   the keywords and urgent words people type in the language;
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
  /// with the other's lines left blank.
  static func split(_ text: String) -> (texts: String, words: String) {
    var texts: [Substring] = []
    var words: [Substring] = []
    var inWordList = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\u{FEFF}" }
      let isItem = trimmed.count == line.count && !trimmed.isEmpty && !trimmed.hasPrefix("#") && trimmed != "\r"
      if isItem, let first = trimmed.split(separator: " ").first {
        inWordList = wordListItems.contains(String(first).trimmingCharacters(in: ["\r"]))
      }
      texts.append(inWordList ? "" : line)
      words.append(inWordList ? line : "")
    }
    return (texts.joined(separator: "\n"), words.joined(separator: "\n"))
  }

  /// The raw lines of the word-list items of `text`, each with the comments just above it, in the order
  /// written, a blank line between items: what `sds translate` keeps, as the translator wrote it.
  static func wordListLines(_ text: String) -> [Substring] {
    var kept: [Substring] = []
    var comments: [Substring] = []
    var inWordList = false
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
      let trimmed = line.drop { $0 == " " || $0 == "\t" || $0 == "\r" }
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
