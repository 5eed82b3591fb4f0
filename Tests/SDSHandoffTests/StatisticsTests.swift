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
    #expect(options["option-2"] == .exactly(6))
    #expect(options["not-sure"] == .fewerThanThreshold)
    let roles = Dictionary(uniqueKeysWithValues: stats.completedBy.map { ($0.id, $0.count) })
    #expect(roles["self"] == .exactly(6))
    #expect(roles["carer"] == .fewerThanThreshold)
    #expect(DraftStatistics.Count.fewerThanThreshold.description == "fewer than 5")
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
