import Foundation
import SDSEngine
import SDSFAQ
import SDSSession

/// `sds faq`: answers a question from the FAQ as the conversation would, or lists the entries.
enum FAQCommand {
  static let spec = CommandSpec(
    name: "faq",
    summary: "Answer a common question, or list them, from the FAQ files.",
    usage: """
      Usage: sds faq [QUESTION] [--json] [--list] [--pack ID] [--nation NATION] [--content DIR]

      Answers a question in the way the assistant would in the conversation. A question that tells
      of harm first gets who to contact, from the safety listener (see sds safety).

        sds faq "can I pay my daughter?"   the answer, the choices, or the no-match message
        sds faq --json "QUESTION"          {"match": ID or null, "alternatives": [ID, ...], "score": N}
        sds faq --json                     reads one question a line from standard input and
                                           writes one such object a line
        sds faq --list                     every id and title
        sds faq --list --json              every entry, one a line: {"id", "title", "answer"}
                                           (the answer as shown, terms filled in)

      The score is how well the best entry matched, from 0 towards 1.

      With --lang CODE it answers in that language, from Content/languages/CODE/faq.txt, as a
      conversation in that language would (the pack must offer it): for Welsh,
        sds faq --pack wales --lang cy "alla i dalu fy merch?"
      Texts not translated yet are in English.

      Options:
        --json           Write JSON.
        --list           List every entry.
        --nation NATION  Show one nation's answers: england, scotland, wales or northern-ireland.
                         Without it, the pack's nation; the neutral "uk" pack has the UK-wide answers.
        --content DIR    Where the content is (or set SDS_CONTENT).
      \(PackOptions.usage)
      """,
    valueOptions: Set(["--content", "--nation"]).union(PackOptions.valueOptions),
    flagOptions: ["--json", "--list"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    let json = parsed.flags.contains("--json")
    let list = parsed.flags.contains("--list")
    let question = parsed.positional.joined(separator: " ")
    if list && !parsed.positional.isEmpty {
      console.error("sds faq: use --list on its own, without a question.")
      return ExitCode.usage
    }
    if !list && !json && parsed.positional.isEmpty {
      console.error("sds faq: give a question, like: sds faq \"can I pay my daughter?\". Or use --json to read questions from standard input.")
      return ExitCode.usage
    }
    var nation: Nation?
    if let name = parsed.values["--nation"] {
      guard let chosen = Nation(rawValue: name) else {
        console.error("sds faq: \"\(Console.visible(name))\" is not a nation. Use england, scotland, wales or northern-ireland.")
        return ExitCode.usage
      }
      nation = chosen
    }
    guard let content = PackOptions.content(parsed, console: &console) else { return ExitCode.noInput }
    let library: FAQLibrary
    do { library = try LoadedFAQ.library(for: content, nation: nation) } catch {
      console.report(error)
      return ExitCode.noInput
    }

    if list {
      for entry in library.entries {
        if json {
          console.line(JSONLines.encode([("id", entry.id), ("title", entry.title), ("answer", entry.answer)]))
        } else {
          console.line("\(entry.id): \(entry.title)")
        }
      }
      return ExitCode.ok
    }
    if json {
      if !parsed.positional.isEmpty {
        console.line(jsonLine(library.match(InputSanitiser.clean(question))))
        return ExitCode.ok
      }
      // One question a line; the index is built once above, so each line is one look-up.
      while let line = readLine(strippingNewline: true) {
        console.line(jsonLine(library.match(InputSanitiser.clean(line))))
      }
      return ExitCode.ok
    }
    // A question that tells of harm is heard first, as in the conversation: who to contact comes before
    // any answer.
    let cleaned = InputSanitiser.clean(question)
    for reply in SafetyCommand.replies(to: cleaned, content: content) { console.out(reply + "\n\n") }
    console.out(plain(library.match(cleaned), library))
    return ExitCode.ok
  }

  /// `{"match": ..., "alternatives": [...], "score": ...}` for one question.
  static func jsonLine(_ match: FAQMatch) -> String {
    let id = match.matchedID.map(JSONLines.quote) ?? "null"
    let alternatives = "[" + match.alternatives.map(JSONLines.quote).joined(separator: ",") + "]"
    return "{\"match\":\(id),\"alternatives\":\(alternatives),\"score\":\(decimal(match.score))}"
  }

  /// A score with 3 decimal places, in JSON's number format.
  static func decimal(_ value: Double) -> String {
    let thousandths = Int((max(0, value) * 1000).rounded())
    let fraction = String(thousandths % 1000)
    return "\(thousandths / 1000)." + String(repeating: "0", count: 3 - fraction.count) + fraction
  }

  /// What a person would see, as plain text.
  static func plain(_ match: FAQMatch, _ library: FAQLibrary) -> String {
    switch match.outcome {
    case .answer(let id):
      guard let entry = library.entry(id) else { return library.noMatchMessage + "\n" }
      return [entry.title, entry.answer, entry.more].compactMap { $0 }.joined(separator: "\n\n") + "\n"
    case .choose(let ids):
      let lines = ids.compactMap(library.entry).enumerated().map { "  \($0.offset + 1). \($0.element.title) (\($0.element.id))" }
      return "More than one answer might fit. The person would choose one of these:\n" + lines.joined(separator: "\n") + "\n"
    case .noMatch:
      return library.noMatchMessage + "\n"
    case .unrelated:
      return library.unrelatedMessage + "\n"
    }
  }
}
