import Foundation
import SDSEngine
import SDSFAQ
import SDSPacks
import SDSSession

/// `sds translate CODE`: writes or brings up to date a language's translation file for a translator.
enum TranslateCommand {
  static let spec = CommandSpec(
    name: "translate",
    summary: "Write or update a language's translation file, in the order of the script.",
    usage: """
      Usage: sds translate CODE [--pack ID | --faq] [--content DIR]

      Writes Content/languages/CODE/texts.txt: every text a person sees, in the order of the script,
      with the English above a line to fill in. Run it again whenever the conversation changes: it
      keeps every translation, adds new texts, marks texts whose English changed (changed:), and
      keeps translations that are no longer used at the end of the file. For a new language it also
      writes Content/languages/CODE/language.txt, for its name and status.

      With --pack ID it writes Content/packs/ID/languages/CODE.txt instead: only the texts that pack
      changes (its terms, contacts and new words), so a council can have its own words translated.

      With --faq it writes Content/languages/CODE/faq.txt instead: every title, answer and more
      text of the common questions (Content/faq), in their order, with the keywords and
      words people type in the language, and at the end the language's own synonyms, ignore words,
      question words and unrelated words. It keeps them all, as it does for the conversation.

      Options:
        --pack ID       Write the file for the texts this pack changes.
        --faq           Write the file for the common questions (FAQ).
        --content DIR   Where the conversation files are (or set SDS_CONTENT).
      """,
    valueOptions: ["--content", "--pack"],
    flagOptions: ["--faq"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.count == 1, let code = parsed.positional.first else {
      console.error("sds translate: give one language code, like: sds translate cy")
      return ExitCode.usage
    }
    guard isValidID(code), !code.contains("."), code != PackLibrary.sourceLanguage else {
      console.error("sds translate: '\(Console.visible(code))' cannot be a language code here. Use the short code of a language other than English, like cy or gd.")
      return ExitCode.usage
    }
    let content: LoadedContent
    do { content = try LoadedContent.load(folder: parsed.values["--content"]) } catch {
      console.report(error)
      return ExitCode.noInput
    }
    if !content.errors.isEmpty {
      console.error("sds translate: the conversation files have problems. Run 'sds check' and fix the errors first.")
      return ExitCode.failure
    }
    do {
      let (packs, languages) = try PackFiles.everything(in: content.folder)
      let (library, _) = PackLibrary.load(packs: packs, languages: languages)
      let name = library.languageName(code)
      var written: [String] = []
      let target: String
      let text: String
      let counts: TranslationWriter.Counts
      if parsed.flags.contains("--faq") {
        if parsed.values["--pack"] != nil {
          console.error("sds translate: use --faq or --pack, not both. The FAQ is translated once for every pack.")
          return ExitCode.usage
        }
        let loaded: LoadedFAQ?
        do { loaded = try LoadedFAQ.load(content, warnings: false) } catch {
          console.report(error)
          return ExitCode.noInput
        }
        guard let faq = loaded else {
          console.error("sds translate: there is no faq folder in \(Console.visible(ContentLocator.display(content.folder))), so there is nothing to translate.")
          return ExitCode.noInput
        }
        if !faq.errors.isEmpty {
          console.error("sds translate: the FAQ files have problems. Run 'sds check' and fix the errors first.")
          return ExitCode.failure
        }
        target = content.folder + "/languages/" + code + "/" + LanguageSource.faqFileName
        let old = FileManager.default.contents(atPath: target).map { String(decoding: $0, as: UTF8.self) }
        let existing = old.map { FAQTranslation.read(SourceFile(path: ContentLocator.display(target), text: $0), code: code).translation }
        (text, counts) = FAQTranslationWriter.write(
          content: faq.content, code: code, name: name, existing: existing, existingText: old, command: "sds translate \(code) --faq")
        try writeSettingsIfNew(code, in: content.folder, written: &written)
      } else if let packID = parsed.values["--pack"] {
        guard let pack = library.packs[packID] else {
          console.error("sds translate: there is no pack called '\(Console.visible(packID))'. Run 'sds packs' to see them.")
          return ExitCode.usage
        }
        target = content.folder + "/packs/" + packID + "/languages/" + code + ".txt"
        (text, counts) = TranslationWriter.write(
          code: code, items: library.translationItems(for: content.script, pack: packID, language: code), existing: pack.translations[code],
          header: header(code: code, name: name, command: "sds translate \(code) --pack \(packID)", about: "the words the pack \"\(packID)\" changes"),
          fileHeadings: false)
      } else {
        target = content.folder + "/languages/" + code + "/texts.txt"
        (text, counts) = TranslationWriter.write(
          code: code, items: library.translationItems(for: content.script), existing: library.languages[code]?.translation,
          header: header(code: code, name: name, command: "sds translate \(code)", about: "the conversation's words"))
        try writeSettingsIfNew(code, in: content.folder, written: &written)
      }
      try write(text, to: target)
      written.insert(target, at: 0)
      for path in written { console.line("Wrote \(Console.visible(ContentLocator.display(path)))") }
      console.line("\(counts.total) texts: \(counts.done) done, \(counts.toDo) to do, \(counts.changed) changed since translated (check them)\(counts.unused > 0 ? ", \(counts.unused) no longer used (kept at the end)" : "").")
      return ExitCode.ok
    } catch {
      console.error("sds translate: I could not write the file: \(error.localizedDescription)")
      return ExitCode.cannotCreate
    }
  }

  /// Writes `languages/CODE/language.txt` for a new language, to fill in.
  static func writeSettingsIfNew(_ code: String, in folder: String, written: inout [String]) throws {
    let settings = folder + "/languages/" + code + "/language.txt"
    if !FileManager.default.fileExists(atPath: settings) {
      try write(newSettings(code), to: settings)
      written.append(settings)
    }
  }

  /// Writes `text` atomically, making the folder first.
  static func write(_ text: String, to path: String) throws {
    let url = URL(fileURLWithPath: path)
    try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
    try Data(text.utf8).write(to: url, options: .atomic)
  }

  static func header(code: String, name: String, command: String, about: String) -> [String] {
    [
      "\(name) (\(code)): \(about), in the order of the script.",
      "Written by: \(command). Run it again whenever the conversation changes: it keeps every",
      "translation, adds new texts, and marks texts whose English changed.",
      "",
      "How to translate (more in Content/languages/README.md):",
      "- Each text starts with its id and a code. Do not change them.",
      "- The en: lines are the English. Write your words after \(code): under them, one line for each en: line.",
      "- Keep every {name} exactly as it is, in its braces: the assistant fills it in.",
      "- A line that starts with \"- \" is one item of a list. Keep it a list.",
      "- For a choice, add other words people may type after | also: (with commas between).",
      "- For a word list, write the words people type, with commas between.",
      "- A changed: line means the English changed after it was translated. Until you check it, people",
      "  see the English. Check your words against the en: lines, then delete the changed: and was: lines.",
      "- Lines that start with # are written again each time. Put your own notes on a note: line.",
    ]
  }

  static func newSettings(_ code: String) -> String {
    """
    # The settings of this language. sds translate wrote this file; fill it in.
    language \(code)
      # The language's name in itself, as shown in the list of languages.
      name: [its name in itself]
      english name: [its name in English]
      # Other words people may type to pick it from the list, with commas between.
      also:
      # draft until a fluent speaker has checked every text; then reviewed.
      status: draft
      note: Not checked by a fluent speaker yet.

    """
  }
}
