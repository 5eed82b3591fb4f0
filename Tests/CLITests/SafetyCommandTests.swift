import Foundation
import Testing
import TestSupport

/// `sds safety`, and the safety listener in `sds faq` and a piped conversation, through the real binary
/// on the shipped content.
@Suite struct SafetyCommandTests {
  @Test func saysWhatItHearsAndWhichRuleHeardIt() throws {
    let result = try runSDS(["safety", "my nephew has my bank card and wont give it back"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("financial (flag feels-unsafe, reply staying-safe): "))
    #expect(result.stdout.contains("Content/safety/en.txt:"))
    let nothing = try runSDS(["safety", "i would kill for a cup of tea"])
    #expect(nothing.stdout == "Nothing heard.\n")
  }

  @Test func readsOneAnswerALineAsJSON() throws {
    let lines = ["i want to end it all", "my knees are killing me", "mae fy mab yn fy nharo i", "\u{1B}[31mhe hits me\u{1B}[0m"]
    let result = try runSDS(["safety", "--json"], input: lines.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    let out = result.stdout.split(separator: "\n")
    #expect(out.count == lines.count)
    let heard = try out.map { line -> [[String: Any]] in
      let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
      return try #require(object["heard"] as? [[String: Any]])
    }
    let first: [String: Any] = heard[0].first ?? [:]
    #expect(first["flag"] as? String == "self-harm-risk")
    #expect(first["reply"] as? String == "self-harm-help")
    #expect(heard[1].isEmpty, "figurative words raise nothing")
    let welsh: [String: Any] = heard[2].first ?? [:]
    #expect(welsh["language"] as? String == "cy")
    let cleaned: [String: Any] = heard[3].first ?? [:]
    #expect(cleaned["kind"] as? String == "physical", "control characters are removed before listening")
    #expect(!result.stdout.contains("\u{1B}"))
  }

  @Test func aQuestionToTheFAQThatTellsOfHarmGetsHelpFirst() throws {
    let result = try runSDS(["faq", "--pack", "northern-ireland", "i dont want to be here anymore what can i do"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Thank you for telling me."))
    #expect(result.stdout.contains("116 123"))
    #expect(result.stdout.contains("Lifeline on 0808 808 8000"), "the pack's own urgent mental health line")
  }

  @Test func aPipedConversationHearsHarmAtTheFirstQuestionAndAsksItAgain() throws {
    let result = try runSDS(["--pack", "wales"], input: "i want to kill myself\nstop\nyes\n")
    #expect(result.stdout.contains("Samaritans"))
    #expect(result.stdout.contains("NHS 111 Wales, then press 2 for mental health"))
    let asked = result.stdout.components(separatedBy: "Who are you planning for?").count - 1
    #expect(asked >= 2, "the same question is asked again: harm is never taken as an answer")
  }
}
