import Foundation
import SDSEngine
import SDSPacks

/// `sds translate CODE`: writes or brings up to date a language's translation file for a translator.
enum TranslateCommand {
  static let spec = CommandSpec(
    name: "translate",
    summary: "Write or update a language's translation file, in the order of the script.",
    usage: """
      Usage: sds translate CODE [--pack ID] [--content DIR]

      Writes Content/languages/CODE/texts.txt: every text a person sees, in the order of the script,
      with the English above a line to fill in. Run it again whenever the conversation changes: it
      keeps every translation, adds new texts, marks texts whose English changed (changed:), and
      keeps translations that are no longer used at the end of the file. For a new language it also
      writes Content/languages/CODE/language.txt, for its name and status.

      With --pack ID it writes Content/packs/ID/languages/CODE.txt instead: only the texts that pack
      changes (its terms, contacts and new words), so a council can have its own words translated.

      Options:
        --pack ID       Write the file for the texts this pack changes.
        --content DIR   Where the conversation files are (or set SDS_CONTENT).
      """,
    valueOptions: ["--content", "--pack"],
    flagOptions: [],
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
    guard let content = LoadedContent.load(parsed, console: &console) else { return ExitCode.noInput }
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
      if let packID = parsed.values["--pack"] {
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
        let settings = content.folder + "/languages/" + code + "/language.txt"
        if !FileManager.default.fileExists(atPath: settings) {
          try write(newSettings(code), to: settings)
          written.append(settings)
        }
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
