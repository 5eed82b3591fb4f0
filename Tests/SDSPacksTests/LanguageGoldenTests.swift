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

  /// Reading a language only when the person first switches to it changes nothing they see.
  @Test(arguments: ["en", "cy"])
  func languagesReadLaterSayExactlyTheSame(initial: String) throws {
    let inputs = try Transcript.lines(Self.golden + "/language-switch.input")
    let (script, _, eager, _) = try ContentFolder.load(ContentFolder.demo)
    let (_, _, deferred, problems) = try ContentFolder.load(ContentFolder.demo, deferring: ["cy"])
    #expect(problems.isEmpty)
    #expect(deferred.languages["cy"]?.settings?.name == "Cymraeg", "the settings are read at once")
    #expect(deferred.languages["cy"]?.translation.entries.isEmpty == true, "the translations are not")
    let later = deferred.engineLanguages(script, pack: "anytown", initial: initial)
    let now = eager.engineLanguages(script, pack: "anytown")
    #expect(later.map(\.offer) == now.map(\.offer))
    #expect(later.map(\.openingWords) == now.map(\.openingWords))
    #expect(later.map(\.offer) == ["To use English, type language.", "I ddefnyddio'r Gymraeg, teipiwch iaith."])
    let a = Transcript.run(Engine(languages: later, initial: initial), inputs)
    let b = Transcript.run(Engine(languages: now, initial: initial), inputs)
    #expect(a == b)
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
