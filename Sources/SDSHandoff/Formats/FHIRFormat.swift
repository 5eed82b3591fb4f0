import Foundation
import SDSEngine

/// A FHIR R4 (4.0.1) Bundle of type `collection`: a QuestionnaireResponse with every answer, a Goal per
/// outcome (`proposed`, described in the person's words), a CarePlan (`draft`, `proposal`) that points at
/// the goals and the answers, and a RelatedPerson for a carer.
///
/// There is no Patient resource on purpose: the draft is never matched to a person's record by the
/// program. References to the person carry only a display name, for a key worker to match by hand.
/// Resource ids are derived from the reference, so the same draft always gives the same Bundle.
public enum FHIRFormat {
  /// The base of the code systems and identifiers SDS Companion defines. A council that publishes its
  /// own can map these codes to them.
  public static let systemBase = "urn:sds-companion"

  /// `draft` as FHIR R4 JSON.
  public static func render(_ draft: Draft) -> String {
    JSONWriter.pretty(bundle(draft))
  }

  /// `draft` as a FHIR R4 Bundle.
  public static func bundle(_ draft: Draft) -> JSONValue {
    let reference = draft.reference
    let personName = draft.person.preferredName.map(InertText.oneLine).flatMap(nonEmpty) ?? "The person this plan is for (name not given)"
    let person: JSONValue = .object([("display", .string(personName))])
    let isCarer = draft.completedBy.role == .carer
    let carerID = uuid(reference, "related-person")
    let responseID = uuid(reference, "questionnaire-response")
    let planID = uuid(reference, "care-plan")
    let goalIDs = draft.outcomes.indices.map { uuid(reference, "goal-\($0)") }
    let carerReference: JSONValue = .object([("reference", .string("urn:uuid:" + carerID)), ("display", .string("Carer"))])
    let author: JSONValue = isCarer ? carerReference : person
    let identifier: JSONValue = .object([("system", .string(systemBase + ":reference")), ("value", .string(reference.description))])

    var entries: [(String, JSONValue)] = []

    var response = JSONObjectBuilder()
    response.add("resourceType", "QuestionnaireResponse")
    response.add("id", responseID)
    response.add("identifier", identifier)
    response.add("status", "completed")
    response.add("subject", person)
    response.add("authored", ISO8601.string(draft.sent))
    response.add("author", author)
    response.add("source", author)
    let items = draft.answers.map(item)
    if !items.isEmpty { response.add("item", .array(items)) }
    entries.append((responseID, response.value))

    for (index, outcome) in draft.outcomes.enumerated() {
      var goal = JSONObjectBuilder()
      goal.add("resourceType", "Goal")
      goal.add("id", goalIDs[index])
      goal.add("lifecycleStatus", "proposed")
      goal.add("category", .array([areaConcept(outcome)]))
      let words = outcome.inTheirWords.map(InertText.clean).flatMap(nonEmpty)
      goal.add("description", .object([("text", .string(words ?? "No words given for \(InertText.oneLine(PlanDocument.areaName(outcome)))"))]))
      goal.add("subject", person)
      goal.add("expressedBy", author)
      let notes: [JSONValue] = [
        ("What is working", outcome.working), ("What is not working", outcome.notWorking),
        ("What they can do", outcome.canDo), ("Who helps", outcome.whoHelps),
      ].compactMap { label, value in value.flatMap { note(label, $0) } }
      if !notes.isEmpty { goal.add("note", .array(notes)) }
      entries.append((goalIDs[index], goal.value))
    }

    var plan = JSONObjectBuilder()
    plan.add("resourceType", "CarePlan")
    plan.add("id", planID)
    plan.add("identifier", .array([identifier]))
    plan.add("status", "draft")
    plan.add("intent", "proposal")
    plan.add("title", "Draft support plan \(reference.description)")
    plan.add("description", "Prepared by the person, not an assessment. Nothing here has been checked or agreed.")
    plan.add("subject", person)
    plan.add("created", ISO8601.string(draft.created))
    plan.add("author", author)
    // Each flag is a Flag resource the CarePlan points to, so a case system can raise it as an alert.
    let flagIDs = draft.flags.map { uuid(reference, "flag-" + $0) }
    plan.add("supportingInfo", .array(([responseID] + flagIDs).map { .object([("reference", .string("urn:uuid:" + $0))]) }))
    if !goalIDs.isEmpty { plan.add("goal", .array(goalIDs.map { .object([("reference", .string("urn:uuid:" + $0))]) })) }
    var planNotes: [JSONValue] = []
    if let gap = draft.noWayToContact { planNotes.append(.object([("text", .string(gap))])) }
    if !draft.flags.isEmpty {
      planNotes.append(.object([("text", .string("Read first: " + draft.flags.map { MarkdownFormat.escape(PlanDocument.flagTitle($0)) }.joined(separator: "; ")))]))
    }
    if let most = draft.whatMatters.mostImportant, let text = note("What matters most", most) { planNotes.append(text) }
    // The pack-independent answer, so the note means the same whichever nation's words were shown.
    if let answer = draft.option.answer {
      planNotes.append(.object([("text", .string("Preferred way to handle the money: \(Draft.OptionChoice.words(forAnswer: answer)) (\(answer))"))]))
    }
    if !planNotes.isEmpty { plan.add("note", .array(planNotes)) }
    entries.append((planID, plan.value))

    for (index, name) in draft.flags.enumerated() {
      entries.append((flagIDs[index], flag(name, id: flagIDs[index], subject: person, author: author, identifier: identifier)))
    }

    if isCarer {
      var carer = JSONObjectBuilder()
      carer.add("resourceType", "RelatedPerson")
      carer.add("id", carerID)
      carer.add("patient", person)
      let relationship = draft.completedBy.relationship.map(InertText.oneLine).flatMap(nonEmpty)
      carer.add("relationship", .array([.object([("text", .string(relationship.map { "Carer (in their words: \($0))" } ?? "Carer"))])]))
      if let name = draft.completedBy.carerName.map(InertText.oneLine).flatMap(nonEmpty) {
        carer.add("name", .array([.object([("text", .string(name))])]))
      }
      entries.append((carerID, carer.value))
    }

    var bundle = JSONObjectBuilder()
    bundle.add("resourceType", "Bundle")
    bundle.add("id", uuid(reference, "bundle"))
    bundle.add("identifier", identifier)
    bundle.add("type", "collection")
    bundle.add("timestamp", ISO8601.string(draft.sent))
    bundle.add("entry", .array(entries.map { id, resource in .object([("fullUrl", .string("urn:uuid:" + id)), ("resource", resource)]) }))
    return bundle.value
  }

  /// One QuestionnaireResponse item: the question's id and words, and its answers (none when skipped).
  private static func item(_ answer: Draft.Answer) -> JSONValue {
    var item = JSONObjectBuilder()
    item.add("linkId", nonEmpty(InertText.oneLine(answer.question)) ?? "unnamed")
    if let text = nonEmpty(InertText.oneLine(answer.prompt)) ?? nonEmpty(InertText.oneLine(answer.label)) { item.add("text", text) }
    var values: [JSONValue] = []
    switch answer.value {
    case .text(let text):
      if let text = nonEmpty(InertText.clean(text)) { values.append(.object([("valueString", .string(text))])) }
    case .list(let entries):
      values = entries.compactMap { nonEmpty(InertText.clean($0)) }.map { .object([("valueString", .string($0))]) }
    case .yesNo(.yes): values = [.object([("valueBoolean", .bool(true))])]
    case .yesNo(.no): values = [.object([("valueBoolean", .bool(false))])]
    case .yesNo(.notSure):
      values = [.object([("valueCoding", .object([
        ("system", .string("http://terminology.hl7.org/CodeSystem/data-absent-reason")), ("code", .string("asked-unknown")), ("display", .string("Asked But Unknown")),
      ]))])]
    case .choice(let id):
      values = [choiceCoding(answer, id, display: answer.display)].compactMap { $0 }
    case .choices(let ids):
      let labels = answer.display.components(separatedBy: ", ")
      values = ids.enumerated().compactMap { index, id in choiceCoding(answer, id, display: ids.count == labels.count ? labels[index] : nil) }
    case .notProvided:
      break
    }
    if !values.isEmpty { item.add("answer", .array(values)) }
    // The person's other words, typed with the answer, as a child item under it.
    if let note = answer.note.map(InertText.clean).flatMap(nonEmpty) {
      var child = JSONObjectBuilder()
      child.add("linkId", (nonEmpty(InertText.oneLine(answer.question)) ?? "unnamed") + ".note")
      child.add("text", "In their words")
      child.add("answer", .array([.object([("valueString", .string(note))])]))
      item.add("item", .array([child.value]))
    }
    return item.value
  }

  private static func choiceCoding(_ answer: Draft.Answer, _ id: String, display: String?) -> JSONValue? {
    guard let code = nonEmpty(codeSafe(id)) else { return nil }
    var coding = JSONObjectBuilder()
    coding.add("system", systemBase + ":choices:" + codeSafe(answer.store ?? answer.question))
    coding.add("code", code)
    coding.add("display", display.map(InertText.oneLine).flatMap(nonEmpty))
    return .object([("valueCoding", coding.value)])
  }

  private static func areaConcept(_ outcome: Draft.Outcome) -> JSONValue {
    var coding = JSONObjectBuilder()
    coding.add("system", systemBase + ":outcome-area")
    coding.add("code", nonEmpty(codeSafe(outcome.area)) ?? "unknown")
    let label = outcome.label.map(InertText.oneLine).flatMap(nonEmpty)
    coding.add("display", label)
    var concept = JSONObjectBuilder()
    concept.add("coding", .array([coding.value]))
    concept.add("text", label ?? nonEmpty(InertText.oneLine(outcome.area)) ?? "Outcome")
    return concept.value
  }

  /// An Annotation. Its `text` is Markdown in FHIR, so the person's words are escaped for Markdown.
  private static func note(_ label: String, _ value: String) -> JSONValue? {
    guard nonEmpty(InertText.clean(value)) != nil else { return nil }
    return .object([("text", .string(label + ": " + MarkdownFormat.escape(value)))])
  }

  /// Letters, digits, dots and dashes only, for codes and URIs built from ids.
  private static func codeSafe(_ text: String) -> String {
    String(text.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "." || $0 == "-") ? $0 : "-" }.prefix(64))
  }

  private static func nonEmpty(_ text: String) -> String? {
    text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? nil : text
  }

  /// A UUID (version 8, RFC 9562) from the SHA-256 of the reference and a name: the same draft always
  /// gives the same ids, and different drafts never share one.
  static func uuid(_ reference: Reference, _ name: String) -> String {
    var bytes = Array(SHA256.digest(Array("sds-companion/\(reference.compact)/\(name)".utf8)).prefix(16))
    bytes[6] = (bytes[6] & 0x0F) | 0x80
    bytes[8] = (bytes[8] & 0x3F) | 0x80
    let hex = bytes.map { String($0, radix: 16).count == 1 ? "0" + String($0, radix: 16) : String($0, radix: 16) }.joined()
    let h = Array(hex)
    return String(h[0..<8]) + "-" + String(h[8..<12]) + "-" + String(h[12..<16]) + "-" + String(h[16..<20]) + "-" + String(h[20..<32])
  }
}

extension FHIRFormat {
  /// The flags that mean someone may not be safe: their Flag resources carry the `safety` category.
  static let safetyFlags: Set<String> = ["self-harm-risk", "feels-unsafe", "safety-not-sure"]

  /// A FHIR Flag for one of the draft's flags: active, categorised, coded in the project's own system.
  static func flag(_ name: String, id: String, subject: JSONValue, author: JSONValue, identifier: JSONValue) -> JSONValue {
    let category = safetyFlags.contains(name) ? ("safety", "Safety") : ("admin", "Administrative")
    var flag = JSONObjectBuilder()
    flag.add("resourceType", "Flag")
    flag.add("id", id)
    flag.add("identifier", .array([identifier]))
    flag.add("status", "active")
    flag.add("category", .array([.object([("coding", .array([.object([
      ("system", .string("http://terminology.hl7.org/CodeSystem/flag-category")), ("code", .string(category.0)), ("display", .string(category.1)),
    ])]))])]))
    flag.add("code", .object([
      ("coding", .array([.object([("system", .string(systemBase + ":flag")), ("code", .string(name)), ("display", .string(PlanDocument.flagTitle(name)))])])),
      ("text", .string(PlanDocument.flagTitle(name))),
    ]))
    flag.add("subject", subject)
    flag.add("author", author)
    return flag.value
  }
}
