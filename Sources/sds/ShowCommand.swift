import Foundation
import SDSHandoff
import SDSSession

/// `sds show REFERENCE`: one draft, readable, triage summary first.
enum ShowCommand {
  static let spec = CommandSpec(
    name: "show",
    summary: "Show one draft, the most urgent things first.",
    usage: """
      Usage: sds show REFERENCE [--format text|md|html|json|fhir] [--outbox DIR] [--key FILE]

      Shows the draft with REFERENCE (waiting in new/ or imported in cur/), starting with what to read
      first: flags, who it is for, who filled it in, what matters most. The reference can be typed in
      any case, with or without dashes. Nothing is changed.

      Options:
        --format F     text (the default), md, html, json (the draft itself) or fhir (FHIR R4 JSON).
        --outbox DIR   The drop folder (or set SDS_OUTBOX).
      \(DraftEncryption.keyUsage)
      """,
    valueOptions: ["--format", "--outbox", "--key"],
    flagOptions: [],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.count == 1 else {
      console.error("sds show: give one reference, like this: sds show K7QM-3XRT-VPZ")
      return ExitCode.usage
    }
    let allowed: [ExportFormat] = [.text, .md, .html, .json, .fhir]
    guard let format = ExportFormat.named(parsed.values["--format"] ?? "text"), allowed.contains(format) else {
      console.error("sds show: --format takes one of text, md, html, json or fhir.")
      return ExitCode.usage
    }
    let typed = parsed.positional[0]
    let reference: Reference
    do {
      reference = try Reference.parse(typed)
    } catch {
      console.error("sds show: \"\(InertText.short(typed, limit: 40))\" is not a reference. \(error)")
      return ExitCode.failure
    }
    guard let folder = OutboxLocation.folder(parsed, command: "show", console: &console) else { return ExitCode.noInput }
    let path = folder.path
    let found: Result<FoundDraft, DraftReadProblem>?
    do {
      found = try folder.find(reference)
    } catch {
      console.error("sds show: \(error)")
      return ExitCode.noInput
    }
    switch found {
    case nil:
      console.error("sds show: there is no draft \(reference) in \(Console.visible(path))/new or /cur. Check the reference with the person, or type 'sds inbox' to see the drafts waiting.")
      return ExitCode.noInput
    case .failure(let problem)?:
      console.error("sds show: the file for \(reference) cannot be read: \(problem).")
      return ExitCode.failure
    case .success(let draft)?:
      if draft.box == .cur { console.error("sds show: \(reference) was imported before (it is in cur/).") }
      console.out(format.render(draft.draft, timeZone: .current))
      return ExitCode.ok
    }
  }
}
