import Foundation
import SDSHandoff
import Testing
import TestSupport

/// The person's own copy: their answers, the reference and what happens next, without the answers
/// about feeling safe or anything about harm, which someone who harms them could read.
@Suite struct PersonalCopyTests {
  static func copy(_ fixture: RecordFixtures.Fixture) -> PersonalCopy {
    let draft = Draft(record: fixture.record, metadata: fixture.metadata)
    return PersonalCopy(draft, nextSteps: ["Your draft plan has been sent to the council."], timeZone: TimeZone(identifier: "Europe/London")!)
  }

  @Test(arguments: RecordFixtures.all.map(\.name))
  func theCopyLeavesOutSafetyBySectionAndSaysSo(_ name: String) throws {
    let fixture = try #require(RecordFixtures.all.first { $0.name == name })
    let copy = Self.copy(fixture)
    #expect(!copy.sectionIDs.contains("safety") && !copy.sectionIDs.contains("triage") && !copy.sectionIDs.contains("answers"))
    #expect(Set(copy.sectionIDs).isSubset(of: Set(PersonalCopy.keptSections)))
    for page in [copy.html(), copy.text()] {
      #expect(page.contains(PersonalCopy.leftOutLine))
      #expect(page.contains(copy.reference))
      #expect(page.contains("Your draft plan has been sent to the council."))
      // No answer from the safety section, and no outcome about harm, appears anywhere.
      for entry in fixture.record.entries where entry.sectionID == "safety" {
        if case .text(let words) = entry.value { #expect(!page.contains(words), "\(name): \(words)") }
      }
      #expect(!page.contains("Feels safe at home"))
    }
  }

  @Test func anOutcomeAboutHarmIsLeftOutButTheOthersStay() throws {
    let copy = Self.copy(RecordFixtures.carer)
    let page = copy.html()
    #expect(!page.contains("He should not wander out at night."), "the feeling-safe outcome")
    #expect(page.contains("Eat a hot meal every day"))
    #expect(page.contains("That he is not on his own at night."), "what matters most stays")
  }

  @Test func anAnswerInWhichHarmWasHeardIsLeftOutEvenInAKeptSection() throws {
    let fixture = RecordFixtures.selfFull
    var draft = Draft(record: fixture.record, metadata: fixture.metadata)
    let said = try #require(draft.whatMatters.goodDay ?? draft.whatMatters.mostImportant)
    let json = try JSONSerialization.data(withJSONObject: ["question": "good-day", "words": said, "kind": "domestic", "language": "en"])
    draft.safety.disclosures = [try JSONDecoder().decode(Draft.Disclosure.self, from: json)]
    let copy = PersonalCopy(draft, nextSteps: [], timeZone: .current)
    #expect(!said.contains("'") && !copy.html().contains(said) && !copy.text().contains(said))
    #expect(copy.sectionIDs.contains("what-matters"), "the rest of the section stays")
  }

  @Test func theCopyWritesNothingThePersonTypedAsMarkup() throws {
    let page = Self.copy(RecordFixtures.hostile).html()
    #expect(!page.contains("<script"))
    #expect(page.contains("Content-Security-Policy"))
  }

  @Test func aCopyIsANewFileNeverReplacingAnother() throws {
    let folder = CopyFolder(path: makeTemporaryFolder("sds-copy") + "/Documents")
    let copy = Self.copy(RecordFixtures.selfFull)
    let path = try folder.write(copy)
    #expect(path.hasSuffix("/draft-plan-\(copy.reference).html"))
    #expect(mode(path) & 0o777 == 0o600)
    #expect(try String(contentsOfFile: path, encoding: .utf8) == copy.html())
    #expect(throws: FileSystemError.self) { try folder.write(copy) }
    #expect(names(folder.path) == ["draft-plan-\(copy.reference).html"], "no scratch file is left behind")
  }
}
