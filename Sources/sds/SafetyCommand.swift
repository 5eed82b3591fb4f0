import Foundation
import SDSEngine
import SDSSession

/// `sds safety`: what the safety listener hears in a sentence, so staff and tests can check the rules.
enum SafetyCommand {
  static let spec = CommandSpec(
    name: "safety",
    summary: "Show what the safety listener hears in an answer.",
    usage: """
      Usage: sds safety [TEXT] [--json] [--pack ID] [--content DIR]

      Every answer a person types is listened to for signs that they, or someone they help, are not
      safe: abuse or neglect of any kind, danger now, self-harm or suicide. The rules are in
      Content/safety/ (and a pack's safety/ folder). This shows what they hear in TEXT.

        sds safety "my son takes my pension"    each kind heard, the flag, and the rule that heard it
        sds safety --json "TEXT"                {"heard": [{"kind", "flag", "reply", "language", "rule"}]}
        sds safety --json                       reads one answer a line from standard input and writes
                                                one such object a line
        sds safety                              the same, as plain text, one answer a line

      Options:
        --json           Write JSON.
        --content DIR    Where the content is (or set SDS_CONTENT).
      \(PackOptions.usage)
      """,
    valueOptions: Set(["--content"]).union(PackOptions.valueOptions),
    flagOptions: ["--json"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard let content = PackOptions.content(parsed, console: &console) else { return ExitCode.noInput }
    let listener = content.listener
    let json = parsed.flags.contains("--json")
    func report(_ text: String) {
      let heard = listener.hear(InputSanitiser.clean(text))
      if json {
        console.line(jsonLine(heard))
      } else if heard.isEmpty {
        console.line("Nothing heard.")
      } else {
        for hearing in heard {
          console.line(Console.visible("\(hearing.kind) (flag \(hearing.flag), reply \(hearing.reply)): \(hearing.location.file):\(hearing.location.line): \(hearing.pattern)"))
        }
      }
    }
    if !parsed.positional.isEmpty {
      report(parsed.positional.joined(separator: " "))
      return ExitCode.ok
    }
    while let line = readLine(strippingNewline: true) { report(line) }
    return ExitCode.ok
  }

  /// What the conversation would say at once about `text`: each reply topic's words, most urgent first,
  /// in the language the content starts in. Empty when nothing is heard.
  static func replies(to text: String, content: ConversationContent) -> [String] {
    let heard = content.listener.hear(text)
    guard !heard.isEmpty, let language = content.languages.first(where: { $0.code == content.language }) ?? content.languages.first else { return [] }
    let engine = Engine(languages: [language], initial: language.code)
    var ids: [String] = []
    for hearing in heard where !ids.contains(hearing.reply) { ids.append(hearing.reply) }
    return ids.compactMap { engine.topicText($0) }
  }

  /// `{"heard": [...]}` for one answer.
  static func jsonLine(_ heard: [SafetyHearing]) -> String {
    let items = heard.map { hearing in
      JSONLines.encode([
        ("kind", hearing.kind), ("flag", hearing.flag), ("reply", hearing.reply), ("language", hearing.language),
        ("rule", "\(hearing.location.file):\(hearing.location.line): \(hearing.pattern)"),
      ])
    }
    return "{\"heard\":[" + items.joined(separator: ",") + "]}"
  }
}
