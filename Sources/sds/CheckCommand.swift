import SDSEngine
import SDSPacks

/// `sds check [DIR]`: loads every content file and reports every problem at once.
enum CheckCommand {
  static let spec = CommandSpec(
    name: "check",
    summary: "Check the conversation files and list every problem.",
    usage: """
      Usage: sds check [DIR] [--readability] [--pack ID]

      Loads every file in the content folder (DIR, or the one sds uses) and lists every problem,
      like a compiler: path:line:col: error CODE: message. It checks the conversation, every pack
      (Content/packs) and every language (Content/languages), and notes how much of each language
      is translated. Exits 1 when there is an error, 0 otherwise.

      Options:
        --readability   Also report reading level for every piece of text.
        --pack ID       Check only this pack and the packs it is based on.
      """,
    valueOptions: ["--content", "--pack"],
    flagOptions: ["--readability"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.count <= 1 else {
      console.error("sds check: give one content folder at most.")
      return ExitCode.usage
    }
    guard let content = LoadedContent.load(parsed, folder: parsed.positional.first, console: &console) else { return ExitCode.noInput }
    guard let all = checkPacks(content, only: parsed.values["--pack"], console: &console) else { return ExitCode.noInput }
    for diagnostic in all { console.line(diagnostic.description) }
    let errors = all.filter { $0.severity == .error }.count
    let warnings = all.filter { $0.severity == .warning }.count
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
}
