import SDSEngine
import SDSPacks

/// Writes a language's FAQ translation file for a translator (`Content/languages/CODE/faq.txt`): every
/// text of the FAQ in the order of the FAQ files, the English above a line to fill in, every translation
/// already made kept, and the language's own word lists at the end, kept as the translator wrote them.
public enum FAQTranslationWriter {
  /// The file for `code` (called `name`, like "Cymraeg"), from the English `content`, keeping what
  /// `existing` (read from `existingText`) holds. `command` is how to write it again.
  public static func write(content: FAQContent, code: String, name: String, existing: FAQTranslation?, existingText: String?,
                           command: String) -> (text: String, counts: TranslationWriter.Counts) {
    let items = content.translatableTexts.map { TranslationItem.text($0.scriptText) }
    let kept = existingText.map(FAQTranslation.wordListLines) ?? []
    let tail = "\n" + (kept.isEmpty ? starterWordLists(name: name) : kept.joined(separator: "\n") + "\n")
    return TranslationWriter.write(code: code, items: items, existing: existing?.texts, header: header(code: code, name: name, command: command),
                                   fileHeadings: true, tail: tail, place: "the FAQ")
  }

  static func header(code: String, name: String, command: String) -> [String] {
    [
      "\(name) (\(code)): the common questions (FAQ), in the order of Content/faq.",
      "Written by: \(command). Run it again whenever the FAQ changes: it keeps every",
      "translation, adds new texts, and marks texts whose English changed.",
      "",
      "How to translate (more in Content/languages/README.md and Content/faq/README.md):",
      "- Each text starts with its id and a code. Do not change them.",
      "- The en: lines are the English. Write your words after \(code): under them, one line for each en: line.",
      "- An id ending in a nation (.scotland, .wales ...) is the answer people see in that nation only.",
      "- Keep every {name} exactly as it is, in its braces: the assistant fills it in.",
      "- A line that starts with \"- \" or a number and a full stop (\"2. \") is one item of a list. Keep it a list.",
      "- keywords: the words people type in \(name) for this question, with commas between.",
      "  They are not a word-for-word translation.",
      "- A changed: line means the English changed after it was translated. Until you check it, people",
      "  see the English. Check your words against the en: lines, then delete the changed: and was: lines.",
      "- Lines that start with # are written again each time. Put your own notes on a note: line.",
      "- At the end: synonyms, ignore, question words and unrelated, in \(name), as in Content/faq/synonyms.txt.",
      "- A fluent speaker must check every text before this is used with the public. Until then, the",
      "  language's language.txt says status: draft.",
    ]
  }

  /// The word lists a new translation starts with, empty, with what goes in each.
  static func starterWordLists(name: String) -> String {
    """
    # ----- Words people type in \(name) -----
    # These are not translations. They are the words people type in \(name), written as in
    # Content/faq/synonyms.txt (see Content/faq/README.md). Until a list has words, the English list is used.

    # The words in the answers, a colon, then what people type instead, with commas between.
    synonyms

    # Words that say who a question is about more than what it is about (my daughter, my mum).
    weak synonyms

    # Small words that never decide which answer fits.
    ignore

    # Words that start a question. They count a little, against titles only.
    question words

    # Words that show a request has nothing to do with care and support.
    unrelated

    """
  }
}
