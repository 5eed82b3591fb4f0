import Foundation
import SDSEngine
import SDSHandoff
import Testing

/// The draft is laid out from the record by the store names of the record contract.
@Suite struct DraftBuilderTests {
  @Test func carerRouteFillsWhoCompletedItAndTheFlagsMostUrgentFirst() {
    let draft = RecordFixtures.carer.draft
    #expect(draft.schema == "sds-draft/1")
    #expect(draft.status == .draft)
    #expect(draft.completedBy.role == .carer)
    #expect(draft.completedBy.relationship == "He is my dad")
    #expect(draft.completedBy.personAgrees == .notSure)
    #expect(draft.completedBy.personDecides == .no)
    #expect(draft.completedBy.legalAuthority == "power-of-attorney")
    #expect(draft.flags == ["self-harm-risk", "feels-unsafe", "carer-needs-support", "carer-struggling", "decision-support-needed", "no-consent"])
    #expect(draft.safety.disclosures.map(\.kind) == ["self-harm", "psychological", "financial"])
    #expect(draft.safety.disclosures.first?.words == "Dad says he wants to die since Mum went.")
    #expect(draft.option.preferred == nil)
    #expect(draft.option.answer == "not-sure")
    #expect(draft.carer.wantsSupport == .yes)
  }

  @Test func theWordsTypedWithAnAnswerReachTheDraftBesideItsValue() throws {
    let draft = RecordFixtures.carer.draft
    let harder = try #require(draft.answers.first { $0.store == "carer.gettingHarder" })
    #expect(harder.value == .yesNo(.yes))
    #expect(harder.note == "a bit, I am 81 myself")
    #expect(draft.note(for: "carer.gettingHarder") == "a bit, I am 81 myself")
    #expect(draft.answers.filter { $0.note != nil }.count == 1, "answers without other words have no note")
    // The note survives the JSON the council receives.
    #expect(draft.jsonText().contains("a bit, I am 81 myself"))
    #expect(try Draft.read(draft.jsonData()) == draft)
  }

  /// Whether the person's helpers would like support is about the helpers: it sits under "Carers and
  /// people who help", never under "Who filled this in". READ FIRST says there is no way to contact
  /// anyone straight after what they said about safety, before any flag.
  @Test func helpersAnswersSitUnderThePeopleWhoHelp() throws {
    let text = TextFormat.render(RecordFixtures.carer.draft, timeZone: TimeZone(identifier: "UTC")!)
    let sections = text.components(separatedBy: "\n\n")
    let filledIn = try #require(sections.first { $0.hasPrefix("WHO FILLED THIS IN") })
    let helpers = try #require(sections.first { $0.hasPrefix("CARERS AND PEOPLE WHO HELP") })
    #expect(!filledIn.contains("support of their own"))
    #expect(helpers.contains("Carer would like support of their own: Yes"))
    let readFirst = try #require(sections.first { $0.hasPrefix("READ FIRST") })
    let lines = readFirst.split(separator: "\n").map(String.init)
    let gap = try #require(lines.firstIndex { $0.hasPrefix("No way to contact: ") })
    let firstFlag = try #require(lines.firstIndex { $0.hasPrefix("* ") && !$0.hasPrefix("* What they said") })
    #expect(gap < firstFlag)
  }

  /// A table: which details make a draft reachable.
  @Test(arguments: [
    (["person.contact.method": AnswerValue.choice("phone")], false),
    (["person.contact.method": .choice("phone"), "person.contact.phone": .text("01632 960 123")], true),
    (["person.contact.method": .choice("phone"), "person.contact.phone": .text("   ")], false),
    (["person.contact.method": .choice("through-carer"), "person.contact.throughName": .text("Jean")], false),
    (["person.contact.method": .choice("through-carer"), "person.contact.throughDetails": .text("jean@example.com")], true),
    (["completedBy.role": .choice("carer"), "completedBy.carerContact": .text("07700 900456")], true),
    (["person.contact.method": .choice("letter"), "person.contact.address": .text("1 High Street")], true),
  ])
  func aDraftWithNoWayToReachAnyoneSaysSo(_ fields: [String: AnswerValue], reachable: Bool) {
    let entries = fields.sorted { $0.key < $1.key }.map { RecordFixtures.entry($0.key, $0.key, $0.value) }
    let draft = Draft(record: Record(entries: entries, flags: []), metadata: RecordFixtures.minimal.metadata)
    #expect(draft.hasWayToContact == reachable)
    #expect((draft.noWayToContact?.hasPrefix("No way to contact: ") ?? false) == !reachable)
  }

  @Test func outcomesFollowTheAreasChosenWithTheirWordsVerbatim() {
    let draft = RecordFixtures.selfFull.draft
    #expect(draft.completedBy.role == .self)
    #expect(draft.outcomes.map(\.area) == ["home-life", "local-activities"])
    #expect(draft.outcomes[0].label == "Living in my home")
    #expect(draft.outcomes[0].inTheirWords == "To get upstairs safely, or have a bathroom downstairs.")
    #expect(draft.outcomes[0].canDo == "Cook, wash up, feed the cat.")
    #expect(draft.outcomes[1].working == nil, "a skipped answer is null")
    #expect(draft.strengths.people.count == 2)
    #expect(draft.option.preferred == 2)
    #expect(draft.questions == ["Can my son be paid to help?", "How long does it take?"])
    #expect(draft.person.contact.method == "phone")
  }

  @Test func reviewRouteIsMarkedReview() {
    let draft = RecordFixtures.review.draft
    #expect(draft.status == .review)
    #expect(draft.review.currentOption == 3)
    #expect(draft.review.optionSuits == .notSure)
    var record = RecordFixtures.minimal.record
    record.entries.append(RecordFixtures.entry("x", "review.howGoing", .text("Fine")))
    #expect(Draft(record: record, metadata: RecordFixtures.minimal.metadata).status == .review)
  }

  @Test func everyAnswerIsKeptEvenWithAnUnknownOrMissingStoreName() {
    var record = RecordFixtures.minimal.record
    record.entries.append(RecordFixtures.entry("pet", "person.petName", .text("Biscuit")))
    record.entries.append(RecordFixtures.entry("free", nil, .list(["one", "two"])))
    let draft = Draft(record: record, metadata: RecordFixtures.minimal.metadata)
    #expect(draft.answers.count == 3)
    #expect(draft.answers[1].store == "person.petName")
    #expect(draft.answers[1].value == .text("Biscuit"))
    #expect(draft.answers[2].store == nil)
    #expect(draft.answers[2].kind == "list")
  }

  @Test func anyRoleButSelfOrCarerIsOther() {
    var record = RecordFixtures.minimal.record
    record.entries[0].value = .choice("professional")
    #expect(Draft(record: record, metadata: RecordFixtures.minimal.metadata).completedBy.role == .other)
  }

  @Test func metadataDefaultsToTheNeutralPackInEnglish() {
    let draft = RecordFixtures.minimal.draft
    #expect(draft.pack == Draft.Pack(id: "uk", version: "1"))
    #expect(draft.language == "en")
    #expect(draft.created == RecordFixtures.time(4, 16, 0))
    #expect(draft.sent == RecordFixtures.time(4, 16, 1))
  }

  @Test func everyFieldIsWrittenEvenWhenEmptyAndSchemaComesFirst() {
    let text = RecordFixtures.minimal.draft.jsonText()
    #expect(text.hasPrefix("{\n  \"schema\": \"sds-draft/1\",\n  \"reference\": \"M2N3-PQRS-4T4\""))
    #expect(text.contains("\"preferredName\": null"))
    #expect(text.contains("\"preferred\": null"))
    #expect(text.contains("\"goodAt\": []"))
  }

  struct BadDraft: Sendable, CustomTestStringConvertible {
    var name: String
    var text: String
    var problem: DraftReadProblem
    var testDescription: String { name }
  }

  static let badDrafts: [BadDraft] = [
    .init(name: "not JSON", text: "{\"schema\": ", problem: .notJSON),
    .init(name: "a JSON list", text: "[1, 2]", problem: .notJSON),
    .init(name: "no schema", text: "{\"reference\": \"K7QM-3XRT-VPZ\"}", problem: .unknownSchema(nil)),
    .init(name: "a later schema", text: "{\"schema\": \"sds-draft/2\"}", problem: .unknownSchema("sds-draft/2")),
    .init(name: "missing fields", text: "{\"schema\": \"sds-draft/1\"}", problem: .wrongFields("reference is missing")),
  ]

  @Test(arguments: badDrafts)
  func readingIsStrict(_ test: BadDraft) {
    #expect(throws: test.problem) { try Draft.read(Data(test.text.utf8)) }
  }

  @Test func aWrongTypeIsNamedByItsPath() throws {
    var object = try #require(try JSONSerialization.jsonObject(with: RecordFixtures.carer.draft.jsonData()) as? [String: Any])
    var safety = object["safety"] as! [String: Any]
    safety["safeAtHome"] = "perhaps"
    object["safety"] = safety
    let data = try JSONSerialization.data(withJSONObject: object)
    do {
      _ = try Draft.read(data)
      Issue.record("read a draft with a wrong value")
    } catch {
      #expect(error.description.contains("safety.safeAtHome"), "\(error)")
    }
  }

  @Test func datesInWordsForPeople() {
    let london = TimeZone(identifier: "Europe/London")!
    #expect(PlainDates.day(RecordFixtures.time(29, 23, 30), timeZone: london) == "29 December 2026")
    #expect(PlainDates.day(RecordFixtures.time(29, 23, 30, month: 6), timeZone: london) == "30 June 2026", "British Summer Time moves it to the next day")
    #expect(PlainDates.time(RecordFixtures.time(1, 10, 45), timeZone: london) == "10:45am")
    #expect(PlainDates.time(RecordFixtures.time(1, 15, 0), timeZone: london) == "3pm")
    #expect(PlainDates.time(RecordFixtures.time(1, 12, 0), timeZone: london) == "midday")
    #expect(PlainDates.time(RecordFixtures.time(1, 0, 0), timeZone: london) == "midnight")
    #expect(PlainDates.time(RecordFixtures.time(1, 9, 5), timeZone: london) == "9:05am")
  }
}
