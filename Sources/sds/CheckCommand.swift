import Foundation
import SDSEngine
import SDSHandoff
import SDSPacks
import SDSSession

/// `sds check [DIR]`: loads every content file and reports every problem at once.
enum CheckCommand {
  static let spec = CommandSpec(
    name: "check",
    summary: "Check the conversation files and list every problem.",
    usage: """
      Usage: sds check [DIR] [--readability] [--pack ID] [--brief]
             sds check --explain CODE

      Loads every file in the content folder (DIR, or the one sds uses) and lists every problem,
      like a compiler: path:line:col: error CODE: message, then the line itself with a ^ under the
      place. It checks the conversation (script/),
      the common questions (faq/), every pack (packs/) and every language (languages/), and notes
      how much of each language is translated (the conversation and the FAQ). It also warns about
      words from jargon.txt that are not explained. Exits 1 when there is an error, 0 otherwise.

      Options:
        --readability   Also measure every piece of text a person can see: its reading grade
                        and longest sentence, with a warning past the limits (grade 6, average
                        grade 5, 25 words a sentence, one question), then a summary.
        --pack ID       Check only this pack and the packs it is based on.
        --brief         One line a problem, without the line it is on (for tools).
        --explain CODE  Say what a code (like E-DUPLICATE-ID) means, with an example and the fix.
      """,
    valueOptions: ["--content", "--pack", "--explain"],
    flagOptions: ["--readability", "--brief"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    if let code = parsed.values["--explain"] { return explain(code, &console) }
    guard parsed.positional.count <= 1 else {
      console.error("sds check: give one content folder at most.")
      return ExitCode.usage
    }
    let content: LoadedContent
    // The FAQ files are checked alongside the conversation.
    let faq: LoadedFAQ?
    do {
      content = try LoadedContent.load(folder: parsed.positional.first ?? parsed.values["--content"])
      faq = try LoadedFAQ.load(content)
    } catch {
      console.report(error)
      return ExitCode.noInput
    }
    guard let packProblems = checkPacks(content, only: parsed.values["--pack"], console: &console) else { return ExitCode.noInput }
    var diagnostics = packProblems + (faq?.diagnostics ?? [])
    // The store: names against the draft's fields, which only the hand-off knows.
    diagnostics += ScriptChecker.checkStoreNames(content.script, known: Draft.storeNames)
    // Each language's FAQ translation, against the English FAQ.
    if let faq, faq.errors.isEmpty {
      do { diagnostics += try FAQTranslationCheck.check(content, faq: faq.content, only: parsed.values["--pack"]) } catch {
        console.report(error)
        return ExitCode.noInput
      }
    }
    var jargon: JargonList?
    let jargonPath = content.folder + "/jargon.txt"
    if let data = FileManager.default.contents(atPath: jargonPath) {
      let (list, problems) = JargonList.parse(SourceFile(path: ContentLocator.display(jargonPath), text: String(decoding: data, as: UTF8.self)))
      jargon = list
      diagnostics += problems
    }
    let report = PlainLanguageCheck.check(content.script, jargon: jargon)
    diagnostics += report.jargonDiagnostics
    // Readability over everything a person sees, for each pack (its words in place) and the FAQ.
    var readabilitySummary: [String] = []
    if parsed.flags.contains("--readability") {
      let measured = ReadabilityPerPack.measure(content, faq: faq?.content, jargon: jargon, only: parsed.values["--pack"])
      var seen = Set<String>()
      for diagnostic in measured.diagnostics where seen.insert(diagnostic.description).inserted { diagnostics.append(diagnostic) }
      readabilitySummary = measured.summary
    }
    diagnostics.sort { ($0.file, $0.line, $0.column, $0.severity, $0.code) < ($1.file, $1.line, $1.column, $1.severity, $1.code) }
    var files = SourceExcerpts()
    for diagnostic in diagnostics {
      console.line(Console.visible(diagnostic.description))
      guard !parsed.flags.contains("--brief"), diagnostic.severity != .note, let excerpt = files.excerpt(diagnostic) else { continue }
      for line in excerpt { console.line(Console.visible(line)) }
    }
    if parsed.flags.contains("--readability") {
      for line in readabilitySummary { console.line(Console.visible(line)) }
    }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    console.error("\(Console.visible(ContentLocator.display(content.folder))): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").")
    return errors > 0 ? ExitCode.failure : ExitCode.ok
  }

  /// The script's problems with every pack's and language's, in file order; nil (after saying why)
  /// when the pack or language folders cannot be read, or `only` names no pack.
  static func checkPacks(_ content: LoadedContent, only: String?, console: inout Console) -> [Diagnostic]? {
    do {
      let (packs, languages) = try PackFiles.everything(in: content.folder)
      let (library, fileProblems) = PackLibrary.load(packs: packs, languages: languages)
      if let only, library.packs[only] == nil {
        console.error("sds check: there is no pack called '\(Console.visible(only))'. Run 'sds packs' to see them.")
        return nil
      }
      let problems = library.check(script: content.script, scriptDiagnostics: content.diagnostics, only: only)
      return (content.diagnostics + fileProblems + problems).sorted { ($0.file, $0.line, $0.column, $0.code) < ($1.file, $1.line, $1.column, $1.code) }
    } catch {
      console.error("sds check: I could not read the packs or languages in \(Console.visible(content.folder)): \(error.localizedDescription)")
      return nil
    }
  }

  /// `sds check --explain CODE`: the catalogue's entry, or (exit 64) the nearest code.
  static func explain(_ code: String, _ console: inout Console) -> Int32 {
    if let entry = DiagnosticCatalogue.entry(code) {
      console.line(entry.text)
      return ExitCode.ok
    }
    let near = DiagnosticCatalogue.nearest(to: code).map { " Did you mean \($0)?" } ?? ""
    console.error("sds check: there is no code '\(Console.visible(code))'.\(near) Codes look like E-DUPLICATE-ID; Content/README.md lists them all.")
    return ExitCode.usage
  }
}

/// The files diagnostics point at, each read once, for the line under a diagnostic.
struct SourceExcerpts {
  private var texts: [String: String?] = [:]

  /// The diagnostic's line with a caret under its column; nil when the file cannot be read.
  mutating func excerpt(_ diagnostic: Diagnostic) -> [String]? {
    if texts[diagnostic.file] == nil {
      texts[diagnostic.file] = FileManager.default.contents(atPath: diagnostic.file).map { String(decoding: $0, as: UTF8.self) }
    }
    guard let text = texts[diagnostic.file] ?? nil else { return nil }
    return diagnostic.excerpt(of: text)
  }
}
