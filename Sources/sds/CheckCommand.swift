import SDSEngine

/// `sds check [DIR]`: loads every content file and reports every problem at once.
enum CheckCommand {
  static let spec = CommandSpec(
    name: "check",
    summary: "Check the conversation files and list every problem.",
    usage: """
      Usage: sds check [DIR] [--readability]

      Loads every file in the content folder (DIR, or the one sds uses): the conversation in script/
      and the common questions in faq/. Lists every problem, like a compiler: path:line:col: error CODE: message.
      Exits 1 when there is an error, 0 otherwise.

      Options:
        --readability   Also report reading level for every piece of text.
      """,
    valueOptions: ["--content"],
    flagOptions: ["--readability"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.count <= 1 else {
      console.error("sds check: give one content folder at most.")
      return ExitCode.usage
    }
    guard let content = LoadedContent.load(parsed, folder: parsed.positional.first, console: &console) else { return ExitCode.noInput }
    // The FAQ files are checked alongside the conversation.
    let faqFolder = LoadedFAQ.folder(in: content.folder)
    let faq = LoadedFAQ.load(content, console: &console)
    if faq == nil && ContentLocator.isDirectory(faqFolder) { return ExitCode.noInput }
    let diagnostics = content.diagnostics + (faq?.diagnostics ?? [])
    for diagnostic in diagnostics { console.line(diagnostic.description) }
    let errors = diagnostics.filter { $0.severity == .error }.count
    let warnings = diagnostics.filter { $0.severity == .warning }.count
    console.error("\(Console.visible(ContentLocator.display(content.folder))): \(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").")
    return errors > 0 ? ExitCode.failure : ExitCode.ok
  }
}
