import Foundation
import SDSEngine
import Testing
import TestSupport

/// What other parts rely on in the shipped content: ids packs and translations key by, and the store names
/// the draft plan reads (the record contract).
@Suite struct ContentStructureTests {
  static let content = repositoryRoot() + "/Content"

  /// The store names of the record contract, plus those this conversation adds (`plan.kind`, which the
  /// contract's review rule names, `person.interpreter`, and the ways to reach a carer or the family
  /// member a person is contacted through).
  static let contract: Set<String> = [
    "completedBy.role", "completedBy.relationship", "completedBy.carerName", "completedBy.personAgrees",
    "completedBy.personDecides", "completedBy.legalAuthority", "completedBy.carerContact",
    "person.preferredName", "person.contact.method", "person.contact.phone", "person.contact.email", "person.contact.address",
    "person.contact.throughName", "person.contact.throughDetails", "person.needsHelpToTalk", "plan.saidMore",
    "person.communication", "person.language", "person.decisionHelp", "person.interpreter",
    "whatMatters.goodDay", "whatMatters.badDay", "whatMatters.mostImportant", "whatMatters.working", "whatMatters.notWorking",
    "outcomes.areas", "outcomes.*.inTheirWords", "outcomes.*.working", "outcomes.*.notWorking", "outcomes.*.canDo", "outcomes.*.whoHelps",
    "strengths.goodAt", "strengths.people", "strengths.community",
    "safety.safeAtHome", "safety.safeOut", "safety.worries", "safety.whatWouldHelp",
    "carer.whatTheyDo", "carer.gettingHarder", "carer.wantsSupport",
    "support.designed", "support.provided", "support.who", "support.achieve", "support.times", "support.mustNotChange",
    "option.preferred", "questions", "plan.kind",
    "review.howGoing", "review.changed", "review.outcomesMet", "review.optionSuits", "review.currentOption",
  ]

  static let flags: Set<String> = [
    "self-harm-risk", "feels-unsafe", "safety-not-sure", "carer-needs-support", "carer-struggling", "decision-support-needed", "no-consent", "needs-interpreter", "review-requested",
  ]

  static func script() throws -> Script { try TranscriptHarness.loadScript(content).0 }

  /// Every node in the script, in order, with the section it is in.
  static func nodes(_ script: Script) -> [(section: String, node: Node)] {
    var result: [(String, Node)] = []
    func visit(_ nodes: [Node], _ section: String) {
      for node in nodes {
        result.append((section, node))
        switch node {
        case .forEach(let loop): visit(loop.body, section)
        case .conditional(let block): visit(block.body, section)
        default: break
        }
      }
    }
    for section in script.sections { visit(section.nodes, section.id) }
    return result
  }

  @Test func everySayHasAnID() throws {
    let missing = Self.nodes(try Self.script()).compactMap { entry -> String? in
      if case .say(let say) = entry.node, say.id == nil { return "\(say.location.file):\(say.location.line)" }
      return nil
    }
    #expect(missing.isEmpty, "\(missing)")
  }

  @Test func everyStoreNameIsFromTheRecordContract() throws {
    let script = try Self.script()
    let stores = script.questions.values.compactMap(\.store)
    let unknown = Set(stores).subtracting(Self.contract).sorted()
    #expect(unknown.isEmpty, "\(unknown)")
    // The outcome areas are the contract's 10 ids, in the shared list the draft reads.
    let areas = try #require(script.choiceLists["outcome-areas"]).map(\.id)
    #expect(areas == ["home-life", "personal-care", "relationships", "local-activities", "learning-work", "feeling-safe", "not-hurting", "eat-drink", "decisions", "support-when-needed"])
    #expect(script.questions["outcome-areas"]?.choiceList == "outcome-areas")
    let options = try #require(script.choiceLists["options"]).map(\.id)
    #expect(options == ["option-1", "option-2", "option-3", "option-4", "not-sure"])
    #expect(script.questions["who-for"].map { script.choices(of: $0).map(\.id) } == ["self", "carer", "learn"])
    #expect(script.questions["legal-authority"].map { script.choices(of: $0).map(\.id) } == ["power-of-attorney", "guardianship", "neither", "not-sure"])
    #expect(script.questions["contact-how"].map { script.choices(of: $0).map(\.id) } == ["phone", "email", "letter", "through-carer"])
  }

  @Test func everyFlagIsOneTheKeyWorkerKnows() throws {
    let raised = Set(Self.nodes(try Self.script()).compactMap { entry -> String? in
      if case .flag(let flag) = entry.node { return flag.name }
      return nil
    }).union(try Self.script().topics.compactMap(\.flag))
    #expect(raised == Self.flags)
  }

  /// The ids packs and translations use, listed so that a change to one shows up in review. Ids never
  /// change once written: re-record this only to add new ones.
  @Test func theIdsOthersUseAreListed() throws {
    let script = try Self.script()
    var lines: [String] = []
    var lastSection = ""
    for (section, node) in Self.nodes(script) {
      if section != lastSection {
        lines.append("section \(section)")
        lastSection = section
      }
      switch node {
      case .say(let say): lines.append("  say \(say.id ?? "?")" + (say.topic.map { " (topic \($0))" } ?? ""))
      case .ask(let question): lines.append("  ask \(question.id) \(question.kind.rawValue)" + (question.store.map { " -> \($0)" } ?? ""))
      case .flag(let flag): lines.append("  flag \(flag.name)")
      default: break
      }
    }
    for topic in script.topics { lines.append("topic \(topic.id)") }
    for (id, list) in script.choiceLists.sorted(by: { $0.key < $1.key }) {
      lines.append("choices \(id): " + list.map(\.id).joined(separator: ", "))
    }
    let text = lines.joined(separator: "\n") + "\n"
    if let mismatch = goldenMismatch(text, goldenPath: folder(of: #filePath) + "/Golden/content/ids.txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
  }
}
