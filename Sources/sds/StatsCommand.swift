import Foundation
import SDSHandoff
import SDSSession

/// `sds stats`: counts over imported drafts, with small numbers hidden.
enum StatsCommand {
  static let spec = CommandSpec(
    name: "stats",
    summary: "Count imported drafts by outcome area, option and who filled them in.",
    usage: """
      Usage: sds stats [--outbox DIR] [--key FILE] [--json]

      Counts the drafts imported into the drop folder's cur/ folder, for commissioners and providers:
      the outcome areas chosen, the options preferred, and whether the person or a carer filled them in.
      Any count below 5 is shown as "fewer than 5", so no one can be picked out.

      Options:
        --outbox DIR   The drop folder (or set SDS_OUTBOX).
      \(DraftEncryption.keyUsage)
        --json         Print one JSON document instead. A hidden count is the string "fewer than 5".
      """,
    valueOptions: ["--outbox", "--key"],
    flagOptions: ["--json"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.isEmpty else {
      console.error("sds stats: it takes no references.")
      return ExitCode.usage
    }
    guard let (path, listing) = OutboxLocation.listing(.cur, parsed, command: "stats", console: &console) else { return ExitCode.noInput }
    let stats = DraftStatistics(listing.drafts.map(\.draft))
    if !listing.unreadable.isEmpty {
      console.error("sds stats: \(listing.unreadable.count) file\(listing.unreadable.count == 1 ? "" : "s") in cur/ could not be read and \(listing.unreadable.count == 1 ? "was" : "were") not counted.")
      if listing.unreadable.contains(where: { $0.problem == .needsKey }) {
        console.error("sds stats: some are encrypted: give the council's private key with --key FILE (or set SDS_KEY) to count them.")
      }
    }
    if parsed.flags.contains("--json") {
      console.out(JSONWriter.pretty(stats.json))
      return ExitCode.ok
    }
    console.line("Imported drafts in \(Console.visible(path))/cur: \(stats.drafts).")
    console.line("Any count below \(DraftStatistics.threshold) is shown as \"fewer than \(DraftStatistics.threshold)\".")
    section("Outcome areas chosen (a draft counts once in each area it chose):", stats.outcomeAreas, &console)
    section("Option preferred:", stats.options, &console)
    section("Filled in by:", stats.completedBy, &console)
    return ExitCode.ok
  }

  private static func section(_ title: String, _ rows: [DraftStatistics.Row], _ console: inout Console) {
    console.line()
    console.line(title)
    for row in rows {
      let label = InertText.short(row.label, limit: 60)
      let id = InertText.short(row.id, limit: 40)
      console.line("- \(label)\(label == id || Draft.OptionChoice.answers.contains(row.id) || row.id == "not-asked" || ["self", "carer", "other"].contains(row.id) ? "" : " (\(id))"): \(row.count)")
    }
  }
}
