import Foundation
import SDSEngine
import Testing
import TestSupport

/// Every text a person sees has a stable id derived from the script's own ids; replacing by id
/// changes that text and nothing else.
@Suite struct ScriptTextTests {
  static func demo() throws -> Script {
    let (script, diagnostics) = try TranscriptHarness.loadScript(folder(of: #filePath) + "/Fixtures/demo")
    #expect(diagnostics.isEmpty)
    return script
  }

  /// The ids of the demo conversation file, in the order a translator meets them.
  @Test func idsFollowTheScriptInOrder() throws {
    let ids = try Self.demo().texts.filter { $0.location.file.hasSuffix("10-demo.txt") }.map(\.id)
    #expect(ids == [
      "say.hello",
      "ask.who-for.prompt", "ask.who-for.choice.self", "ask.who-for.choice.carer", "ask.who-for.choice.learn",
      "ask.who-for.help", "ask.who-for.why", "ask.who-for.label",
      "section.about.title",
      "ask.cared-name.prompt", "ask.cared-name.help", "ask.cared-name.label",
      "let.them", "let.them.2",
      "ask.good-day.prompt", "ask.good-day.help", "ask.good-day.label",
      "ask.nickname.prompt", "ask.nickname.help", "ask.nickname.label",
      "ask.feel-safe.prompt", "ask.feel-safe.help", "ask.feel-safe.label",
      "say.unsafe-now",
      "section.outcomes.title",
      "ask.areas.prompt", "ask.areas.help", "ask.areas.label",
      "ask.goal.prompt", "ask.goal.help", "ask.goal.label",
      "ask.helpers.prompt", "ask.helpers.add-another", "ask.helpers.help", "ask.helpers.label",
      "ask.carer-ok.prompt", "ask.carer-ok.help", "ask.carer-ok.label",
      "check.check",
      "say.sent",
      "ask.spell.prompt", "ask.spell.help",
      "say.spelled",
      "say.learn-more",
      "topic.privacy",
      "choices.areas-list.daily-living", "choices.areas-list.home", "choices.areas-list.people",
    ])
  }

  @Test func everyIdIsUniqueAndMessagesAndTermsHaveIds() throws {
    let texts = try Self.demo().texts
    #expect(Set(texts.map(\.id)).count == texts.count)
    #expect(texts.contains { $0.id == "message.needs-answer" && $0.kind == .message })
    #expect(texts.contains { $0.id == "term.council" && $0.source == "your council or Trust" })
    let say = try #require(texts.first { $0.id == "say.hello" })
    #expect(say.paragraphs.count == 2)
    #expect(say.source == "Hello. This is a short practice conversation.\nType help at any question to see what you can type.")
    #expect(texts.first { $0.id == "ask.who-for.choice.carer" }?.words == ["my mum", "my dad", "relative"])
  }

  /// Each id in turn replaced by a marker: exactly that text changes, and the structure does not.
  @Test func replacingOneIdChangesThatTextOnly() throws {
    let script = try Self.demo()
    let before = script.texts
    for text in before {
      let at = SourceLocation(file: "pack.txt", line: 1, column: 1)
      let replaced = script.replacingTexts([text.id: TextReplacement(paragraphs: [Template("NEW", at: at)], words: ["fresh"])])
      let after = Dictionary(replaced.texts.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
      #expect(after.keys.sorted() == before.map(\.id).sorted(), "ids changed when \(text.id) was replaced")
      for old in before {
        if old.id == text.id {
          #expect(after[old.id]?.source == "NEW", "\(text.id) was not replaced")
        } else {
          #expect(after[old.id]?.source == old.source, "\(old.id) changed when \(text.id) was replaced")
        }
      }
      #expect(replaced.questions.keys.sorted() == script.questions.keys.sorted())
      #expect(replaced.sections.map(\.id) == script.sections.map(\.id))
    }
  }

  @Test func choiceAndTopicWordsAreReplacedOnlyWhenGiven() throws {
    let script = try Self.demo()
    let at = SourceLocation(file: "pack.txt", line: 1, column: 1)
    let kept = script.replacingTexts(["ask.who-for.choice.carer": TextReplacement(paragraphs: [Template("Rhywun", at: at)])])
    let choice = try #require(kept.questions["who-for"]?.choices.first { $0.id == "carer" })
    #expect(choice.label.source == "Rhywun")
    #expect(choice.aliases == ["my mum", "my dad", "relative"])
    let topic = script.replacingTexts(["topic.privacy": TextReplacement(paragraphs: [], words: ["Preifatrwydd", "fy nata"])])
    #expect(topic.topics.first?.words == ["preifatrwydd", "fy nata"])
    #expect(topic.topics.first?.paragraphs.first?.source == "Your answers go only to {council}.")
  }
}
