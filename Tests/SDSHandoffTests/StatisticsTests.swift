import Foundation
import SDSEngine
import SDSHandoff
import Testing

@Suite struct StatisticsTests {
  func drafts(selfCount: Int, carerCount: Int) -> [Draft] {
    var random = SeededRandom(40)
    var result: [Draft] = []
    for index in 0..<(selfCount + carerCount) {
      var fixture = index < selfCount ? RecordFixtures.selfFull : RecordFixtures.carer
      fixture.metadata.reference = Reference.random(using: &random)
      result.append(fixture.draft)
    }
    return result
  }

  @Test func countsOfFiveOrMoreAreShownAndSmallerOnesHidden() {
    let stats = DraftStatistics(drafts(selfCount: 6, carerCount: 3))
    #expect(stats.drafts == .exactly(9))
    let areas = Dictionary(uniqueKeysWithValues: stats.outcomeAreas.map { ($0.id, $0.count) })
    #expect(areas["home-life"] == .exactly(6))
    #expect(areas["local-activities"] == .exactly(6))
    #expect(areas["feeling-safe"] == .fewerThanThreshold, "3 carers chose it")
    #expect(areas["learning-work"] == .fewerThanThreshold, "nobody chose it, and it is still listed")
    let options = Dictionary(uniqueKeysWithValues: stats.options.map { ($0.id, $0.count) })
    #expect(options["directed"] == .exactly(6))
    #expect(options["not-sure"] == .fewerThanThreshold)
    let roles = Dictionary(uniqueKeysWithValues: stats.completedBy.map { ($0.id, $0.count) })
    #expect(roles["self"] == .exactly(6))
    #expect(roles["carer"] == .fewerThanThreshold)
    #expect(DraftStatistics.Count.fewerThanThreshold.description == "fewer than 5")
  }

  /// Drafts from every nation's pack count together by what was chosen, whatever the pack called it
  /// and in whatever order it listed it; a draft written before `answer` was pack-independent counts too.
  @Test func optionsAreCountedByTheirMeaningInEveryNation() throws {
    var all: [Draft] = []
    let labels = ["Option 2: choose the support, and someone else arranges it", "An individual service fund, if your council offers one",
                  "Option 2: a managed budget: choose the support, and someone else holds the money"]
    for (index, label) in (labels + labels).enumerated() {
      var draft = RecordFixtures.selfFull.draft
      draft.option = Draft.OptionChoice(preferred: 2, answer: "directed", label: label)
      if index == 5 {
        // The older form kept the choice id: it reads as the same answer.
        let json = try JSONEncoder().encode(Draft.OptionChoice(preferred: 2, answer: "option-2", label: label))
        draft.option = try JSONDecoder().decode(Draft.OptionChoice.self, from: json)
        #expect(draft.option.answer == "directed")
      }
      all.append(draft)
    }
    let options = Dictionary(uniqueKeysWithValues: DraftStatistics(all).options.map { ($0.id, $0.count) })
    #expect(options["directed"] == .exactly(6))
    #expect(Set(DraftStatistics(all).options.map(\.id)) == Set(Draft.OptionChoice.answers + ["not-asked"]))
  }

  @Test(arguments: [
    ("option-1", "direct-payment", 1), ("option-2", "directed", 2), ("option-3", "council-arranged", 3), ("option-4", "mix", 4),
    ("not-sure", "not-sure", nil), ("council-arranged", "council-arranged", 3),
  ] as [(String, String, Int?)])
  func eachChoiceHasOneMeaning(_ choice: String, _ answer: String, _ number: Int?) {
    #expect(Draft.OptionChoice.answer(forChoice: choice) == answer)
    #expect(Draft.OptionChoice.number(forAnswer: answer) == number)
  }

  @Test func fewerThanFiveDraftsHidesEvenTheTotal() {
    let stats = DraftStatistics(drafts(selfCount: 2, carerCount: 2))
    #expect(stats.drafts == .fewerThanThreshold)
    #expect(stats.outcomeAreas.allSatisfy { $0.count == .fewerThanThreshold })
    #expect(JSONWriter.compact(stats.json).hasPrefix(#"{"drafts":"fewer than 5","threshold":5,"#))
  }

  /// The words beside a hidden count must not give away that somebody chose it: an area nobody chose
  /// reads exactly like one chosen by 1 to 4 people.
  @Test func anAreaNobodyChoseLooksLikeOneAFewChose() {
    let stats = DraftStatistics(drafts(selfCount: 2, carerCount: 1))
    for row in stats.outcomeAreas {
      #expect(row.label == DraftStatistics.knownAreaLabels[row.id], "\(row.id) is shown as \(row.label)")
    }
    #expect(stats.outcomeAreas.map(\.id) == DraftStatistics.knownAreas)
  }
}
