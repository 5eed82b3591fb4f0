import Foundation
import Testing
import TestSupport

/// The Welsh FAQ through the real binary: `sds faq --pack wales --lang cy`, a Welsh question in the
/// middle of a conversation in Welsh, `sds check`'s FAQ coverage and stale warnings, and
/// `sds translate cy --faq`.
@Suite struct WelshFAQCommandTests {
  static let root = repositoryRoot()
  static let welsh = ["--pack", "wales", "--lang", "cy"]

  /// A copy of the shipped content, to change.
  static func copyOfContent() throws -> String {
    let folder = makeTemporaryFolder("sds-welsh-faq") + "/Content"
    try FileManager.default.copyItem(atPath: root + "/Content", toPath: folder)
    return folder
  }

  static func json(_ line: Substring) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
  }

  @Test func aWelshQuestionGetsAWelshAnswer() throws {
    let result = try runSDS(["faq", "--content", Self.root + "/Content"] + Self.welsh + ["be di taliad uniongyrchol?"])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.hasPrefix("Beth yw taliad uniongyrchol?\n\nTaliad uniongyrchol yw arian gan eich cyngor sy'n cael ei dalu i chi"), "\(result.stdout)")
    let unrelated = try runSDS(["faq", "--content", Self.root + "/Content"] + Self.welsh + ["pryd mae'r llyfrgell yn cau"])
    #expect(unrelated.stdout.hasPrefix("Dim ond gyda chynllunio gofal a chymorth y galla i helpu"), "\(unrelated.stdout)")
    let none = try runSDS(["faq", "--content", Self.root + "/Content"] + Self.welsh + ["sut mae llenwi hwn?"])
    #expect(none.stdout.hasPrefix("Does gen i ddim ateb i'r cwestiwn yna yma."), "\(none.stdout)")
    #expect(none.stdout.contains("y rhif ffôn ar wefan eich cyngor"), "the Welsh terms are filled in")
  }

  /// `--json` and a batch work the same in Welsh: one object a line, in order.
  @Test func jsonAndBatchWorkInWelsh() throws {
    let questions = ["fydd e'n effeithio ar fy mudd-dal", "mae gen i ofn fy ngofalwr", "beth yw cyfrinair y wifi", "", "alla i gael lifft grisiau"]
    let result = try runSDS(["faq", "--json", "--content", Self.root + "/Content"] + Self.welsh, input: questions.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    let objects = try result.stdout.split(separator: "\n").map(Self.json)
    #expect(objects.count == questions.count)
    #expect(objects.map { $0["match"] as? String } == ["benefits", "safeguarding", nil, nil, "equipment"])
    let list = try runSDS(["faq", "--list", "--json", "--content", Self.root + "/Content"] + Self.welsh)
    let entries = try list.stdout.split(separator: "\n").map(Self.json)
    #expect(entries.count == 40)
    #expect(entries.first?["title"] as? String == "Beth yw cymorth hunangyfeiriedig?")
    #expect(entries.allSatisfy { !(($0["answer"] as? String) ?? "{").contains("{") })
    let assessment = entries.first { $0["id"] as? String == "assessment" }
    #expect((assessment?["answer"] as? String)?.hasPrefix("Yng Nghymru, mae asesiad yn sgwrs \"beth sy'n bwysig\"") == true, "the pack's nation")
    let scotland = try runSDS(["faq", "--nation", "scotland", "--content", Self.root + "/Content"] + Self.welsh + ["beth sy'n digwydd mewn asesiad"])
    #expect(scotland.stdout.contains("Yn yr Alban, mae asesiad yn aml yn dechrau"), "\(scotland.stdout)")
  }

  /// When the English of an answer changes, `sds check` warns at the Welsh translation's line, people
  /// asking in Welsh see the new English (with the Welsh title, which did not change), and
  /// `sds translate cy --faq` marks it for the translator.
  @Test func aChangedEnglishAnswerIsShownInEnglishAndCheckWarns() throws {
    let content = try Self.copyOfContent()
    let faqFile = content + "/faq/20-money.txt"
    let english = try String(contentsOfFile: faqFile, encoding: .utf8)
    let old = "  answer: A direct payment is not counted as income for your benefits."
    #expect(english.contains(old))
    try english.replacingOccurrences(of: old, with: "  answer: A direct payment is never counted as income for your benefits.").write(toFile: faqFile, atomically: true, encoding: .utf8)

    let check = try runSDS(["check", content])
    #expect(check.status == 0, "\(check.stdout)")
    let translation = try String(contentsOfFile: content + "/languages/cy/faq.txt", encoding: .utf8)
    let line = try #require(translation.components(separatedBy: "\n").firstIndex { $0.hasPrefix("faq.benefits.answer ") }) + 1
    #expect(check.stdout.contains("languages/cy/faq.txt:\(line):1: warning W-TRANSLATION-STALE: The English of faq.benefits.answer changed after it was translated. People see the English for now."), "\(check.stdout)")
    #expect(check.stdout.contains("languages/cy/faq.txt:1:1: note N-TRANSLATION-COVERAGE: Cymraeg (cy) has 142 of 143 FAQ texts (99%) and 42 of 42 keyword lists; 1 changed since it was translated."), "\(check.stdout)")
    #expect(!check.stdout.contains("faq.txt:1:1: warning W-TRANSLATION-INCOMPLETE"), "a changed text is stale, not missing")

    let asked = try runSDS(["faq", "--content", content] + Self.welsh + ["fydd e'n effeithio ar fy mudd-daliadau"])
    #expect(asked.stdout.hasPrefix("Fydd hyn yn effeithio ar fy mudd-daliadau?\n\nA direct payment is never counted as income"), "\(asked.stdout)")

    let translate = try runSDS(["translate", "cy", "--faq", "--content", content])
    #expect(translate.status == 0, "\(translate.stderr)")
    #expect(translate.stdout.contains("185 texts: 184 done, 0 to do, 1 changed since translated (check them)."), "\(translate.stdout)")
    let marked = try String(contentsOfFile: content + "/languages/cy/faq.txt", encoding: .utf8)
    #expect(marked.contains("  was: A direct payment is not counted as income for your benefits."))
    #expect(marked.contains("synonyms\n  # Short forms"), "the word lists are kept as written")
  }

  @Test func translateWritesTheFAQFileAndKeepsEveryTranslation() throws {
    let content = try Self.copyOfContent()
    let file = content + "/languages/cy/faq.txt"
    let before = try String(contentsOfFile: file, encoding: .utf8)
    let result = try runSDS(["translate", "cy", "--faq", "--content", content])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("languages/cy/faq.txt"))
    #expect(result.stdout.contains("185 texts: 185 done, 0 to do, 0 changed since translated (check them)."), "\(result.stdout)")
    func entries(_ text: String) -> [String] { text.split(separator: "\n").filter { !$0.hasPrefix("# -----") }.map(String.init) }
    #expect(entries(try String(contentsOfFile: file, encoding: .utf8)) == entries(before), "the file as shipped is as sds translate writes it")
    // The conversation's own file is not touched, and the FAQ file is not read as part of it.
    let texts = try runSDS(["translate", "cy", "--content", content])
    #expect(texts.stdout.contains("languages/cy/texts.txt") && !texts.stdout.contains("faq.txt"))
    let both = try runSDS(["translate", "cy", "--faq", "--pack", "wales", "--content", content])
    #expect(both.status == 64 && both.stderr.contains("use --faq or --pack, not both"))
    let new = try runSDS(["translate", "gd", "--faq", "--content", content])
    #expect(new.status == 0 && new.stdout.contains("0 done, 185 to do"), "\(new.stdout)")
    #expect(try String(contentsOfFile: content + "/languages/gd/faq.txt", encoding: .utf8).contains("\nsynonyms\n"))
  }

  /// A language a pack offers with no FAQ translation answers in English, and `sds check` says so.
  @Test func aLanguageWithNoFAQTranslationAnswersInEnglish() throws {
    let content = try Self.copyOfContent()
    try FileManager.default.removeItem(atPath: content + "/languages/cy/faq.txt")
    let check = try runSDS(["check", content])
    #expect(check.stdout.contains("warning W-TRANSLATION-INCOMPLETE: Cymraeg (cy) has no FAQ translation"), "\(check.stdout)")
    let asked = try runSDS(["faq", "--content", content] + Self.welsh + ["what is a direct payment"])
    #expect(asked.stdout.hasPrefix("What is a direct payment?"), "\(asked.stdout)")
  }
}
