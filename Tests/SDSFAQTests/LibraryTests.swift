import SDSEngine
@testable import SDSFAQ
import Testing

/// The shipped FAQ library: complete, true to each nation, filled in with a pack's terms, and replying to
/// the engine the way the conversation needs.
@Suite struct LibraryTests {
  /// The ids issue 6 asks for.
  static let requiredIDs = [
    "what-is-sds", "personal-budget", "option-1", "option-2", "option-3", "option-4", "change-option",
    "eligibility", "assessment", "paying-towards", "spend-on", "cannot-spend", "personal-assistant", "pay-family",
    "managing-money-help", "support-plan", "plan-agreed", "review", "disagree", "carers-support", "emergency",
    "benefits", "short-breaks", "equipment", "advocacy", "my-data", "what-next", "key-worker", "seven-steps",
    "outcomes", "strengths", "help-to-decide",
  ]

  static let nations: [Nation?] = [nil] + Nation.allCases.map { $0 }

  @Test func theShippedFAQHasNoProblemsAtAll() {
    let diagnostics = ShippedFAQ.loaded.diagnostics
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
  }

  @Test func everyAskedForEntryIsThereAndMore() {
    let ids = ShippedFAQ.neutral.entries.map(\.id)
    for id in Self.requiredIDs { #expect(ids.contains(id), "missing \(id)") }
    #expect(ids.count > Self.requiredIDs.count)
    #expect(Set(ids).count == ids.count)
  }

  /// With any nation, and none, every term is filled in and every answer is 3 to 6 sentences.
  @Test(arguments: nations)
  func everyAnswerIsFilledInAndShort(_ nation: Nation?) {
    let library = ShippedFAQ.library(nation)
    for entry in library.entries {
      for text in [entry.title, entry.answer, entry.more ?? ""] {
        #expect(!text.contains("{") && !text.contains("}"), "\(entry.id): \(text)")
      }
      let sentences = FAQChecker.sentenceCount([Template(entry.answer, at: SourceLocation(file: "", line: 1, column: 1))])
      #expect((3...6).contains(sentences), "\(entry.id) has \(sentences) sentences for \(nation?.rawValue ?? "no nation")")
    }
    #expect(!library.noMatchMessage.contains("{"))
  }

  /// The neutral text is shown when no nation is set, so it must not state one nation's rules.
  @Test func theNeutralTextNamesNoNation() {
    for entry in ShippedFAQ.neutral.entries {
      for nation in ["England", "Scotland", "Wales", "Northern Ireland"] {
        #expect(!(entry.answer + (entry.more ?? "")).contains(nation), "\(entry.id) mentions \(nation)")
      }
    }
  }

  struct NationCase: Sendable {
    var nation: Nation?
    var id: String
    var says: String
  }

  /// Facts from domain-facts.md sections 2, 6, 8 and 9 that differ by nation.
  static let nationCases: [NationCase] = [
    .init(nation: .scotland, id: "paying-towards", says: "personal care is free"),
    .init(nation: .wales, id: "paying-towards", says: "£100 a week"),
    .init(nation: .northernIreland, id: "paying-towards", says: "most care and support at home is free"),
    .init(nation: .england, id: "paying-towards", says: "The value of your home is not counted"),
    .init(nation: nil, id: "paying-towards", says: "financial assessment"),
    .init(nation: .northernIreland, id: "option-2", says: "managed budget"),
    .init(nation: .england, id: "option-2", says: "individual service fund"),
    .init(nation: .england, id: "review", says: "6 to 8 weeks"),
    .init(nation: .wales, id: "review", says: "within 12 months"),
    .init(nation: .scotland, id: "carers-support", says: "Adult Carer Support Plan"),
    .init(nation: .england, id: "carers-support", says: "carer's assessment"),
    .init(nation: .wales, id: "assessment", says: "\"what matters\" conversation"),
    .init(nation: .scotland, id: "assessment", says: "\"good conversation\""),
    .init(nation: .scotland, id: "what-is-sds", says: "it is the law"),
    .init(nation: .england, id: "pay-family", says: "husband, wife or partner"),
    .init(nation: .scotland, id: "pay-family", says: "good reason"),
  ]

  @Test(arguments: nationCases)
  func answersFollowTheNation(_ test: NationCase) throws {
    let entry = try #require(ShippedFAQ.library(test.nation).entry(test.id))
    #expect((entry.answer + " " + (entry.more ?? "")).contains(test.says), "\(entry.answer)")
    // Other nations do not see it.
    for other in Self.nations where other != test.nation && test.nation != nil {
      let text = ShippedFAQ.library(other).entry(test.id).map { $0.answer + " " + ($0.more ?? "") } ?? ""
      #expect(!text.contains(test.says), "\(other?.rawValue ?? "neutral") also says \(test.says)")
    }
  }

  /// A pack's terms replace the neutral ones everywhere, and a term starting a sentence gets a capital.
  @Test func aPacksTermsAreUsedAndNoCouncilIsHardCoded() throws {
    let pack = ShippedFAQ.library(.england, extra: [
      "council": "Anytown Council", "phone": "01234 567890", "worker": "social worker", "safeguarding-phone": "01234 000111",
    ])
    let contact = try #require(pack.entry("contact"))
    #expect(contact.title == "How do I contact Anytown Council?")
    #expect(contact.answer.contains("Use 01234 567890."))
    #expect(pack.noMatchMessage.contains("Anytown Council") && pack.noMatchMessage.contains("01234 567890"))
    #expect(pack.entry("key-worker")?.title == "Who is my social worker, and who will contact me?")
    for entry in pack.entries {
      #expect(!(entry.title + entry.answer + (entry.more ?? "")).contains("your council or Trust"), "\(entry.id)")
    }
    let neutral = try #require(ShippedFAQ.neutral.entry("checking-spending"))
    #expect(neutral.answer.contains("Your council or Trust checks these"))
  }

  /// What the assistant must never claim (domain-facts.md, last section).
  @Test(arguments: nations)
  func nothingClaimsWhatOnlyTheCouncilDecides(_ nation: Nation?) {
    let banned = ["you are eligible", "you are entitled", "you will definitely", "86,000", "your plan is agreed", "this is an assessment",
                  "is the best option", "must look after you", "you will pay £"]
    for entry in ShippedFAQ.library(nation).entries {
      let text = (entry.title + " " + entry.answer + " " + (entry.more ?? "")).lowercased()
      for phrase in banned { #expect(!text.contains(phrase.lowercased()), "\(entry.id) says \"\(phrase)\"") }
    }
  }

  @Test func repliesAreWhatTheConversationNeeds() throws {
    let library = ShippedFAQ.neutral
    guard case .answer(let id, let title, let text) = library.reply(to: "can i pay my daughter to look after me") else {
      Issue.record("no answer")
      return
    }
    #expect(id == "pay-family")
    #expect(title == library.entry("pay-family")?.title)
    #expect(text == library.entry("pay-family")?.answer)

    guard case .choose(let titles) = library.reply(to: "what about the money") else {
      Issue.record("no close call")
      return
    }
    #expect((2...3).contains(titles.count))
    #expect(titles.map(\.title) == titles.compactMap { library.entry($0.id)?.title })

    #expect(library.reply(to: "what time does the library open") == .noMatch(text: library.unrelatedMessage))
    #expect(library.reply(to: "what?") == .noMatch(text: library.noMatchMessage))
    #expect(library.noMatchMessage.contains("help") && library.noMatchMessage.contains("phone number"))
    #expect(library.unrelatedMessage.contains("planning care and support"))
    #expect(library.reply(toEntry: "no-such-entry") == .noMatch(text: library.noMatchMessage))
    #expect(library.titles().map(\.id) == library.entries.map(\.id))
    #expect(library.titles().first?.id == "what-is-sds")
    #expect(library.more(forEntry: "option-1") != nil)
    #expect(library.more(forEntry: "change-option") == nil)
  }

  /// Each title, asked as it is written, finds its own entry first.
  @Test func everyTitleFindsItsOwnEntry() {
    let library = ShippedFAQ.neutral
    for entry in library.entries {
      let match = library.match(entry.title)
      #expect(match.ranked.first?.id == entry.id, "\"\(entry.title)\" ranks \(match.ranked.first?.id ?? "nothing") first")
      #expect(match.matchedID == entry.id || match.alternatives.contains(entry.id), "\(entry.id): \(match.outcome)")
    }
  }

  /// How a question is read: short forms, spelling, small words, phrases, people.
  @Test func questionsAreReadTheWayPeopleMeanThem() {
    let library = ShippedFAQ.neutral
    #expect(library.explain("DP").contains("direct×0.8 ") && library.explain("DP").contains("payment×0.8"))
    #expect(library.explain("respit care").contains("short×0.8"))  // a form of "respite", then a synonym
    #expect(library.explain("finacial").contains("financi×0.8"))  // a spelling mistake put right
    #expect(library.explain("wheelchiar").contains("wheelchair×0.8"))
    #expect(!library.explain("what sort of help").contains("sort"))
    #expect(library.explain("look after the money").contains("manag") && !library.explain("look after the money").contains("care×"))
    #expect(library.explain("my daughter").contains("famili×0.4"))
    #expect(library.explain("i am 85").contains("unknown words: 0"))
    #expect(library.explain("library books").contains("unrelated: true"))
  }

  /// Bad input never crashes and never gets a wrong answer: nothing to match gets no match, control
  /// characters are passed over and a huge line is matched as its words would be alone, and other
  /// alphabets or commands are never given an answer.
  @Test(arguments: [
    ("", "no match"), ("   ", "no match"), ("?!?!", "no match"), ("😀😀", "no match"),
    ("\u{1B}[31mhelp\u{0}", "as: [31mhelp"), (String(repeating: "payment ", count: 5_000), "as: payment"),
    ("ما هي الميزانية", "no answer"), ("DROP TABLE faq;", "no answer"),
  ])
  func oddInputIsHandled(question: String, expected: String) {
    let library = ShippedFAQ.neutral
    let match = library.match(question)
    switch expected {
    case "no match":
      #expect(match.outcome == .noMatch && match.score == 0 && match.ranked.isEmpty, "\(match)")
    case "no answer":
      #expect(match.outcome == .noMatch || match.outcome == .unrelated, "\(match)")
    default:
      let plain = library.match(String(expected.dropFirst("as: ".count)))
      #expect(plain.outcome != .noMatch, "the plain words match something")
      #expect(match.outcome == plain.outcome, "\(match)")
    }
  }
}
