import Foundation
import SDSEngine

/// What a draft needs besides the record: where and when it came from.
public struct DraftMetadata: Equatable, Sendable {
  /// The reference the person will be given.
  public var reference: Reference
  /// When the conversation started.
  public var created: Date
  /// When the draft is sent.
  public var sent: Date
  /// The content pack the conversation came from.
  public var pack: Draft.Pack
  /// The language of the conversation.
  public var language: String
  /// The program writing it, such as `sds 0.1.0`.
  public var generator: String

  /// Makes metadata; the pack defaults to the neutral UK content and the language to English.
  public init(reference: Reference, created: Date, sent: Date, pack: Draft.Pack = .neutral, language: String = "en", generator: String) {
    self.reference = reference
    self.created = created
    self.sent = sent
    self.pack = pack
    self.language = language
    self.generator = generator
  }
}

extension Draft {
  /// Flags in the order a key worker should see them, most urgent first. Flags not listed come after, by name.
  public static let flagOrder = [
    "self-harm-risk", "feels-unsafe", "safety-not-sure", "carer-needs-support", "carer-struggling", "decision-support-needed", "no-consent", "needs-interpreter", "review-requested",
  ]

  /// `flags` sorted most urgent first, without repeats.
  public static func sortedFlags(_ flags: [String]) -> [String] {
    Array(Set(flags)).sorted { a, b in
      let ra = flagOrder.firstIndex(of: a) ?? flagOrder.count, rb = flagOrder.firstIndex(of: b) ?? flagOrder.count
      return ra != rb ? ra < rb : a < b
    }
  }

  /// Lays out a draft from a conversation's record, reading answers by the store names in the record
  /// contract. Every answer is also kept by question id in `answers`.
  public init(record: Record, metadata: DraftMetadata) {
    let fields = RecordFields(record)
    schema = Draft.schemaID
    reference = metadata.reference
    created = metadata.created
    sent = metadata.sent
    pack = metadata.pack
    language = metadata.language
    generator = metadata.generator
    let reviewRoute = record.entries.contains { entry in
      guard let store = entry.storeName else { return false }
      return store.hasPrefix("review.") || (store == "plan.kind" && entry.value == .choice("review"))
    }
    status = reviewRoute ? .review : .draft
    flags = Draft.sortedFlags(record.flags)

    let role: CompletedBy.Role
    switch fields.choice("completedBy.role") {
    case "self"?: role = .self
    case "carer"?: role = .carer
    default: role = .other
    }
    completedBy = CompletedBy(
      role: role, relationship: fields.text("completedBy.relationship"), carerName: fields.text("completedBy.carerName"),
      personAgrees: fields.yesNo("completedBy.personAgrees"), personDecides: fields.yesNo("completedBy.personDecides"),
      legalAuthority: fields.choice("completedBy.legalAuthority"), carerContact: fields.text("completedBy.carerContact"))
    person = Person(
      preferredName: fields.text("person.preferredName"),
      contact: .init(method: fields.choice("person.contact.method"), phone: fields.text("person.contact.phone"),
                     email: fields.text("person.contact.email"), address: fields.text("person.contact.address"),
                     throughName: fields.text("person.contact.throughName"), throughDetails: fields.text("person.contact.throughDetails")),
      communication: fields.text("person.communication"), language: fields.text("person.language"), decisionHelp: fields.text("person.decisionHelp"))
    whatMatters = WhatMatters(
      goodDay: fields.text("whatMatters.goodDay"), badDay: fields.text("whatMatters.badDay"), mostImportant: fields.text("whatMatters.mostImportant"),
      working: fields.text("whatMatters.working"), notWorking: fields.text("whatMatters.notWorking"))
    outcomes = Draft.outcomes(fields, record)
    strengths = Strengths(goodAt: fields.list("strengths.goodAt"), people: fields.list("strengths.people"), community: fields.list("strengths.community"))
    safety = Safety(
      safeAtHome: fields.yesNo("safety.safeAtHome"), safeOut: fields.yesNo("safety.safeOut"),
      worries: fields.text("safety.worries"), whatWouldHelp: fields.text("safety.whatWouldHelp"),
      disclosures: record.disclosures.map { Disclosure(question: $0.question, words: $0.words, kind: $0.kind, language: $0.language) })
    carer = CarerNeeds(whatTheyDo: fields.text("carer.whatTheyDo"), gettingHarder: fields.yesNo("carer.gettingHarder"), wantsSupport: fields.yesNo("carer.wantsSupport"))
    support = Support(
      designed: fields.text("support.designed"), provided: fields.text("support.provided"), who: fields.text("support.who"),
      achieve: fields.text("support.achieve"), times: fields.text("support.times"), mustNotChange: fields.text("support.mustNotChange"))
    let optionAnswer = OptionChoice.answer(forChoice: fields.choice("option.preferred"))
    option = OptionChoice(preferred: OptionChoice.number(forAnswer: optionAnswer), answer: optionAnswer, label: fields.choiceLabel("option.preferred"))
    questions = fields.list("questions")
    review = Review(
      howGoing: fields.text("review.howGoing"), changed: fields.text("review.changed"), outcomesMet: fields.text("review.outcomesMet"),
      optionSuits: fields.yesNo("review.optionSuits"), currentOption: Draft.optionNumber(fields.choice("review.currentOption")))
    answers = record.entries.map { entry in
      Answer(question: entry.questionID, store: entry.storeName, section: entry.sectionID, label: entry.label, prompt: entry.prompt, value: entry.value, display: entry.display, note: entry.note)
    }
  }

  /// The person's other words typed with the answer stored under `store`, if any.
  public func note(for store: String) -> String? {
    answers.first { $0.store == store && $0.note != nil }?.note
  }

  /// Whether the draft holds any way to reach the person or the one helping them: a phone number, email
  /// or address for the person, for the carer or family member they named, or for the carer filling it in.
  public var hasWayToContact: Bool {
    let ways = [person.contact.phone, person.contact.email, person.contact.address, person.contact.throughDetails, completedBy.carerContact]
    return ways.contains { $0.map { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty } ?? false }
  }

  /// What a key worker reads at the top of the draft when nobody can be reached: "No way to contact: ...".
  /// Nil when there is a way.
  public var noWayToContact: String? {
    guard !hasWayToContact else { return nil }
    var text = "No way to contact: there is no phone number, email or address for the person"
    text += completedBy.role == .carer || person.contact.method == "through-carer" ? " or the person helping them." : "."
    switch person.contact.method {
    case "phone"?: text += " They asked for a phone call."
    case "email"?: text += " They asked for an email."
    case "letter"?: text += " They asked for a letter."
    case "through-carer"?: text += " They asked to be contacted through a carer or family member."
    default: break
    }
    return text + " Check the case system, or wait for them to get in touch."
  }

  /// 1 to 4 for `option-1` ... `option-4`; nil for `not-sure` or anything else.
  static func optionNumber(_ id: String?) -> Int? {
    guard let id, id.hasPrefix("option-"), let number = Int(id.dropFirst("option-".count)), (1...4).contains(number) else { return nil }
    return number
  }

  /// One outcome per chosen area, in the order chosen, then any area that has answers but was not in the list.
  private static func outcomes(_ fields: RecordFields, _ record: Record) -> [Outcome] {
    var areas: [String] = []
    if case .choices(let ids)? = fields.value("outcomes.areas") { areas = ids }
    let parts = ["inTheirWords", "working", "notWorking", "canDo", "whoHelps"]
    for entry in record.entries {
      guard let store = entry.storeName, store.hasPrefix("outcomes."), store != "outcomes.areas" else { continue }
      let rest = store.dropFirst("outcomes.".count)
      guard let dot = rest.lastIndex(of: "."), parts.contains(String(rest[rest.index(after: dot)...])) else { continue }
      let area = String(rest[..<dot])
      if !area.isEmpty, !areas.contains(area) { areas.append(area) }
    }
    let labels = record.choiceLabels["outcomes.areas"] ?? record.choiceLabels["outcome-areas"] ?? [:]
    return areas.map { area in
      Outcome(
        area: area, label: labels[area], inTheirWords: fields.text("outcomes.\(area).inTheirWords"),
        working: fields.text("outcomes.\(area).working"), notWorking: fields.text("outcomes.\(area).notWorking"),
        canDo: fields.text("outcomes.\(area).canDo"), whoHelps: fields.text("outcomes.\(area).whoHelps"))
    }
  }
}

/// A record's answers by store name, read as the types the draft needs.
private struct RecordFields {
  let record: Record
  let byStore: [String: Record.Entry]

  init(_ record: Record) {
    self.record = record
    var byStore: [String: Record.Entry] = [:]
    for entry in record.entries { if let name = entry.storeName { byStore[name] = entry } }
    self.byStore = byStore
  }

  func value(_ name: String) -> AnswerValue? { byStore[name]?.value }

  /// Text for a text field: the words typed, or the answer in words for any other kind; nil when skipped.
  func text(_ name: String) -> String? {
    guard let entry = byStore[name] else { return nil }
    switch entry.value {
    case .text(let text): return text
    case .notProvided: return nil
    default: return entry.display
    }
  }

  func yesNo(_ name: String) -> YesNo? {
    if case .yesNo(let answer)? = value(name) { return answer }
    return nil
  }

  func choice(_ name: String) -> String? {
    if case .choice(let id)? = value(name) { return id }
    return nil
  }

  func choiceLabel(_ name: String) -> String? {
    guard let entry = byStore[name], case .choice(let id) = entry.value else { return nil }
    return record.choiceLabels[name]?[id] ?? record.choiceLabels[entry.questionID]?[id] ?? entry.display
  }

  func list(_ name: String) -> [String] {
    switch value(name) {
    case .list(let items)?: return items
    case .text(let text)?: return [text]
    case .choices(let ids)?: return ids
    default: return []
    }
  }
}
