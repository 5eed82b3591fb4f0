import Foundation
import SDSEngine
import SDSPacks
import Testing
import TestSupport

/// Switching language in the middle keeps every answer, as typed, under a council pack in Welsh.
@Suite struct LanguageGoldenTests {
  static let golden = folder(of: #filePath) + "/Golden"

  @Test func switchingLanguageKeepsEveryAnswerGolden() throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.demo)
    let engine = Engine(languages: library.engineLanguages(script, pack: "anytown"), initial: "en")
    let transcript = Transcript.run(engine, try Transcript.lines(Self.golden + "/language-switch.input"))
    if let mismatch = goldenMismatch(transcript, goldenPath: Self.golden + "/language-switch.txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
  }

  @Test func theAnswersAreTheSameWhicheverLanguageTheyWereGivenIn() throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.demo)
    let languages = library.engineLanguages(script, pack: "anytown")
    var english = Conversation(engine: Engine(languages: languages, initial: "en"))
    var welsh = Conversation(engine: Engine(languages: languages, initial: "cy"))
    _ = english.start()
    _ = welsh.start()
    for line in ["2", "Joan", "A walk", "", "yes", "1, 3"] { _ = english.handle(.input(line)) }
    for line in ["2", "Joan", "A walk", "", "ie", "1, 3"] { _ = welsh.handle(.input(line)) }
    #expect(english.record.fields == welsh.record.fields)
    #expect(english.record.fields["outcomes.areas"] == .choices(["daily-living", "people"]))
    #expect(english.record.language == "en" && welsh.record.language == "cy")
    #expect(welsh.record.entries.first?.display == "Rhywun rwy'n gofalu amdano")
  }
}
