import Foundation
import SDSEngine

/// A draft laid out for reading, the same for every readable format: the triage summary first, then
/// the plan's sections in order, every answer, and where the draft came from.
///
/// Text, Markdown and HTML each render this one layout with their own escaping, so they always agree.
/// Strings here are raw; each renderer makes them inert.
struct PlanDocument {
  /// One line at the top of every format.
  static let banner = "DRAFT. Prepared by the person, not an assessment. Nothing here has been checked or agreed."

  var title: String
  var reference: String
  var language: String
  var sections: [Section]

  struct Section {
    var id: String
    var title: String
    var items: [Item]
  }

  enum Item {
    /// A label and a value.
    case field(String, Value)
    /// A group with its own heading (one outcome, one flag).
    case group(String, [Item])
    /// A sentence the program wrote.
    case note(String)
  }

  enum Value {
    /// What the person typed, shown quoted.
    case theirWords(String)
    /// Several things the person typed.
    case theirList([String])
    /// Words the program or the conversation supplied ("Yes", a choice's label, a time).
    case plain(String)
  }
}

extension PlanDocument {
  /// Lays out `draft`. Times are shown in `timeZone`.
  init(_ draft: Draft, timeZone: TimeZone) {
    title = "Draft support plan"
    reference = draft.reference.description
    language = draft.language
    var sections: [Section] = []
    sections.append(Section(id: "triage", title: "Read first", items: PlanDocument.triage(draft)))
    sections.append(Section(id: "who", title: "About the person", items: PlanDocument.who(draft)))
    sections.append(Section(id: "completed-by", title: "Who filled this in", items: PlanDocument.completedBy(draft)))
    sections.append(Section(id: "what-matters", title: "What matters to them", items: compact([
      text("What matters most", draft.whatMatters.mostImportant),
      text("A good day", draft.whatMatters.goodDay),
      text("A bad day", draft.whatMatters.badDay),
      text("What is working", draft.whatMatters.working),
      text("What is not working", draft.whatMatters.notWorking),
    ])))
    sections.append(Section(id: "outcomes", title: "My outcomes", items: draft.outcomes.isEmpty ? [.note("No outcomes were given.")] : draft.outcomes.map { outcome in
      .group(PlanDocument.areaName(outcome), compact([
        text("What they want to achieve", outcome.inTheirWords),
        text("What is working", outcome.working),
        text("What is not working", outcome.notWorking),
        text("What they can do", outcome.canDo),
        text("Who helps", outcome.whoHelps),
      ]))
    }))
    sections.append(Section(id: "strengths", title: "Strengths", items: compact([
      list("Good at or enjoys", draft.strengths.goodAt),
      list("Family and friends who help", draft.strengths.people),
      list("Groups, places and services", draft.strengths.community),
    ])))
    sections.append(Section(id: "safety", title: "Feeling safe", items: compact([
      yesNo("Feels safe at home", draft.safety.safeAtHome, draft, "safety.safeAtHome"),
      yesNo("Feels safe when out", draft.safety.safeOut, draft, "safety.safeOut"),
      text("Worries", draft.safety.worries),
      text("What would help", draft.safety.whatWouldHelp),
    ])))
    sections.append(Section(id: "carer", title: "Carers and people who help", items: compact([
      text("What they do", draft.carer.whatTheyDo),
      yesNo("Caring is getting harder", draft.carer.gettingHarder, draft, "carer.gettingHarder"),
      yesNo("Carer would like support of their own", draft.carer.wantsSupport, draft, "carer.wantsSupport"),
    ])))
    sections.append(Section(id: "support", title: "Support plan", items: compact([
      text("How support could be designed", draft.support.designed),
      text("How it could be provided", draft.support.provided),
      text("Who could provide it", draft.support.who),
      text("What it should achieve", draft.support.achieve),
      text("Times of day that matter", draft.support.times),
      text("Things that must not change", draft.support.mustNotChange),
    ])))
    sections.append(Section(id: "option", title: "How they would like to take a budget", items: [PlanDocument.option(draft.option)]))
    sections.append(Section(id: "questions", title: "Questions for the key worker", items: draft.questions.isEmpty ? [.note("No questions were given.")] : [.field("Questions", .theirList(draft.questions))]))
    if draft.status == .review {
      sections.append(Section(id: "review", title: "Review", items: compact([
        text("How it is going", draft.review.howGoing),
        text("What has changed", draft.review.changed),
        text("Outcomes being met", draft.review.outcomesMet),
        yesNo("The option still suits them", draft.review.optionSuits),
        draft.review.currentOption.map { .field("Option they have now", .plain("Option \($0)")) },
      ])))
    }
    sections.append(Section(id: "answers", title: "Every answer, as given", items: draft.answers.isEmpty ? [.note("There are no answers.")] : draft.answers.flatMap { answer -> [Item] in
      let item: Item
      switch answer.value {
      case .text(let words): item = .field(answer.label, .theirWords(words))
      case .list(let items): item = .field(answer.label, items.isEmpty ? .plain("Not given") : .theirList(items))
      case .notProvided: item = .field(answer.label, .plain("Not given"))
      default: item = .field(answer.label, .plain(answer.display))
      }
      // The person's other words, typed with the answer, right under it.
      return [item] + (answer.note.map { [.field(PlanDocument.alsoSaid(answer.label), .theirWords($0))] } ?? [])
    }))
    sections.append(Section(id: "provenance", title: "About this draft", items: [
      .field("Reference", .plain(draft.reference.description)),
      .field("Status", .plain(draft.status == .review ? "Review of an existing plan" : "New draft plan")),
      .field("Started", .plain(PlainDates.dayAndTime(draft.created, timeZone: timeZone))),
      .field("Sent", .plain(PlainDates.dayAndTime(draft.sent, timeZone: timeZone))),
      .field("Content pack", .plain("\(draft.pack.id), version \(draft.pack.version)")),
      .field("Language", .plain(draft.language)),
      .field("Written by", .plain(draft.generator)),
      .note("The person wrote this with SDS Companion, on their own or with a carer. It is not an assessment and decides nothing. Check who the person is before you add anything to their record."),
    ]))
    self.sections = sections
  }

  /// The flags, each with the answers behind it, then a summary: who, who filled it in, what matters
  /// most, the option, and the gaps.
  private static func triage(_ draft: Draft) -> [Item] {
    var items: [Item] = []
    // What the person said that may mean someone is not safe comes before everything, in their words.
    if !draft.safety.disclosures.isEmpty {
      items.append(.group("What they said that may mean someone is not safe", disclosureItems(draft.safety.disclosures)))
    }
    // Then, when nobody can be reached, that: before the flags.
    if let gap = draft.noWayToContact { items.append(.note(gap)) }
    if draft.flags.isEmpty {
      items.append(.note("The conversation raised no flags. That does not mean all is well: read the whole plan."))
    }
    for flag in draft.flags { items.append(.group(flagTitle(flag), flagDetail(flag, draft))) }
    var summary: [Item] = []
    summary.append(.field("Name", draft.person.preferredName.map(Value.theirWords) ?? .plain("Not given")))
    summary.append(.field("Filled in by", .plain(roleWords(draft.completedBy))))
    if let relationship = draft.completedBy.relationship { summary.append(.field("Carer's relationship", .theirWords(relationship))) }
    if let agrees = draft.completedBy.personAgrees { summary.append(.field("The person knows and agrees", .plain(words(agrees)))) }
    if let most = draft.whatMatters.mostImportant { summary.append(.field("What matters most", .theirWords(most))) }
    if !draft.outcomes.isEmpty {
      summary.append(.field("Outcome areas", .plain(draft.outcomes.map(areaName).joined(separator: "; "))))
    }
    summary.append(option(draft.option))
    let skipped = draft.answers.filter { $0.value == .notProvided }.map(\.label)
    let unsure = draft.answers.filter { $0.value == .yesNo(.notSure) || $0.value == .choice("not-sure") }.map(\.label)
    if !skipped.isEmpty { summary.append(.field("Skipped", .plain(skipped.joined(separator: "; ")))) }
    if !unsure.isEmpty { summary.append(.field("Not sure", .plain(unsure.joined(separator: "; ")))) }
    items.append(.group("Summary", summary))
    return items
  }

  private static func who(_ draft: Draft) -> [Item] {
    let person = draft.person
    return compact([
      .field("Name they like to be called", person.preferredName.map(Value.theirWords) ?? .plain("Not given")),
      person.contact.method.map { .field("How to contact them", .plain(contactWords($0))) },
      text("Phone", person.contact.phone),
      text("Email", person.contact.email),
      text("Address", person.contact.address),
      text("Carer or family member to contact", person.contact.throughName),
      text("Their phone or email", person.contact.throughDetails),
      text("Communication needs", person.communication),
      text("Language", person.language),
      text("Who helps them make decisions", person.decisionHelp),
    ])
  }

  private static func completedBy(_ draft: Draft) -> [Item] {
    let by = draft.completedBy
    return compact([
      .field("Filled in by", .plain(roleWords(by))),
      text("Carer's relationship to the person", by.relationship),
      text("Carer's name", by.carerName),
      text("Carer's phone or email", by.carerContact),
      yesNo("The person knows about this and agrees", by.personAgrees, draft, "completedBy.personAgrees"),
      yesNo("The person can make their own decisions", by.personDecides, draft, "completedBy.personDecides"),
      by.legalAuthority.map { .field("Legal authority", .plain(authorityWords($0))) },
    ])
  }

  private static func option(_ option: Draft.OptionChoice) -> Item {
    // The pack's words as the person saw them, then the same meaning in every nation's words.
    guard let answer = option.answer else { return .field("Preferred option", .plain("Not asked")) }
    if answer == "not-sure" { return .field("Preferred option", .plain("Not sure yet")) }
    let words = Draft.OptionChoice.words(forAnswer: answer)
    guard let label = option.label.map(InertText.oneLine) else { return .field("Preferred option", .plain(words.prefix(1).uppercased() + words.dropFirst())) }
    return .field("Preferred option", .plain("\(label) (\(words))"))
  }

  /// Each thing said, once, with the kinds of harm heard in it and the question it was typed at.
  static func disclosureItems(_ disclosures: [Draft.Disclosure]) -> [Item] {
    var order: [String] = []
    var kinds: [String: [String]] = [:]
    var said: [String: Draft.Disclosure] = [:]
    for disclosure in disclosures {
      let key = disclosure.question + "\u{0}" + disclosure.words
      if said[key] == nil {
        order.append(key)
        said[key] = disclosure
      }
      if !(kinds[key] ?? []).contains(disclosure.kind) { kinds[key, default: []].append(disclosure.kind) }
    }
    return order.compactMap { key in
      guard let disclosure = said[key] else { return nil }
      let heard = (kinds[key] ?? []).map(kindWords).joined(separator: ", ")
      return .field("\(heard) (typed at \(disclosure.question))", .theirWords(disclosure.words))
    }
  }

  /// A kind of harm in words a duty worker would use.
  static func kindWords(_ kind: String) -> String {
    switch kind {
    case "self-harm": return "Self-harm or suicide"
    case "danger": return "Danger now"
    case "physical": return "Physical abuse"
    case "sexual": return "Sexual abuse"
    case "domestic": return "Domestic abuse"
    case "psychological": return "Psychological abuse"
    case "financial": return "Financial abuse"
    case "exploitation": return "Exploitation or modern slavery"
    case "discriminatory": return "Discriminatory abuse"
    case "organisational": return "Organisational abuse"
    case "neglect": return "Neglect"
    case "self-neglect": return "Self-neglect"
    default: return kind
    }
  }

  /// A flag's heading, in words a duty worker would use.
  static func flagTitle(_ flag: String) -> String {
    switch flag {
    case "self-harm-risk": return "May be at risk of self-harm or suicide"
    case "safety-not-sure": return "Not sure they are safe"
    case "feels-unsafe": return "Feels unsafe"
    case "carer-needs-support": return "Carer would like support of their own"
    case "carer-struggling": return "Caring is getting harder"
    case "decision-support-needed": return "May need help to make decisions"
    case "no-consent": return "The person may not know about this or agree"
    case "needs-interpreter": return "May need an interpreter"
    case "review-requested": return "Asks for a review"
    default: return "Flag: \(flag)"
    }
  }

  /// The answers behind a flag, in the person's words.
  private static func flagDetail(_ flag: String, _ draft: Draft) -> [Item] {
    let items: [Item?]
    switch flag {
    case "feels-unsafe", "safety-not-sure":
      items = [yesNo("Feels safe at home", draft.safety.safeAtHome, draft, "safety.safeAtHome"), yesNo("Feels safe when out", draft.safety.safeOut, draft, "safety.safeOut"),
               text("Worries", draft.safety.worries), text("What would help", draft.safety.whatWouldHelp)]
    case "self-harm-risk":
      let said = draft.safety.disclosures.filter { $0.kind == "self-harm" }
      items = said.isEmpty ? [] : [.note("See what they said at the top. They were given the Samaritans number and the urgent mental health line.")]
    case "carer-needs-support":
      items = [yesNo("Carer would like support of their own", draft.carer.wantsSupport, draft, "carer.wantsSupport"), text("What they do", draft.carer.whatTheyDo)]
    case "carer-struggling":
      items = [yesNo("Caring is getting harder", draft.carer.gettingHarder, draft, "carer.gettingHarder"), text("What they do", draft.carer.whatTheyDo)]
    case "decision-support-needed":
      items = [yesNo("The person can make their own decisions", draft.completedBy.personDecides, draft, "completedBy.personDecides"),
               draft.completedBy.legalAuthority.map { .field("Legal authority", .plain(authorityWords($0))) },
               text("Who helps them make decisions", draft.person.decisionHelp)]
    case "no-consent":
      items = [yesNo("The person knows about this and agrees", draft.completedBy.personAgrees, draft, "completedBy.personAgrees"), text("Carer's relationship to the person", draft.completedBy.relationship)]
    case "needs-interpreter":
      items = [text("Language", draft.person.language), text("Communication needs", draft.person.communication)]
    case "review-requested":
      items = [text("How it is going", draft.review.howGoing), text("What has changed", draft.review.changed)]
    default:
      items = []
    }
    let detail = items.compactMap { $0 }
    return detail.isEmpty ? [.note("No answers go with this flag.")] : detail
  }

  /// The label for the person's other words typed with an answer.
  static func alsoSaid(_ label: String) -> String { label + " (in their words)" }

  static func areaName(_ outcome: Draft.Outcome) -> String {
    outcome.label.map { "\($0) (\(outcome.area))" } ?? outcome.area
  }

  static func roleWords(_ by: Draft.CompletedBy) -> String {
    switch by.role {
    case .self: return "The person themselves"
    case .carer: return "A carer or relative"
    case .other: return "Someone else"
    }
  }

  static func words(_ answer: YesNo) -> String {
    switch answer {
    case .yes: return "Yes"
    case .no: return "No"
    case .notSure: return "Not sure"
    }
  }

  static func contactWords(_ method: String) -> String {
    switch method {
    case "phone": return "By phone"
    case "email": return "By email"
    case "letter": return "By letter"
    case "through-carer": return "Through their carer"
    default: return method
    }
  }

  static func authorityWords(_ authority: String) -> String {
    switch authority {
    case "power-of-attorney": return "Power of attorney"
    case "guardianship": return "Guardianship or deputyship"
    case "neither": return "Neither"
    case "not-sure": return "Not sure"
    default: return authority
    }
  }
}

private func compact(_ items: [PlanDocument.Item?]) -> [PlanDocument.Item] {
  let present = items.compactMap { $0 }
  return present.isEmpty ? [.note("Nothing was given here.")] : present
}

private func text(_ label: String, _ value: String?) -> PlanDocument.Item? {
  value.map { .field(label, .theirWords($0)) }
}

private func list(_ label: String, _ values: [String]) -> PlanDocument.Item? {
  values.isEmpty ? nil : .field(label, .theirList(values))
}

private func yesNo(_ label: String, _ value: YesNo?) -> PlanDocument.Item? {
  value.map { .field(label, .plain(PlanDocument.words($0))) }
}

/// A yes or no answer, with the person's other words under it when they typed some.
private func yesNo(_ label: String, _ value: YesNo?, _ draft: Draft, _ store: String) -> PlanDocument.Item? {
  guard let value else { return nil }
  guard let note = draft.note(for: store) else { return .field(label, .plain(PlanDocument.words(value))) }
  return .group(label, [.field("Answer", .plain(PlanDocument.words(value))), .field("In their words", .theirWords(note))])
}
