import Foundation
import SDSHandoff
import SDSSession

/// `sds inbox`: the drafts waiting in the drop folder, most urgent first.
enum InboxCommand {
  static let spec = CommandSpec(
    name: "inbox",
    summary: "List the drafts waiting in the drop folder, most urgent first.",
    usage: """
      Usage: sds inbox [--outbox DIR] [--key FILE] [--json]

      Lists the drafts waiting in the drop folder's new/ folder, most urgent first: drafts with the
      most urgent flags first (self-harm-risk, then feels-unsafe, safety-not-sure, carer-needs-support, ...), then those waiting longest.
      For each: its flags, reference, when it was sent, the person's name, who filled it in, how many
      outcomes it has and the option they lean towards, and first a line saying so when the draft
      gives no way to contact anyone. Nothing is changed.

      Options:
        --outbox DIR   The drop folder (or set SDS_OUTBOX).
      \(DraftEncryption.keyUsage)
        --json         Print one JSON document instead, for scripts.
      """,
    valueOptions: ["--outbox", "--key"],
    flagOptions: ["--json"],
    run: run)

  static func run(_ parsed: ParsedArguments, _ console: inout Console) -> Int32 {
    guard parsed.positional.isEmpty else {
      console.error("sds inbox: it takes no references. To see one draft, type: sds show REFERENCE")
      return ExitCode.usage
    }
    guard let (path, listing) = OutboxLocation.listing(.new, parsed, command: "inbox", console: &console) else { return ExitCode.noInput }
    let drafts = Triage.sorted(listing.drafts)
    if parsed.flags.contains("--json") {
      console.out(JSONWriter.pretty(json(drafts, listing.unreadable, path: path)))
      return ExitCode.ok
    }
    let timeZone = TimeZone.current
    let where_ = Console.visible(path) + "/new"
    if drafts.isEmpty {
      console.line("No drafts are waiting in \(where_).")
    } else {
      console.line("\(drafts.count) draft\(drafts.count == 1 ? " is" : "s are") waiting in \(where_), most urgent first.")
    }
    for (index, found) in drafts.enumerated() {
      let draft = found.draft
      console.line()
      console.line("\(index + 1). \(draft.reference)")
      if let gap = draft.noWayToContact { console.line("   " + gap) }
      console.line("   Read first: " + (draft.flags.isEmpty ? "no flags" : draft.flags.map(flagWords).joined(separator: "; ")))
      console.line("   Sent: \(PlainDates.dayAndTime(draft.sent, timeZone: timeZone))")
      console.line("   Name: \(draft.person.preferredName.map { InertText.short($0, limit: 60) } ?? "not given")")
      console.line("   Filled in by: \(roleWords(draft.completedBy))")
      console.line("   Outcomes: \(draft.outcomes.count)")
      console.line("   Preferred option: \(optionWords(draft.option))")
      if draft.status == .review { console.line("   This is a review of an existing plan.") }
    }
    // Encrypted drafts this key cannot open are drafts all the same: they wait for the right key.
    let locked = listing.unreadable.filter(\.problem.isAboutTheKey)
    let bad = listing.unreadable.filter { !$0.problem.isAboutTheKey }
    if !locked.isEmpty {
      console.line()
      let needsKey = locked.contains { $0.problem == .needsKey }
      console.line("\(locked.count) encrypted draft\(locked.count == 1 ? " is" : "s are") waiting too, but cannot be read "
        + (needsKey ? "without the council's private key. Give it with --key FILE (or set SDS_KEY)." : "with this key. Check it is the council's key for these kiosks."))
      for file in locked { console.line("- \(InertText.short(file.name, limit: 80))") }
    }
    if !bad.isEmpty {
      console.line()
      console.line("\(bad.count) file\(bad.count == 1 ? " in new/ is not a draft" : "s in new/ are not drafts") that can be read:")
      for file in bad { console.line("- \(InertText.short(file.name, limit: 80)): \(file.problem)") }
      console.line("Type 'sds import --all --to DIR' to import the drafts and move these to quarantine/.")
    }
    QueuedDrafts.tellWaiting(in: path, &console)
    return ExitCode.ok
  }

  static func json(_ drafts: [FoundDraft], _ unreadable: [UnreadableFile], path: String) -> JSONValue {
    .object([
      ("outbox", .string(path)),
      ("waiting", .array(drafts.map { found in
        let draft = found.draft
        return .object([
          ("reference", .string(draft.reference.description)),
          ("status", .string(draft.status.rawValue)),
          ("sent", .string(ISO8601.string(draft.sent))),
          ("flags", .array(draft.flags.map { .string($0) })),
          ("wayToContact", .bool(draft.hasWayToContact)),
          ("name", draft.person.preferredName.map { .string($0) } ?? .null),
          ("completedBy", .object([("role", .string(draft.completedBy.role.rawValue)), ("relationship", draft.completedBy.relationship.map { .string($0) } ?? .null)])),
          ("outcomes", .int(draft.outcomes.count)),
          ("preferredOption", draft.option.preferred.map { .int($0) } ?? .null),
          ("optionAnswer", draft.option.answer.map { .string($0) } ?? .null),
          ("file", .string("new/" + found.name)),
        ])
      })),
      ("unreadable", .array(unreadable.map { .object([("file", .string("new/" + $0.name)), ("problem", .string($0.problem.description))]) })),
    ])
  }

  static func flagWords(_ flag: String) -> String {
    let known = [
      "self-harm-risk": "may be at risk of self-harm", "feels-unsafe": "feels unsafe", "safety-not-sure": "not sure they are safe",
      "carer-needs-support": "carer would like support", "carer-struggling": "caring is getting harder",
      "decision-support-needed": "may need help with decisions", "no-consent": "person may not agree", "needs-interpreter": "may need an interpreter",
      "review-requested": "asks for a review",
    ]
    return "\(Console.visible(flag))" + (known[flag].map { " (\($0))" } ?? "")
  }

  static func roleWords(_ by: Draft.CompletedBy) -> String {
    switch by.role {
    case .self: return "the person themselves"
    case .carer: return "a carer" + (by.relationship.map { " (\(InertText.short($0, limit: 40)))" } ?? "")
    case .other: return "someone else"
    }
  }

  static func optionWords(_ option: Draft.OptionChoice) -> String {
    Draft.OptionChoice.words(forAnswer: option.answer)
  }
}
