import Foundation
import Testing
import TestSupport

/// The shipped content through the real binary: `sds check` on it, and switching to Welsh half way.
/// What a person sees under each nation's pack is tested in-process (SDSSessionTests/PipedTranscriptTests).
@Suite struct NationPackTests {
  static let content = repositoryRoot() + "/Content"

  /// Every shipped pack and language passes `sds check` with no errors, and the Welsh is complete and
  /// up to date; the only warnings are the ones that must stay (the draft Welsh, the example's placeholders).
  @Test func theShippedContentChecksWithNoErrorsAndTheWelshIsComplete() throws {
    let result = try runSDS(["check", Self.content])
    #expect(result.status == 0, "\(result.stdout)")
    #expect(result.stderr.contains(" 0 errors, "), "\(result.stderr)")
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let warnings = lines.filter { $0.contains(": warning ") }
    let unexpected = warnings.filter { !$0.contains(" W-LANGUAGE-DRAFT: ") && !($0.contains(" W-PLACEHOLDER: ") && $0.contains("packs/example-council/")) }
    #expect(unexpected.isEmpty, "\(unexpected.joined(separator: "\n"))")
    #expect(warnings.contains { $0.contains("packs/wales/pack.txt") && $0.contains(" W-LANGUAGE-DRAFT: ") })
    let coverage = lines.filter { $0.contains(" N-TRANSLATION-COVERAGE: ") }
    #expect(coverage.count == 3, "the language, the wales pack that offers it, and the FAQ in it")
    for line in coverage {
      #expect(line.contains("(100%) and "), "\(line)")
      #expect(!line.contains("changed since"), "\(line)")
    }
    // Each pack on its own, as a council would check theirs.
    for pack in ["uk", "england", "scotland", "wales", "northern-ireland", "example-council"] {
      let one = try runSDS(["check", Self.content, "--pack", pack])
      #expect(one.status == 0, "\(pack): \(one.stdout)")
      #expect(one.stderr.contains(" 0 errors, "), "\(pack): \(one.stderr)")
    }
  }

  /// Half way through under the wales pack, `language` then 2 carries on in Welsh. Every answer given
  /// before and after is in the draft exactly as typed, the same as a conversation all in English, and
  /// the draft records that it ended in Welsh.
  @Test func switchingToWelshHalfWayKeepsEveryAnswerAndTheDraftRecordsWelsh() throws {
    let before = ["1", "1", "Sam", "3", "", "", "no", "A walk in the park with my sister", "Staying in my own home"]
    let after = ["1", "Keep my home clean", "1", "", "", "", "", "", "", "", "cooking", "", "", "1", "1",
                 "Someone kind who knows me", "At home, in the mornings", "A local care company", "Stay in my own home", "",
                 "Lunch with my sister on Sundays", "2", ""]
    func run(_ lines: [String], language: String) throws -> [String: Any] {
      let outbox = makeTemporaryFolder("sds-welsh-switch")
      let result = try runSDS(["--content", Self.content, "--pack", "wales", "--outbox", outbox], input: lines.joined(separator: "\n") + "\n")
      #expect(result.status == 0, "\(result.stderr)")
      let names = try FileManager.default.contentsOfDirectory(atPath: outbox + "/new").filter { $0.hasSuffix(".json") }
      try #require(names.count == 1, "one draft sent in \(language): \(result.stdout.suffix(600))")
      let data = try Data(contentsOf: URL(fileURLWithPath: outbox + "/new/" + names[0]))
      return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
    }
    let english = try run(before + after + ["send", "no"], language: "en")
    let switched = try run(before + ["language", "2"] + after + ["anfon", "na"], language: "cy")
    #expect(english["language"] as? String == "en")
    #expect(switched["language"] as? String == "cy")
    #expect((switched["pack"] as? [String: Any])?["id"] as? String == "wales")

    func answers(_ draft: [String: Any]) throws -> [[String]] {
      let list = try #require(draft["answers"] as? [[String: Any]])
      return list.map { answer in [answer["question"], answer["store"], answer["value"]].map { value in
        if let text = value as? String { return text }
        if let many = value as? [Any] { return many.map { "\($0)" }.joined(separator: "; ") }
        return value.map { "\($0)" } ?? "null"
      } }
    }
    let fromEnglish = try answers(english)
    let fromSwitched = try answers(switched)
    #expect(fromEnglish.count >= 30)
    #expect(fromSwitched == fromEnglish, "the same answers, whichever language they were given in")
    let person = try #require(switched["person"] as? [String: Any])
    #expect(person["preferredName"] as? String == "Sam")
    let whatMatters = try #require(switched["whatMatters"] as? [String: Any])
    #expect(whatMatters["goodDay"] as? String == "A walk in the park with my sister", "typed before the switch, kept as typed")
    let outcomes = try #require(switched["outcomes"] as? [[String: Any]])
    #expect(outcomes.first?["inTheirWords"] as? String == "Keep my home clean", "typed after the switch, kept as typed")
    #expect(outcomes.first?["label"] as? String == "Rhedeg y cartref o ddydd i ddydd", "the area as the person saw it, in Welsh")
  }
}
