import Foundation
import SDSEngine
import Synchronization
import Testing
import TestSupport

/// The shipped conversation in Content/, run as people would use it. Each journey has a golden transcript
/// (Golden/content/NAME.txt, recorded with RECORD_GOLDENS=1) and checks on the record it hands over, under
/// the store names of the record contract that the draft plan reads.
@Suite struct ContentTranscriptTests {
  static let content = repositoryRoot() + "/Content"
  static let golden = folder(of: #filePath) + "/Golden/content"

  /// What a journey must hand over.
  struct Journey: Sendable, CustomTestStringConvertible {
    var name: String
    /// How it ends.
    var ending: EndStatus
    /// Fields of the record handed over to be sent (empty when nothing is sent), by store name.
    var fields: [String: AnswerValue]
    /// Store names that must not be in that record.
    var absent: [String] = []
    /// The flags raised, exactly.
    var flags: [String]
    /// The person's other words kept beside answers, by store name: exactly these, and no others.
    var notes: [String: String] = [:]
    /// What the safety listener heard, as question:kind, in order.
    var disclosures: [String] = []
    var testDescription: String { name }
  }

  static let journeys: [Journey] = [
    // Harm said in the person's own words, at a choice, a text answer, a yes or no, and the check page.
    .init(name: "safety-everywhere", ending: .sent, fields: [
      "completedBy.role": .choice("self"),
      "person.preferredName": .text("Sam"),
      "whatMatters.goodDay": .text("A walk to the park, but my son hits me when he drinks"),
      "safety.safeAtHome": .yesNo(.yes),
    ], flags: ["self-harm-risk", "feels-unsafe"],
    disclosures: ["who-for:self-harm", "good-day:physical", "safe-home:domestic", "safe-home:financial", "check-answers:psychological", "check-answers:organisational"]),

    // A carer tells of harm to the person they help.
    .init(name: "carer-says-dad", ending: .sent, fields: [
      "completedBy.role": .choice("carer"),
      "whatMatters.notWorking": .text("Dad says he wants to die since mum went"),
    ], flags: ["self-harm-risk", "decision-support-needed", "carer-struggling", "carer-needs-support", "safety-not-sure"],
    notes: ["carer.wantsSupport": "I need a break in the evenings"], disclosures: ["not-going-well:self-harm"]),

    .init(name: "self-send", ending: .sent, fields: [
      "completedBy.role": .choice("self"),
      "plan.kind": .choice("new"),
      "person.preferredName": .text("Sam"),
      "person.contact.method": .choice("phone"),
      "person.contact.phone": .text("07700 900123"),
      "person.needsHelpToTalk": .yesNo(.no),
      "whatMatters.goodDay": .text("A walk to the park and lunch with my friend Pat"),
      "whatMatters.badDay": .notProvided,
      "whatMatters.mostImportant": .text("Staying in my own flat"),
      "whatMatters.working": .text("My friend Pat visits on Sundays"),
      "whatMatters.notWorking": .text("I get tired doing the housework"),
      "outcomes.areas": .choices(["home-life", "relationships"]),
      "outcomes.home-life.inTheirWords": .text("I want to keep my flat clean without getting worn out"),
      "outcomes.home-life.working": .text("I can do the dishes"),
      "outcomes.home-life.notWorking": .text("Hoovering and changing the bed"),
      "outcomes.home-life.canDo": .text("I can make my own breakfast"),
      "outcomes.home-life.whoHelps": .text("Nobody"),
      "outcomes.relationships.inTheirWords": .text("I want to see Pat more and go to the lunch club"),
      "plan.saidMore": .yesNo(.yes),
      "outcomes.relationships.working": .notProvided,
      "strengths.goodAt": .list(["knitting", "crosswords"]),
      "strengths.people": .list(["Pat, my friend, takes me shopping"]),
      "strengths.community": .list(["the lunch club at St Mark's"]),
      "safety.safeAtHome": .yesNo(.yes),
      "safety.safeOut": .yesNo(.yes),
      "carer.gettingHarder": .yesNo(.no),
      "carer.wantsSupport": .yesNo(.notSure),
      "support.designed": .text("Someone cheerful who lets me do things my way"),
      "support.provided": .text("At home, twice a week"),
      "support.who": .text("A local care company"),
      "support.achieve": .text("Keep my flat nice so Pat can visit"),
      "support.times": .text("Mornings, when I am most tired"),
      "support.mustNotChange": .text("My Sunday visits from Pat"),
      "option.preferred": .choice("option-2"),
      "questions": .list(["Can I choose who comes?"]),
    ], absent: ["completedBy.relationship", "completedBy.personAgrees", "carer.whatTheyDo", "review.howGoing", "person.communication"], flags: []),

    .init(name: "carer-father-poa", ending: .sent, fields: [
      "completedBy.role": .choice("carer"),
      "completedBy.relationship": .text("my father"),
      "person.preferredName": .text("Frank"),
      "completedBy.carerName": .text("Mary"),
      "completedBy.carerContact": .text("mary@example.com"),
      "completedBy.personDecides": .yesNo(.no),
      "completedBy.legalAuthority": .choice("power-of-attorney"),
      "plan.kind": .choice("new"),
      "person.contact.method": .choice("through-carer"),
      "person.communication": .text("He is hard of hearing, so speak clearly"),
      "person.language": .text("English"),
      "person.interpreter": .yesNo(.no),
      "person.decisionHelp": .text("Me, his daughter"),
      "whatMatters.goodDay": .text("Watching the football with his grandson"),
      "outcomes.areas": .choices(["eat-drink"]),
      "outcomes.eat-drink.inTheirWords": .text("I want a hot meal every day"),
      "outcomes.eat-drink.whoHelps": .text("Me, at weekends"),
      "strengths.goodAt": .list(["gardening", "football"]),
      "strengths.people": .list(["Me, Mary: I do his shopping and cook at weekends"]),
      "strengths.community": .list(["the bowls club"]),
      "safety.safeAtHome": .yesNo(.yes),
      "safety.safeOut": .yesNo(.notSure),
      "safety.worries": .text("He gets confused about the cooker"),
      "carer.whatTheyDo": .text("I shop, cook at weekends, and sort out his tablets"),
      "carer.gettingHarder": .yesNo(.yes),
      "carer.wantsSupport": .yesNo(.yes),
      "support.achieve": .text("Eat a hot meal every day and stay in his home"),
      "option.preferred": .choice("not-sure"),
      "questions": .notProvided,
    ], absent: ["person.contact.phone", "review.howGoing", "completedBy.personAgrees"],
    // Frank cannot decide, but Mary has a power of attorney, so she can agree for him: no no-consent flag.
    flags: ["decision-support-needed", "carer-struggling", "carer-needs-support", "safety-not-sure"],
    notes: ["carer.wantsSupport": "I need a break in the evenings"]),

    .init(name: "learn-only", ending: .finished, fields: [:], flags: []),

    .init(name: "not-safe", ending: .sent, fields: [
      "completedBy.role": .choice("self"),
      "person.preferredName": .text("Jo"),
      "person.contact.method": .choice("letter"),
      "person.contact.address": .text("12 High Street, Anytown, AB1 2CD"),
      "outcomes.areas": .choices(["feeling-safe"]),
      "outcomes.feeling-safe.inTheirWords": .text("I want to feel safe when I am at home on my own"),
      "plan.saidMore": .yesNo(.no),
      "safety.safeAtHome": .yesNo(.no),
      "safety.safeOut": .yesNo(.no),
      "safety.worries": .text("My neighbour shouts at me and bangs on my door"),
      "safety.whatWouldHelp": .text("Someone to talk to about it"),
      "option.preferred": .choice("not-sure"),
    ], absent: ["carer.gettingHarder", "whatMatters.working", "support.times"], flags: ["feels-unsafe"],
    // "no, I am scared" is heard first (a disclosure, in those words), and the question asked again.
    disclosures: ["safe-home:psychological", "safety-worries:psychological"]),

    .init(name: "change-two", ending: .sent, fields: [
      "person.preferredName": .text("Alex"),
      "person.contact.method": .choice("email"),
      "person.contact.email": .text("alex@example.com"),
      "option.preferred": .choice("option-1"),
      "outcomes.learning-work.inTheirWords": .text("I want to get back to work"),
    ], absent: ["person.contact.phone"], flags: []),

    .init(name: "stop-half-way", ending: .stopped, fields: [:], flags: []),

    // The plainest journey the conversation is measured by: planning for herself, three parts of life,
    // no offer to say more taken. Scripts/bench-journeys counts its inputs to the check page (<= 25).
    .init(name: "three-parts", ending: .sent, fields: [
      "completedBy.role": .choice("self"),
      "person.contact.phone": .text("01632 960 456"),
      "outcomes.areas": .choices(["home-life", "relationships", "eat-drink"]),
      "outcomes.eat-drink.inTheirWords": .text("Cook a proper dinner"),
      "plan.saidMore": .yesNo(.no),
      "strengths.goodAt": .list(["baking", "crosswords"]),
      "carer.gettingHarder": .yesNo(.no),
      "option.preferred": .choice("option-2"),
    ], absent: ["outcomes.home-life.working", "whatMatters.badDay", "support.times"], flags: []),

    // A slow typist with slips: "by phnoe", "1 3 and 8", "yse", "not shure", "opton 2". Every slip is
    // read as meant, and words that came with an answer are kept beside it.
    .init(name: "slow-typist", ending: .sent, fields: [
      "completedBy.role": .choice("self"),
      "plan.kind": .choice("new"),
      "person.contact.method": .choice("phone"),
      "person.contact.phone": .notProvided,
      "outcomes.areas": .choices(["home-life", "relationships", "eat-drink"]),
      "outcomes.eat-drink.inTheirWords": .text("eat proper meals"),
      "plan.saidMore": .yesNo(.no),
      "strengths.goodAt": .list(["garden", "knitting"]),
      "strengths.people": .list(["Jean next door, she does my shopping"]),
      "safety.safeAtHome": .yesNo(.yes),
      "safety.safeOut": .yesNo(.notSure),
      "safety.worries": .text("my feet are bad"),
      "carer.gettingHarder": .yesNo(.notSure),
      "carer.wantsSupport": .yesNo(.yes),
      "option.preferred": .choice("option-2"),
      "questions": .notProvided,
    ], flags: ["carer-needs-support", "safety-not-sure"], notes: [
      "safety.safeOut": "really, because of falling",
      "carer.gettingHarder": "a bit, Jean is 81 herself",
      "carer.wantsSupport": "she needs a break",
    ]),

    // A carer whose answers carry more words than the choice: each keeps its choice and its words.
    // Dev cannot decide and Asha has no power of attorney, so the key worker is told (no-consent).
    .init(name: "carer-extra-words", ending: .sent, fields: [
      "completedBy.role": .choice("carer"),
      "completedBy.carerContact": .text("07700 900321"),
      "completedBy.personDecides": .yesNo(.no),
      "completedBy.legalAuthority": .choice("neither"),
      "person.contact.method": .choice("through-carer"),
      "person.needsHelpToTalk": .yesNo(.yes),
      "person.communication": .text("speak slowly, face him"),
      "outcomes.areas": .choices(["personal-care", "relationships", "decisions"]),
      "safety.safeAtHome": .yesNo(.yes),
      "safety.safeOut": .yesNo(.no),
      "carer.gettingHarder": .yesNo(.yes),
      "carer.wantsSupport": .yesNo(.yes),
      "option.preferred": .choice("not-sure"),
      "questions": .list(["Can I get a break?", "Who pays?"]),
    ], absent: ["completedBy.personAgrees", "person.contact.phone"],
    flags: ["no-consent", "decision-support-needed", "feels-unsafe", "carer-struggling", "carer-needs-support"], notes: [
      "completedBy.personDecides": "he cant really agree to anything, he has dementia; not any more",
      "completedBy.legalAuthority": "we never sorted that out",
      "person.needsHelpToTalk": "he is a bit deaf",
      "safety.safeAtHome": "mostly",
      "safety.safeOut": "he gets lost",
      "carer.gettingHarder": "I am exhausted",
      "carer.wantsSupport": "I need a break and help in the evenings",
      "option.preferred": "we need to talk about money",
    ]),

    // Single words: "job" picks a part of life, "ok" is checked ("Did you mean Yes?"), "dunno" is not
    // sure at the option, "no" to questions means none.
    .init(name: "single-words", ending: .sent, fields: [
      "person.preferredName": .text("Bob"),
      "person.contact.phone": .text("07700 900789"),
      "whatMatters.mostImportant": .text("job"),
      "outcomes.areas": .choices(["learning-work"]),
      "outcomes.learning-work.inTheirWords": .text("work"),
      "plan.saidMore": .yesNo(.no),
      "strengths.goodAt": .list(["darts"]),
      "option.preferred": .choice("not-sure"),
      "questions": .notProvided,
    ], flags: []),

    .init(name: "review", ending: .sent, fields: [
      "completedBy.role": .choice("self"),
      "plan.kind": .choice("review"),
      "person.preferredName": .text("Priya"),
      "person.contact.email": .text("priya@example.com"),
      "review.howGoing": .text("It is mostly good, but my helper is often late"),
      "review.outcomesMet": .text("I can get to the day centre three times a week"),
      "review.changed": .text("My eyesight is worse, so I need more help with letters"),
      "review.currentOption": .choice("option-2"),
      "review.optionSuits": .yesNo(.no),
      "safety.safeAtHome": .yesNo(.yes),
      "questions": .list(["Can I change to a direct payment?", "How often will my plan be checked?"]),
    ], absent: ["whatMatters.goodDay", "outcomes.areas", "strengths.goodAt", "support.designed", "option.preferred"], flags: ["review-requested"]),
  ]

  /// Each journey's run, made once: the golden and the record checks look at the same run.
  private static let runs = Mutex<[String: TranscriptHarness.Run]>([:])

  static func run(_ name: String) throws -> TranscriptHarness.Run {
    if let known = runs.withLock({ $0[name] }) { return known }
    let run = try replay(name)
    runs.withLock { $0[name] = run }
    return run
  }

  private static func replay(_ name: String) throws -> TranscriptHarness.Run {
    let (script, diagnostics) = try TranscriptHarness.loadScript(content)
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    let input = try String(contentsOfFile: golden + "/\(name).input", encoding: .utf8)
    var lines = input.components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return TranscriptHarness(engine: Engine(script: script)).runDetailed(inputLines: lines)
  }

  @Test(arguments: journeys)
  func transcriptMatchesGolden(_ journey: Journey) throws {
    let run = try Self.run(journey.name)
    if let mismatch = goldenMismatch(run.transcript, goldenPath: Self.golden + "/\(journey.name).txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
  }

  @Test(arguments: journeys)
  func recordHasTheContractFields(_ journey: Journey) throws {
    let run = try Self.run(journey.name)
    #expect(run.endings.last?.status == journey.ending)
    if journey.ending == .sent {
      #expect(run.sent.count == 1, "one draft is handed over, once")
      let record = try #require(run.sent.last)
      let fields = record.fields
      for (name, value) in journey.fields.sorted(by: { $0.key < $1.key }) {
        #expect(fields[name] == value, "\(name)")
      }
      for name in journey.absent { #expect(fields[name] == nil, "\(name) should not be in the draft") }
      #expect(record.flags.sorted() == journey.flags.sorted())
      var notes: [String: String] = [:]
      for entry in record.entries { if let note = entry.note { notes[entry.storeName ?? entry.questionID] = note } }
      #expect(notes == journey.notes, "the words kept beside answers")
      #expect(record.disclosures.map { "\($0.question):\($0.kind)" } == journey.disclosures)
      // A disclosure keeps exactly what was typed.
      for disclosure in record.disclosures { #expect(!disclosure.words.isEmpty && disclosure.language == "en") }
      // Every answer carries a store name from the contract, so nothing reaches the draft only by question id.
      let unnamed = record.entries.filter { $0.storeName == nil }.map(\.questionID)
      #expect(unnamed.isEmpty, "answers with no store name: \(unnamed)")
    } else {
      #expect(run.sent.isEmpty, "nothing is sent")
      #expect(journey.fields.isEmpty && journey.flags.isEmpty)
    }
    if journey.ending == .stopped {
      #expect(run.finalRecord.entries.isEmpty, "stopping clears the answers")
    }
  }

  @Test func everyJourneyTheIssueNamesHasAGolden() {
    let names = Set(Self.journeys.map(\.name))
    #expect(names.isSuperset(of: ["self-send", "carer-father-poa", "learn-only", "not-safe", "change-two", "stop-half-way", "review",
                                  "three-parts", "slow-typist", "carer-extra-words", "single-words"]))
    for name in names { #expect(FileManager.default.fileExists(atPath: Self.golden + "/\(name).input"), "\(name).input") }
  }
}
