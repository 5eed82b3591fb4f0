import Foundation
import SDSEngine
import SDSHandoff
import SDSPacks
import SDSSession

/// `sds packs`: lists the packs with their nation, languages and version.
enum PacksCommand {
  static let spec = CommandSpec(
    name: "packs",
    summary: "List the packs: each nation's and council's words.",
    usage: """
      Usage: sds packs [DIR] [--json]

      Lists every pack in the content folder (DIR, or the one sds uses): its id, name, nation,
      languages (the one it starts in first) and version. Use the id with --pack ID or SDS_PACK.
      The default, used with no --pack, is marked.

      Options:
        --json          One JSON array of packs, for other programs.
      """,
    valueOptions: ["--content"],
    flagOptions: ["--json"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.count <= 1 else {
      console.error("sds packs: give one content folder at most.")
      return ExitCode.usage
    }
    let option = parsed.positional.first ?? parsed.values["--content"]
    guard let folder = ContentLocator.locate(option: option) else {
      console.error(ContentLocator.notFoundMessage(option: option))
      return ExitCode.noInput
    }
    let library: PackLibrary
    let problems: [Diagnostic]
    do {
      let (packs, languages) = try PackFiles.everything(in: folder)
      (library, problems) = PackLibrary.load(packs: packs, languages: languages)
    } catch {
      console.error("sds packs: I could not read the packs in \(Console.visible(folder)): \(error.localizedDescription)")
      return ExitCode.noInput
    }
    // The default first, then the rest by id.
    let ids = [PackLibrary.defaultPackID] + library.packs.keys.sorted().filter { $0 != PackLibrary.defaultPackID }
    let summaries = ids.compactMap { library.summary($0) }
    if parsed.flags.contains("--json") {
      let rows: [JSONValue] = summaries.map { summary in
        .object([
          ("id", .string(summary.id)), ("name", .string(summary.name)), ("nation", .string(summary.nation)), ("language", .string(summary.language)),
          ("languages", .array(summary.languages.map { code in
            .object([("code", .string(code)), ("name", .string(library.languageName(code))), ("status", .string(status(code, library)))])
          })),
          ("version", .string(summary.version)), ("base", summary.base.map(JSONValue.string) ?? .null), ("default", .bool(summary.id == PackLibrary.defaultPackID)),
          ("status", .string(summary.status)),
          ("review", summary.review.map { review in
            .object([("by", .string(review.by)), ("against", .string(review.against)), ("date", .string(review.date))])
          } ?? .null),
        ])
      }
      console.line(JSONWriter.compact(.array(rows)))
    } else {
      var table = [["ID", "NAME", "NATION", "LANGUAGES", "VERSION", "BASE", "STATUS", "REVIEWED"]]
      for summary in summaries {
        let languages = summary.languages.map { code in
          let note = status(code, library) == "draft" ? " (draft)" : ""
          return code + note
        }.joined(separator: ", ")
        table.append([summary.id + (summary.id == PackLibrary.defaultPackID ? " (default)" : ""), summary.name, summary.nation, languages, summary.version, summary.base ?? "-",
                      summary.status, summary.review.map { $0.date.isEmpty ? "yes" : $0.date } ?? "not yet"])
      }
      // Who checked each pack, against which law: the review records, one a line.
      let reviewed = summaries.filter { $0.review != nil }
      if !reviewed.isEmpty {
        table.append([])
        for summary in reviewed {
          guard let review = summary.review else { continue }
          table.append(["Review of \(summary.id): \(review.by) (\(review.date)), against \(review.against)"])
        }
      }
      let widths = table[0].indices.map { column in table.filter { $0.count > 1 }.map { $0[column].count }.max() ?? 0 }
      for row in table {
        if row.count < 2 {
          console.line(Console.visible(row.first ?? ""))
          continue
        }
        let cells = row.enumerated().map { $0.offset == row.count - 1 ? $0.element : $0.element.padding(toLength: widths[$0.offset], withPad: " ", startingAt: 0) }
        console.line(Console.visible(cells.joined(separator: "  ")))
      }
    }
    let errors = problems.filter { $0.severity == .error }.count
    if errors > 0 { console.error("sds packs: \(errors) problem\(errors == 1 ? "" : "s") in the pack files. Run 'sds check' to see them.") }
    return ExitCode.ok
  }

  /// `reviewed`, `draft`, or `source` for English, the language the conversation is written in.
  static func status(_ code: String, _ library: PackLibrary) -> String {
    if code == PackLibrary.sourceLanguage { return "source" }
    return library.languages[code]?.settings?.status ?? "unknown"
  }
}
