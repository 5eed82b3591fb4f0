import Foundation
import SDSEngine
import SDSPacks
import Testing
import TestSupport

/// Plays typed lines into a conversation and writes what was said, then the record.
enum Transcript {
  static func run(_ engine: Engine, _ inputs: [String]) -> String {
    var conversation = Conversation(engine: engine)
    var text = ""
    func process(_ outputs: [Output]) {
      text += PlainTranscript.render(outputs)
      for output in outputs {
        switch output {
        case .send(let record):
          text += "[draft sent: \(record.entries.count) answers]\n\n"
          process(conversation.handle(.delivered(reference: "K7M4-Q9TX-R")))
        case .end(let ending):
          text += "[end: \(ending.status.rawValue)]\n\n"
        default:
          break
        }
      }
    }
    process(conversation.start())
    for line in inputs where conversation.state.ending == nil {
      text += PlainTranscript.echo(line)
      process(conversation.handle(.input(line)))
    }
    let record = conversation.record
    text += "--- record (language: \(record.language ?? "?")) ---\n"
    for entry in record.entries { text += "\(entry.storeName ?? "(\(entry.questionID))") = \(entry.display)\n" }
    return text
  }

  static func lines(_ path: String) throws -> [String] {
    var lines = try String(contentsOfFile: path, encoding: .utf8).components(separatedBy: "\n")
    if lines.last == "" { lines.removeLast() }
    return lines
  }
}

/// The shipped packs and languages: they pass the checks, say what each nation needs, and a council
/// pack changes a term everywhere it is used and nowhere else.
@Suite struct ShippedPackTests {
  static let golden = folder(of: #filePath) + "/Golden"
  static let showcase = folder(of: #filePath) + "/Fixtures/showcase"

  @Test func everyShippedPackAndLanguagePassesCheckWithNoErrors() throws {
    let (script, scriptDiagnostics, library, fileDiagnostics) = try ContentFolder.load(ContentFolder.shipped)
    #expect(library.packs.keys.sorted() == ["england", "example-council", "northern-ireland", "scotland", "uk", "wales"])
    let all = scriptDiagnostics + fileDiagnostics + library.check(script: script, scriptDiagnostics: scriptDiagnostics)
    let errors = all.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
    // The example council pack is plainly placeholders, so nobody deploys it by mistake; no other pack has any.
    let placeholders = all.filter { $0.code == "W-PLACEHOLDER" }
    #expect(placeholders.count >= 7)
    #expect(placeholders.allSatisfy { $0.file.hasPrefix("packs/example-council/") })
    // Welsh is offered by Wales and marked as needing a fluent speaker's review.
    #expect(all.contains { $0.code == "W-LANGUAGE-DRAFT" && $0.file == "packs/wales/pack.txt" })
  }

  @Test func theFixturePacksAndLanguagesHaveNoProblemsAtAll() throws {
    let (script, scriptDiagnostics, library, fileDiagnostics) = try ContentFolder.load(ContentFolder.demo)
    let all = (scriptDiagnostics + fileDiagnostics + library.check(script: script, scriptDiagnostics: scriptDiagnostics)).filter { $0.severity != .note }
    #expect(all.isEmpty, "\(all.map(\.description).joined(separator: "\n"))")
  }

  struct NationCase: Sendable, CustomTestStringConvertible {
    var pack: String
    var terms: [String: String]
    var testDescription: String { pack }
  }

  /// What each nation's people and documents call things (domain facts sections 2, 3, 8).
  static let nations: [NationCase] = [
    .init(pack: "uk", terms: ["council": "your council or Trust", "worker": "key worker", "plan": "support plan"]),
    .init(pack: "england", terms: ["council": "your council", "budget": "personal budget", "plan": "care and support plan", "option-2-name": "an individual service fund", "assessment": "a needs assessment"]),
    .init(pack: "scotland", terms: ["worker": "social worker", "budget": "individual budget", "plan": "support plan", "option-1-name": "a direct payment",
                                    "option-4-name": "a mix of options 1, 2 and 3", "carer-assessment": "an adult carer support plan"]),
    .init(pack: "wales", terms: ["assessment": "a \"what matters\" conversation", "plan": "care and support plan"]),
    .init(pack: "northern-ireland", terms: ["council": "your Health and Social Care Trust", "worker": "key worker", "budget": "personal budget", "option-2-name": "a managed budget",
                                            "option-3-name": "services your Health and Social Care Trust arranges"]),
  ]

  @Test(arguments: nations)
  func eachNationPackUsesItsNationsWords(_ test: NationCase) throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.shipped)
    let terms = library.finished(library.english(script, pack: test.pack)).terms
    for (name, value) in test.terms { #expect(terms[name] == value, "\(name)") }
    #expect(library.summary(test.pack)?.nation == (test.pack == "uk" ? "uk" : test.pack))
  }

  @Test func chargingIsRightForEachNationAndWalesOffersWelsh() throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.shipped)
    func paying(_ pack: String) -> String { library.finished(library.english(script, pack: pack)).terms["paying"] ?? "" }
    #expect(paying("scotland").hasPrefix("Personal care is free in Scotland"))
    #expect(paying("wales").contains("£100 a week"))
    #expect(paying("northern-ireland").hasPrefix("Most care at home is free in Northern Ireland"))
    #expect(paying("england").contains("The value of a person's home is not counted for care at home."))
    #expect(library.summary("wales")?.languages == ["en", "cy"])
    #expect(library.languages["cy"]?.settings?.isReviewed == false)
  }

  /// The words a pack gives texts are held to the same plain-language limits as the conversation:
  /// grade 6 at most, 25 words a sentence, one question a prompt, with the pack's terms filled in.
  @Test(arguments: ["england", "scotland", "wales", "northern-ireland", "example-council"])
  func theWordsEachPackChangesAreAsPlainAsTheConversation(_ pack: String) throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.shipped)
    let english = library.finished(library.english(script, pack: pack))
    let report = PlainLanguageCheck.check(english)
    let own = report.pieces.filter { $0.piece.location.file.hasPrefix("packs/") }
    #expect(own.count >= 5, "the pack changes texts of its own")
    for measured in own {
      let where_ = "\(measured.piece.location.file):\(measured.piece.location.line) \(measured.piece.owner)"
      // The example council's values are [placeholders], not words anyone reads, so its grade is not measured.
      if measured.piece.isGraded, pack != "example-council" { #expect(measured.score.grade <= 6, "\(where_) grade \(measured.score.grade): \(measured.piece.text)") }
      #expect(measured.score.longestSentenceWords <= 25, "\(where_): \(measured.score.longestSentence)")
      #expect(measured.score.questions <= 1, "\(where_): \(measured.piece.text)")
    }
  }

  /// What each nation pack says where its nation differs, in the words the person sees.
  struct StatementCase: Sendable, CustomTestStringConvertible {
    var pack: String
    var id: String
    var says: [String]
    var testDescription: String { "\(pack) \(id)" }
  }

  static let statements: [StatementCase] = [
    .init(pack: "england", id: "say.welcome-not-assessment", says: ["This is not a needs assessment:"]),
    .init(pack: "wales", id: "say.welcome-not-assessment", says: ["This is not a \"what matters\" conversation.", "works out your care and support plan with you"]),
    .init(pack: "wales", id: "say.next-steps", says: ["The draft is not a \"what matters\" conversation"]),
    .init(pack: "wales", id: "topic.steps", says: ["first you have a \"what matters\" conversation"]),
    .init(pack: "scotland", id: "say.option-intro", says: ["called an individual budget.", "Personal care is free in Scotland", "There are 4 options"]),
    .init(pack: "wales", id: "say.option-intro", says: ["£100 a week", "In December 2024", "paid as a direct payment, or your council can arrange the support"]),
    .init(pack: "northern-ireland", id: "say.option-intro", says: ["Most care at home is free in Northern Ireland"]),
    .init(pack: "england", id: "say.option-intro", says: ["The value of a person's home is not counted", "In England, a personal budget can be handled in a few ways."]),
    .init(pack: "england", id: "topic.options", says: ["Managed by your council: it holds the money", "An individual service fund is money held by a care company you pick", "Not every council offers this"]),
    .init(pack: "northern-ireland", id: "topic.options", says: ["Option 2 is called a managed budget. The money is held by your Health and Social Care Trust", "does not move you up a waiting list"]),
    .init(pack: "scotland", id: "topic.options", says: ["independent advice"]),
    .init(pack: "wales", id: "topic.options", says: ["In Wales, your council must offer you a direct payment if it is to meet your needs", "two ways"]),
    .init(pack: "england", id: "term.ombudsman", says: ["the Local Government and Social Care Ombudsman"]),
    .init(pack: "scotland", id: "term.ombudsman", says: ["the Scottish Public Services Ombudsman"]),
    .init(pack: "wales", id: "term.ombudsman", says: ["the Public Services Ombudsman for Wales"]),
    .init(pack: "northern-ireland", id: "term.ombudsman", says: ["the Northern Ireland Public Services Ombudsman"]),
    .init(pack: "scotland", id: "term.advocacy", says: ["the law says you can have one", "dementia"]),
    .init(pack: "england", id: "term.advocacy", says: ["nobody suitable can help", "must find you one"]),
    .init(pack: "wales", id: "term.advocacy", says: ["nobody suitable can help", "must arrange one"]),
    .init(pack: "england", id: "say.next-steps", says: ["must carry one out", "pay for their own care"]),
    .init(pack: "scotland", id: "say.carer-own-support", says: ["an adult carer support plan", "must offer you one", "carers do not pay"]),
    .init(pack: "wales", id: "say.carer-own-support", says: ["a carer's needs assessment", "the same right"]),
    .init(pack: "england", id: "say.carer-own-support", says: ["a carer's assessment", "Your own money does not stop you"]),
    .init(pack: "northern-ireland", id: "say.carer-own-support", says: ["a direct payment for your own support"]),
    .init(pack: "scotland", id: "ask.language.hint", says: ["Gaelic"]),
    .init(pack: "northern-ireland", id: "ask.language.hint", says: ["Irish"]),
    .init(pack: "scotland", id: "ask.carer-support.help", says: ["an adult carer support plan", "carers do not pay for their own support"]),
    .init(pack: "wales", id: "ask.carer-support.help", says: ["the same right"]),
    .init(pack: "northern-ireland", id: "ask.carer-support.help", says: ["a direct payment for your own support"]),
    .init(pack: "england", id: "ask.helpers-support.help", says: ["Their money does not stop them having one."]),
    .init(pack: "northern-ireland", id: "say.learn-intro", says: ["Health and Social Care Trusts follow steps like these."]),
  ]

  /// The ways to handle the money follow each nation's law: numbered Options only in Scotland and
  /// Northern Ireland; England's list starts with the council managing it and offers an individual
  /// service fund only where the council has one; Wales has no option-2; the neutral list promises
  /// nothing a nation lacks. Every list keeps the ids the draft reads (option.answer).
  @Test func theWaysToHandleTheMoneyFollowEachNation() throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.shipped)
    func list(_ pack: String) -> [(id: String, label: String)] {
      let english = library.finished(library.english(script, pack: pack))
      return (english.choiceLists["options"] ?? []).map { ($0.id, $0.label.render { english.terms[$0] }) }
    }
    for pack in ["scotland", "northern-ireland"] {
      #expect(list(pack).map(\.id) == ["option-1", "option-2", "option-3", "option-4", "not-sure"])
      #expect(list(pack).prefix(4).enumerated().allSatisfy { $0.element.label.hasPrefix("Option \($0.offset + 1):") })
    }
    for pack in ["uk", "england", "wales", "example-council"] {
      #expect(!list(pack).contains { $0.label.contains("Option") }, "\(pack) numbers no options")
    }
    #expect(list("england").map(\.id) == ["option-3", "option-1", "option-2", "option-4", "not-sure"])
    #expect(list("england").first { $0.id == "option-2" }?.label.contains("if your council offers one") == true)
    #expect(list("wales").map(\.id) == ["option-1", "option-3", "option-4", "not-sure"])
    let neutral = library.finished(library.english(script, pack: "uk"))
    let topic = try #require(neutral.topics.first { $0.id == "options" }).paragraphs.map { $0.render { neutral.terms[$0] } }.joined(separator: "\n")
    #expect(topic.contains("Not every council or Trust offers this"))
    #expect(!topic.contains("Option 1") && !topic.contains("4 options"))
  }

  @Test(arguments: statements)
  func eachNationPackSaysWhatIsTrueForItsNation(_ test: StatementCase) throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.shipped)
    let english = library.finished(library.english(script, pack: test.pack))
    let text = try #require(english.texts.first { $0.id == test.id })
    let shown = text.paragraphs.map { $0.render { english.terms[$0] } }.joined(separator: "\n")
    for words in test.says { #expect(shown.contains(words), "\(shown)") }
    #expect(!shown.contains("or Trust"), "no nation pack says \"council or Trust\"")
  }

  /// No nation pack's conversation says "council or Trust", which is only right when no nation is known.
  @Test(arguments: ["england", "scotland", "wales", "northern-ireland", "example-council"])
  func noNationPackSaysCouncilOrTrust(_ pack: String) throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.shipped)
    let english = library.finished(library.english(script, pack: pack))
    for text in english.texts where text.kind != .term {
      let shown = text.paragraphs.map { $0.render { english.terms[$0] } }.joined(separator: "\n")
      #expect(!shown.contains("council or Trust"), "\(text.id): \(shown)")
    }
  }

  /// No pack invents a phone number: nation packs say where to find one, and the example council's
  /// numbers are from the range kept for drama and examples.
  @Test func noShippedPackHasARealLookingPhoneNumber() throws {
    let (_, _, library, _) = try ContentFolder.load(ContentFolder.shipped)
    for pack in library.packs.values {
      for (name, term) in pack.terms {
        let digits = term.value.filter(\.isNumber)
        if pack.id == "example-council" {
          #expect(digits.count < 6 || PackRules.isPlaceholder(term.value), "\(pack.id) \(name)")
        } else {
          // National lines everyone can call are allowed: 999, NHS 111 and Lifeline (Northern Ireland),
          // and a short number that is a service's name or a menu choice ("NHS 24", "press 2").
          let national: Set<String> = ["999", "111", "08088088000"]
          let numbers = term.value.split { !$0.isNumber && $0 != " " }.map { $0.filter(\.isNumber) }.filter { !$0.isEmpty }
          #expect(numbers.allSatisfy { national.contains($0) || $0.count <= 2 } || !term.isContact, "\(pack.id) \(name): \(term.value)")
        }
      }
    }
  }

  /// A council pack that changes one term changes every text that uses it, through other terms too,
  /// and no other text.
  @Test(arguments: [ContentFolder.shipped, ContentFolder.demo])
  func overridingOneTermChangesItEverywhereItIsUsedAndNowhereElse(root: String) throws {
    let (script, _, shipped, _) = try ContentFolder.load(root)
    let nation = shipped.packs["england"] != nil ? "england" : "cymru"
    let council = PackSource(id: "one-term", folder: "packs/one-term", files: [SourceFile(path: "packs/one-term/pack.txt", text: "pack\n  name: One term\n  version: 1\n  base: \(nation)\nterms\n  council: Anytown Borough Council\n")])
    let (extra, _) = PackLibrary.load(packs: [council], languages: [])
    var library = shipped
    library.packs["one-term"] = extra.packs["one-term"]
    let before = library.english(script, pack: nation)
    let after = library.english(script, pack: "one-term")
    let finishedBefore = library.finished(before)
    let finishedAfter = library.finished(after)
    func uses(_ names: [String], _ terms: [String: String], seen: Set<String> = []) -> Bool {
      names.contains { name in
        name == "council" || (!seen.contains(name) && terms[name].map { uses(Template($0, at: SourceLocation(file: "", line: 1, column: 1)).names, terms, seen: seen.union([name])) } == true)
      }
    }
    func rendered(_ text: ScriptText, _ terms: [String: String]) -> String {
      text.paragraphs.map { $0.render { terms[$0] } }.joined(separator: "\n")
    }
    let afterTexts = Dictionary(finishedAfter.texts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
    var changed = 0
    for text in finishedBefore.texts where text.kind != .term {
      let new = try #require(afterTexts[text.id])
      let usesCouncil = uses(text.paragraphs.flatMap(\.names), before.terms)
      let differs = rendered(text, finishedBefore.terms) != rendered(new, finishedAfter.terms)
      #expect(differs == usesCouncil, "\(text.id): uses {council} \(usesCouncil), changed \(differs)")
      if differs {
        changed += 1
        #expect(rendered(new, finishedAfter.terms).contains("Anytown Borough Council"))
      }
    }
    #expect(changed >= 2, "the conversation uses {council}")
    for (name, value) in finishedBefore.terms where name != "council" {
      let usesCouncil = uses(Template(before.terms[name] ?? "", at: SourceLocation(file: "", line: 1, column: 1)).names, before.terms)
      #expect((finishedAfter.terms[name] != value) == usesCouncil, "term \(name)")
    }
  }

  // MARK: Every nation's words in one transcript

  static func showcaseContent() throws -> (Script, PackLibrary) {
    let showcase = SourceFile(path: "script/10-showcase.txt", text: try String(contentsOfFile: Self.showcase + "/10-showcase.txt", encoding: .utf8))
    let system = SourceFile(path: "script/00-system.txt", text: try String(contentsOfFile: ContentFolder.shipped + "/script/00-system.txt", encoding: .utf8))
    let (script, diagnostics) = ScriptLoader.load([system, showcase])
    #expect(diagnostics.filter { $0.severity == .error }.isEmpty, "\(diagnostics)")
    var (_, _, library, _) = try ContentFolder.load(ContentFolder.shipped)
    // The showcase's own Welsh goes beside the shipped Welsh.
    var welsh = try #require(library.languages["cy"])
    let bundle = try Bundle(text: "=== languages/cy/extra.txt\n" + String(contentsOfFile: Self.showcase + "/cy.txt", encoding: .utf8))
    let filled = bundle.fill(bundle.files["languages/cy/extra.txt"] ?? "", english: script, library: library)
    let (extra, _) = PackLibrary.load(packs: [], languages: [LanguageSource(code: "cy", folder: "languages/cy", files: [SourceFile(path: "languages/cy/extra.txt", text: filled)])])
    for id in extra.languages["cy"]?.translation.order ?? [] {
      welsh.translation.entries[id] = extra.languages["cy"]?.translation.entries[id]
      welsh.translation.order.append(id)
    }
    library.languages["cy"] = welsh
    return (script, library)
  }

  static let showcaseCases: [String] = ["uk", "england", "scotland", "wales", "northern-ireland", "example-council", "wales.cy"]

  /// The golden transcript shows every term in each pack; Welsh under the Wales pack too.
  @Test(arguments: showcaseCases)
  func nationWordingMatchesGolden(_ name: String) throws {
    let (script, library) = try Self.showcaseContent()
    let parts = name.split(separator: ".").map(String.init)
    let engine = Engine(languages: library.engineLanguages(script, pack: parts[0]), initial: parts.count > 1 ? parts[1] : "en")
    let transcript = Transcript.run(engine, [parts.count > 1 ? "2" : "option 2"])
    if let mismatch = goldenMismatch(transcript, goldenPath: Self.golden + "/nation-\(name).txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
  }
}
