import Foundation
import SDSHandoff
import SDSSession

/// `sds import`: writes drafts in the chosen formats, then moves them from `new/` to `cur/`.
enum ImportCommand {
  static let defaultFormats = "json,fhir,html,md"

  static let spec = CommandSpec(
    name: "import",
    summary: "Write drafts to a folder for the case system, then mark them imported.",
    usage: """
      Usage: sds import (REFERENCE... | --all) --to DIR [--format LIST] [--outbox DIR] [--key FILE]

      Writes each draft to DIR in the chosen formats (REF.json, REF.fhir.json, REF.html, REF.md, and one
      drafts.csv with a row per draft), and only then moves it from new/ to cur/ in the drop folder.
      Importing a draft again writes its files again and changes nothing else.
      A file in new/ that is not a draft that can be read is moved to quarantine/, with a .reason file
      beside it saying why; the others are still imported. Nothing is ever deleted.
      Exits 1 when anything could not be imported.

      Options:
        --all          Import every draft waiting in new/.
        --to DIR       Where to write the files (made if missing).
        --format LIST  Any of json, fhir, html, md, csv, text, with commas (default \(defaultFormats)).
                       CSV cells that start with = + - @ get a ' in front, so spreadsheets show them as text.
        --outbox DIR   The drop folder (or set SDS_OUTBOX).
      \(DraftEncryption.keyUsage)
      """,
    valueOptions: ["--to", "--format", "--outbox", "--key"],
    flagOptions: ["--all"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    let all = parsed.flags.contains("--all")
    guard all != !parsed.positional.isEmpty else {
      console.error(all ? "sds import: give references or --all, not both." : "sds import: say which drafts: give their references, or --all for every draft waiting.")
      return ExitCode.usage
    }
    guard let destination = parsed.values["--to"], !destination.isEmpty else {
      console.error("sds import: say where to write the files with --to DIR.")
      return ExitCode.usage
    }
    let formats: [ExportFormat]
    do {
      formats = try ExportFormat.list(parsed.values["--format"] ?? defaultFormats, allowed: [.json, .fhir, .html, .md, .csv, .text])
    } catch {
      let names = error.names.map { "'\(InertText.short($0, limit: 20))'" }.joined(separator: ", ")
      console.error("sds import: " + (names.isEmpty ? "" : "\(names) is not a format. ") + "--format takes json, fhir, html, md, csv or text, with commas between.")
      return ExitCode.usage
    }
    var references: [Reference] = []
    var mistyped = false
    for typed in parsed.positional {
      do {
        references.append(try Reference.parse(typed))
      } catch {
        console.error("sds import: \"\(InertText.short(typed, limit: 40))\" is not a reference. \(error)")
        mistyped = true
      }
    }
    if mistyped {
      console.error("sds import: nothing was imported. Correct the references and try again.")
      return ExitCode.failure
    }
    guard let folder = OutboxLocation.folder(parsed, command: "import", console: &console) else { return ExitCode.noInput }
    let path = folder.path
    let now = Date()
    let report: ImportReport
    do {
      report = try Importer(folder: folder).run(ImportRequest(
        selection: all ? .all : .references(references), destination: destination, formats: formats, timeZone: .current, now: now))
    } catch {
      console.error("sds import: \(error)")
      return ExitCode.cannotCreate
    }
    let shownPath = Console.visible(path), shownDestination = Console.visible(destination)
    if report.putBack > 0 {
      console.line("\(count(report.putBack, "draft")) left half-imported by an import that stopped \(report.putBack == 1 ? "was" : "were") put back in \(shownPath)/new.")
    }
    if !report.imported.isEmpty {
      // A few references are listed; for many, the count and where each draft's files are.
      if report.imported.count <= listedAtMost {
        console.line("Imported \(count(report.imported.count, "draft")) into \(shownDestination): \(report.imported.map(\.description).joined(separator: ", ")).")
      } else {
        console.line("Imported \(count(report.imported.count, "draft")) into \(shownDestination). Each draft's files there are named by its reference.")
      }
      console.line("\(report.imported.count == 1 ? "It is" : "They are") now in \(shownPath)/cur.")
    }
    if report.importedBefore.count > listedAtMost {
      console.line("\(count(report.importedBefore.count, "draft")) had been imported before. Their files in \(shownDestination) were written again; nothing else changed.")
    } else {
      for reference in report.importedBefore {
        console.line("\(reference) had been imported before. Its files in \(shownDestination) were written again; nothing else changed.")
      }
    }
    for reference in report.takenByAnother {
      console.error("sds import: \(reference) was being imported by another sds import at the same moment, so it was not written to \(shownDestination). To write its files here too, import it again when that import has finished.")
    }
    if report.imported.isEmpty && report.importedBefore.isEmpty && report.quarantined.isEmpty && report.failures.isEmpty && report.notFound.isEmpty && report.takenByAnother.isEmpty {
      console.line("No drafts are waiting in \(shownPath)/new. Nothing was imported.")
    }
    if !report.quarantined.isEmpty {
      console.error("sds import: \(count(report.quarantined.count, "file")) could not be imported and \(report.quarantined.count == 1 ? "was" : "were") moved to \(shownPath)/quarantine:")
      for file in report.quarantined {
        console.error("- \(file.from)/\(InertText.short(file.name, limit: 80)): \(file.problem). See quarantine/\(file.savedAs).reason.")
      }
    }
    for reference in report.notFound {
      console.error("sds import: there is no draft \(reference) in \(shownPath)/new or /cur. Check the reference.")
    }
    for failure in report.failures { console.error("sds import: \(failure)") }
    let expired = SavedConversations(folder: folder, key: nil).deleteExpired(now: now)
    if expired > 0 { console.line("Deleted \(count(expired, "saved conversation")) whose 28 days were over.") }
    return report.succeeded ? ExitCode.ok : ExitCode.failure
  }

  /// The most references printed in a list; more are given as a count.
  static let listedAtMost = 10

  private static func count(_ n: Int, _ noun: String) -> String { "\(n) \(noun)\(n == 1 ? "" : "s")" }
}
