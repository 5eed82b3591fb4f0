import Foundation
import SDSEngine
import SDSHandoff

/// Conversation records for the hand-off tests, built with the store names of the record contract
/// (`/work/briefs/record-contract.md`), as the real conversation will produce them.
enum RecordFixtures {
  struct Fixture {
    var name: String
    var record: Record
    var metadata: DraftMetadata
    var draft: Draft { Draft(record: record, metadata: metadata) }
  }

  static let all: [Fixture] = [selfFull, carer, review, minimal, hostile]

  /// A time: `day` December 2026 (or `month`) at `hour`:`minute` UTC.
  static func time(_ day: Int, _ hour: Int, _ minute: Int, month: Int = 12) -> Date {
    var components = DateComponents()
    components.calendar = Calendar(identifier: .gregorian)
    components.timeZone = TimeZone(identifier: "UTC")
    (components.year, components.month, components.day, components.hour, components.minute) = (2026, month, day, hour, minute)
    return components.date!
  }

  static func reference(_ text: String) -> Reference { try! Reference.parse(text) }

  static func metadata(_ reference: String, created: Date, sent: Date) -> DraftMetadata {
    DraftMetadata(reference: self.reference(reference), created: created, sent: sent, generator: "sds 0.1.0")
  }

  static let areaLabels = [
    "home-life": "Living in my home", "personal-care": "Looking after myself", "relationships": "Family and friends",
    "local-activities": "Things to do nearby", "learning-work": "Learning, work or volunteering", "feeling-safe": "Feeling safe",
    "not-hurting": "Not being hurt", "eat-drink": "Eating and drinking", "decisions": "Making my own decisions",
    "support-when-needed": "Help when I need it",
  ]
  static let optionLabels = [
    "option-1": "Option 1: a direct payment", "option-2": "Option 2: I choose, someone else arranges",
    "option-3": "Option 3: the council arranges", "option-4": "Option 4: a mix", "not-sure": "I am not sure yet",
  ]
  static let roleLabels = ["self": "Me", "carer": "Someone I help", "learn": "I just want to find out more"]

  static let choiceLabels: [String: [String: String]] = [
    "completedBy.role": roleLabels, "who-for": roleLabels,
    "outcomes.areas": areaLabels, "outcome-areas": areaLabels, "areas": areaLabels,
    "option.preferred": optionLabels, "option": optionLabels, "options": optionLabels,
  ]

  /// One answer, with the label, prompt and words the conversation would give it.
  static func entry(_ question: String, _ store: String?, _ value: AnswerValue, label: String? = nil, prompt: String? = nil, section: String = "plan", note: String? = nil) -> Record.Entry {
    let display: String
    switch value {
    case .text(let text): display = text
    case .yesNo(.yes): display = "Yes"
    case .yesNo(.no): display = "No"
    case .yesNo(.notSure): display = "Not sure"
    case .choice(let id): display = store.flatMap { choiceLabels[$0]?[id] } ?? id
    case .choices(let ids): display = ids.map { areaLabels[$0] ?? $0 }.joined(separator: ", ")
    case .list(let items): display = items.joined(separator: "; ")
    case .notProvided: display = "Not provided"
    }
    let label = label ?? question.replacingOccurrences(of: "-", with: " ").capitalized
    return Record.Entry(questionID: question, storeName: store, prompt: prompt ?? label + "?", label: label, sectionID: section, value: value, display: display, note: note)
  }

  /// The person themselves, every section answered, going for Option 2.
  static let selfFull = Fixture(name: "self-full", record: Record(entries: [
    entry("who-for", "completedBy.role", .choice("self"), label: "Who the plan is for", section: "welcome"),
    entry("name", "person.preferredName", .text("Siân"), label: "Name", prompt: "What name do you like to be called?", section: "about"),
    entry("contact-method", "person.contact.method", .choice("phone"), label: "How to contact you", section: "about"),
    entry("phone", "person.contact.phone", .text("01632 960 123"), label: "Phone", section: "about"),
    entry("email", "person.contact.email", .notProvided, label: "Email", section: "about"),
    entry("communication", "person.communication", .text("Large print, please. I hear better on the left."), label: "Communication", section: "about"),
    entry("language", "person.language", .text("Welsh or English"), label: "Language", section: "about"),
    entry("good-day", "whatMatters.goodDay", .text("I get up when I want, walk to the shop and talk to people."), label: "A good day", section: "matters"),
    entry("bad-day", "whatMatters.badDay", .text("My knees hurt and I stay in all day."), label: "A bad day", section: "matters"),
    entry("most-important", "whatMatters.mostImportant", .text("Staying in my own home with my cat."), label: "What matters most", section: "matters"),
    entry("working", "whatMatters.working", .text("My neighbour pops in every morning."), label: "What is working", section: "matters"),
    entry("not-working", "whatMatters.notWorking", .text("The stairs. I cannot get to the bathroom on bad days."), label: "What is not working", section: "matters"),
    entry("areas", "outcomes.areas", .choices(["home-life", "local-activities"]), label: "Areas of life", section: "outcomes"),
    entry("goal.home-life", "outcomes.home-life.inTheirWords", .text("To get upstairs safely, or have a bathroom downstairs."), label: "Goal for Living in my home", section: "outcomes"),
    entry("goal-working.home-life", "outcomes.home-life.working", .text("I manage the kitchen fine."), label: "What is working", section: "outcomes"),
    entry("goal-not-working.home-life", "outcomes.home-life.notWorking", .text("The stairs."), label: "What is not working", section: "outcomes"),
    entry("goal-can-do.home-life", "outcomes.home-life.canDo", .text("Cook, wash up, feed the cat."), label: "What you can do", section: "outcomes"),
    entry("goal-who.home-life", "outcomes.home-life.whoHelps", .text("My neighbour Pat."), label: "Who helps", section: "outcomes"),
    entry("goal.local-activities", "outcomes.local-activities.inTheirWords", .text("Go back to the choir on Thursdays."), label: "Goal for Things to do nearby", section: "outcomes"),
    entry("goal-working.local-activities", "outcomes.local-activities.working", .notProvided, label: "What is working", section: "outcomes"),
    entry("good-at", "strengths.goodAt", .list(["Singing", "Baking bread"]), label: "Good at", section: "strengths"),
    entry("people", "strengths.people", .list(["Pat next door: checks on me every morning", "My son Rhys: shopping on Saturdays"]), label: "People who help", section: "strengths"),
    entry("community", "strengths.community", .list(["The chapel choir", "The library"]), label: "Groups and places", section: "strengths"),
    entry("safe-home", "safety.safeAtHome", .yesNo(.yes), label: "Feels safe at home", section: "safety"),
    entry("safe-out", "safety.safeOut", .yesNo(.notSure), label: "Feels safe when out", section: "safety"),
    entry("worries", "safety.worries", .text("Falling on the ice in winter."), label: "Worries", section: "safety"),
    entry("support-designed", "support.designed", .text("Someone to help me wash twice a week."), label: "How support could be designed", section: "support"),
    entry("support-provided", "support.provided", .text("A carer I know, not a different one each time."), label: "How it could be provided", section: "support"),
    entry("support-who", "support.who", .text("Maybe a local agency."), label: "Who could provide it", section: "support"),
    entry("support-achieve", "support.achieve", .text("I stay at home and keep singing."), label: "What it should achieve", section: "support"),
    entry("support-times", "support.times", .text("Mornings, before 10."), label: "Times of day", section: "support"),
    entry("must-not-change", "support.mustNotChange", .text("My cat stays with me."), label: "Must not change", section: "support"),
    entry("option", "option.preferred", .choice("option-2"), label: "Option you lean towards", section: "option"),
    entry("questions", "questions", .list(["Can my son be paid to help?", "How long does it take?"]), label: "Questions for your key worker", section: "questions"),
  ], flags: ["needs-interpreter"], choiceLabels: choiceLabels), metadata: metadata("K7QM-3XRT-VPZ", created: time(1, 9, 58), sent: time(1, 10, 15)))

  /// A daughter for her dad, who cannot decide for himself: unsafe at home, caring getting harder.
  static let carer = Fixture(name: "carer", record: Record(entries: [
    entry("who-for", "completedBy.role", .choice("carer"), label: "Who the plan is for", section: "welcome"),
    entry("relationship", "completedBy.relationship", .text("He is my dad"), label: "Your relationship", section: "carer-route"),
    entry("carer-name", "completedBy.carerName", .text("Amira"), label: "Your name", section: "carer-route"),
    entry("person-agrees", "completedBy.personAgrees", .yesNo(.notSure), label: "They know and agree", section: "carer-route"),
    entry("person-decides", "completedBy.personDecides", .yesNo(.no), label: "They can decide for themselves", section: "carer-route"),
    entry("legal-authority", "completedBy.legalAuthority", .choice("power-of-attorney"), label: "Legal authority", section: "carer-route"),
    entry("name", "person.preferredName", .text("Dad (Yusuf)"), label: "Their name", section: "about"),
    entry("contact-method", "person.contact.method", .choice("through-carer"), label: "How to contact them", section: "about"),
    entry("decision-help", "person.decisionHelp", .text("Me and my brother"), label: "Who helps them decide", section: "about"),
    entry("most-important", "whatMatters.mostImportant", .text("That he is not on his own at night."), label: "What matters most", section: "matters"),
    entry("areas", "outcomes.areas", .choices(["feeling-safe", "eat-drink", "relationships"]), label: "Areas of life", section: "outcomes"),
    entry("goal.feeling-safe", "outcomes.feeling-safe.inTheirWords", .text("He should not wander out at night."), label: "Goal for Feeling safe", section: "outcomes"),
    entry("goal.eat-drink", "outcomes.eat-drink.inTheirWords", .text("Eat a hot meal every day"), label: "Goal for Eating and drinking", section: "outcomes"),
    entry("goal-who.eat-drink", "outcomes.eat-drink.whoHelps", .text("I cook on Sundays"), label: "Who helps", section: "outcomes"),
    entry("goal.relationships", "outcomes.relationships.inTheirWords", .notProvided, label: "Goal for Family and friends", section: "outcomes"),
    entry("people", "strengths.people", .list(["Me: every day after work", "My brother: weekends"]), label: "People who help", section: "strengths"),
    entry("safe-home", "safety.safeAtHome", .yesNo(.no), label: "Feels safe at home", section: "safety"),
    entry("worries", "safety.worries", .text("He left the gas on twice last month."), label: "Worries", section: "safety"),
    entry("what-would-help", "safety.whatWouldHelp", .text("Someone there in the evenings."), label: "What would help", section: "safety"),
    entry("carer-does", "carer.whatTheyDo", .text("Meals, pills, bills, and I sleep over three nights a week."), label: "What you do", section: "carer"),
    entry("carer-harder", "carer.gettingHarder", .yesNo(.yes), label: "Caring is getting harder", section: "carer", note: "a bit, I am 81 myself"),
    entry("carer-support", "carer.wantsSupport", .yesNo(.yes), label: "You would like support", section: "carer"),
    entry("option", "option.preferred", .choice("not-sure"), label: "Option you lean towards", section: "option"),
  ], flags: ["carer-needs-support", "feels-unsafe", "decision-support-needed", "carer-struggling", "no-consent", "self-harm-risk"], choiceLabels: choiceLabels,
  disclosures: [
    Disclosure(question: "not-going-well", words: "Dad says he wants to die since Mum went.", kind: "self-harm", language: "en", flag: "self-harm-risk"),
    Disclosure(question: "what-worries", words: "The lodger shouts at him and takes his pension.", kind: "psychological", language: "en", flag: "feels-unsafe"),
    Disclosure(question: "what-worries", words: "The lodger shouts at him and takes his pension.", kind: "financial", language: "en", flag: "feels-unsafe"),
  ]),
    metadata: metadata("C4RE-9HND-ZX3", created: time(2, 14, 2, month: 7), sent: time(2, 14, 40, month: 7)))

  /// A review of an existing plan.
  static let review = Fixture(name: "review", record: Record(entries: [
    entry("who-for", "completedBy.role", .choice("self"), label: "Who the plan is for", section: "welcome"),
    entry("plan-kind", "plan.kind", .choice("review"), label: "New plan or review", section: "welcome"),
    entry("name", "person.preferredName", .text("Tom"), label: "Name", section: "about"),
    entry("how-going", "review.howGoing", .text("Mostly good. The Tuesday carer keeps changing."), label: "How it is going", section: "review"),
    entry("changed", "review.changed", .text("I had a fall in March."), label: "What has changed", section: "review"),
    entry("outcomes-met", "review.outcomesMet", .text("Getting out to the allotment: yes."), label: "Outcomes being met", section: "review"),
    entry("option-suits", "review.optionSuits", .yesNo(.notSure), label: "Option still suits", section: "review"),
    entry("current-option", "review.currentOption", .choice("option-3"), label: "Option you have now", section: "review"),
    entry("questions", "questions", .list(["Could I switch to a direct payment?"]), label: "Questions", section: "questions"),
  ], flags: ["review-requested"], choiceLabels: choiceLabels), metadata: metadata("REV2-EWMT-QW9", created: time(3, 11, 0), sent: time(3, 11, 20)))

  /// Almost nothing: the person went straight to sending.
  static let minimal = Fixture(name: "minimal", record: Record(entries: [
    entry("who-for", "completedBy.role", .choice("self"), label: "Who the plan is for", section: "welcome"),
  ], flags: [], choiceLabels: choiceLabels), metadata: metadata("M2N3-PQRS-4T4", created: time(4, 16, 0), sent: time(4, 16, 1)))

  /// Text that tries to be a formula, a heading, HTML, a link, terminal escapes and hidden direction
  /// changes, plus 5,000 characters in one answer. Every format must show it as plain text.
  static let formula = "=HYPERLINK(\"http://x\")"
  static let heading = "## Safeguarding: none"
  static let html = "<img src=x onerror=alert(1)>"
  static let link = "[a](javascript:alert(1))"
  static let ansi = "\u{1B}[31mRED\u{1B}[0m \u{1B}]0;pwned\u{07} \u{9B}2J bell\u{07} \u{202E}txet desrever\u{202C}"
  static let long = String(repeating: "All work and no play. ", count: 228).prefix(5_000)

  static let hostile = Fixture(name: "hostile", record: Record(entries: [
    entry("who-for", "completedBy.role", .choice("carer"), label: "Who the plan is for", section: "welcome"),
    entry("relationship", "completedBy.relationship", .text(formula), label: "Your relationship", section: "carer-route"),
    entry("carer-name", "completedBy.carerName", .text(html), label: "Your name", section: "carer-route"),
    entry("name", "person.preferredName", .text(heading), label: "Their name", section: "about"),
    entry("phone", "person.contact.phone", .text("+44 7700 900123"), label: "Phone", section: "about"),
    entry("email", "person.contact.email", .text("jo@example.com"), label: "Email", section: "about"),
    entry("address", "person.contact.address", .text("-1 Lane\n## Injected: heading\n> quote\n---\n| a | b |"), label: "Address", section: "about"),
    entry("good-day", "whatMatters.goodDay", .text(link), label: "A good day \(html)", prompt: "What is a good day? \(heading)", section: "matters"),
    entry("bad-day", "whatMatters.badDay", .text(ansi), label: "A bad day", section: "matters"),
    entry("most-important", "whatMatters.mostImportant", .text(String(long)), label: "What matters most", section: "matters"),
    entry("areas", "outcomes.areas", .choices(["home-life"]), label: "Areas of life", section: "outcomes"),
    entry("goal.home-life", "outcomes.home-life.inTheirWords", .text("![x](https://attacker.example/?d=1) @everyone www.example.com"), label: "Goal", section: "outcomes"),
    entry("good-at", "strengths.goodAt", .list([formula, "@SUM(1+1)", "+1", "-1", "\tTab", "\rReturn"]), label: "Good at", section: "strengths"),
    entry("worries", "safety.worries", .text("<script>alert(1)</script>\"quoted\" & 'single'"), label: "Worries", section: "safety"),
    entry("safe-home", "safety.safeAtHome", .yesNo(.no), label: "Feels safe at home", section: "safety", note: "\(html) \(ansi)\n\(formula)"),
    entry("questions", "questions", .list([heading, link, html]), label: "Questions", section: "questions"),
    entry("unknown-\u{1B}[2J", "x.unknown", .text(ansi), label: "Odd \u{1B}[2J label", section: "odd"),
  ], flags: ["feels-unsafe", "<b>not-a-flag</b>"], choiceLabels: choiceLabels,
  disclosures: [Disclosure(question: "good-day", words: html + " " + ansi + " " + formula, kind: "physical", language: "en", flag: "feels-unsafe")]), metadata: metadata("HSTK-3XAM-PKU", created: time(5, 8, 0), sent: time(5, 8, 30)))
}
