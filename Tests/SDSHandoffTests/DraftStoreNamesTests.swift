import Foundation
import SDSEngine
import SDSHandoff
import Testing

/// `Draft.storeNames`, which `sds check` holds every `store:` line to, is exactly the names the draft
/// builder reads: each one fills a field of the key worker's form, and a name off the list fills none.
@Suite struct DraftStoreNamesTests {
  /// The draft's fields for a record with one answer, leaving out the list of raw answers (which keeps
  /// every answer, whatever its store name).
  static func fields(_ store: String?) -> [String] {
    let name = store?.replacingOccurrences(of: "*", with: "home-life")
    let values: [AnswerValue] = [.text("Tea in the garden"), .choice("review"), .choice("carer"), .yesNo(.yes), .list(["Ann"]), .choices(["home-life"])]
    return values.map { value in
      let entry = Record.Entry(questionID: "q", storeName: name, prompt: "Q?", label: "Q", sectionID: "s", value: value, display: "answer")
      var draft = Draft(record: Record(entries: name == nil ? [] : [entry]), metadata: RecordFixtures.minimal.metadata)
      draft.answers = []
      return draft.jsonText()
    }
  }

  static let empty = fields(nil)

  @Test(arguments: Draft.storeNames.sorted())
  func everyNameFillsAField(name: String) {
    let changed = Self.fields(name) != Self.empty
    #expect(changed, "\(name) changes nothing in the draft")
  }

  @Test(arguments: ["person.interpreter", "person.preferedName", "outcomes.*.inTheirWord", "questions.extra"])
  func aNameOffTheListFillsNone(name: String) {
    #expect(!Draft.storeNames.contains(name))
    let changed = Self.fields(name) != Self.empty
    #expect(!changed, "\(name) changes the draft: add it to Draft.storeNames")
  }
}
