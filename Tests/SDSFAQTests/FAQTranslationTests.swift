import Foundation
import SDSEngine
@testable import SDSFAQ
import SDSPacks
import Testing

/// The FAQ's translations: one file a language, the English shown wherever a translation is missing or
/// out of date, `sds check`'s coverage and stale warnings, and `sds translate`'s file kept as written.
@Suite struct FAQTranslationTests {
  /// A small FAQ in English.
  static let english = """
    message no-match
      I do not have an answer to that.
      You can also ask {council}.

    message unrelated
      I can only help with planning care and support.

    faq benefits
      title: Will this affect my benefits?
      keywords: benefits, pip
      answer: A direct payment is not counted as income. Ask an adviser. Ask {council} too.
      answer for wales: In Wales, it is not counted as income. Ask an adviser. Ask {council} too.
      answer for scotland: In Scotland, it is not counted as income. Ask an adviser. Ask {council} too.

    faq seven-steps
      title: What are the 7 steps?
      answer: There are 7 steps.
        1. Find out.
        2. Plan.
        After step 2 you start again.
      more for england, wales: You can be at two steps at once.

    faq safeguarding
      title: What if I do not feel safe?
      keywords: feel safe
      answer: Call {emergency} now. Tell someone you trust. You are not alone.

    """

  static func content(_ text: String = english) -> FAQContent {
    let (content, problems) = FAQLoader.load([SourceFile(path: "faq/10.txt", text: text)], termNames: ["council", "emergency"])
    #expect(problems.filter { $0.severity == .error }.isEmpty, "\(problems)")
    return content
  }

  /// The translation file `sds translate cy --faq` writes for `content`, with every text filled in from
  /// `welsh` (by id, one string a line) and `words` at the end.
  static func translation(for content: FAQContent, _ welsh: [String: [String]], words: String = welshWords) -> String {
    let (written, _) = FAQTranslationWriter.write(content: content, code: "cy", name: "Cymraeg", existing: nil, existingText: words, command: "sds translate cy --faq")
    var out: [String] = []
    var id: String?
    var filled: Set<String> = []
    for line in written.components(separatedBy: "\n") {
      if let first = line.split(separator: " ").first, !line.hasPrefix(" "), !line.hasPrefix("#") { id = String(first) }
      if line == "  cy:", let id, let lines = welsh[id] {
        if !filled.contains(id) {
          out += lines.map { "  cy: " + $0 }
          filled.insert(id)
        }
        continue
      }
      out.append(line)
    }
    return out.joined(separator: "\n")
  }

  static let welshWords = """
    # Geiriau
    synonyms
      budd-daliadau: budd-dal, pip

    ignore
      a, y, yr, i, fy, yn, n, beth, yw, fydd, hyn, ar, am, e, mae, gen

    question words
      beth, fydd

    unrelated
      llyfrgell

    """

  static let welsh: [String: [String]] = [
    "faq-message.no-match": ["Does gen i ddim ateb i hynny.", "Gallwch chi hefyd holi {council}."],
    "faq-message.unrelated": ["Dim ond gyda chynllunio gofal a chymorth y galla i helpu."],
    "faq.benefits.title": ["Fydd hyn yn effeithio ar fy mudd-daliadau?"],
    "faq.benefits.answer": ["Dydy taliad uniongyrchol ddim yn cael ei gyfrif fel incwm. Holwch gynghorydd. Holwch {council} hefyd."],
    "faq.benefits.answer.wales": ["Yng Nghymru, dydy e ddim yn cael ei gyfrif fel incwm. Holwch gynghorydd. Holwch {council} hefyd."],
    "faq.benefits.keywords": ["budd-daliadau, pip, credyd cynhwysol"],
    "faq.seven-steps.title": ["Beth yw'r 7 cam?"],
    "faq.seven-steps.answer": ["Mae 7 cam.", "1. Cael gwybod.", "2. Cynllunio.", "Ar ôl cam 2 rydych chi'n dechrau eto."],
    "faq.seven-steps.more.england.wales": ["Gallwch chi fod ar ddau gam ar unwaith."],
    "faq.safeguarding.title": ["Beth os nad ydw i'n teimlo'n ddiogel?"],
    "faq.safeguarding.answer": ["Ffoniwch {emergency} nawr. Dywedwch wrth rywun rydych chi'n ymddiried ynddo. Dydych chi ddim ar eich pen eich hun."],
    "faq.safeguarding.keywords": ["teimlo'n ddiogel, ofn"],
  ]

  static func read(_ text: String) -> (FAQTranslation, [Diagnostic]) {
    FAQTranslation.read(SourceFile(path: "languages/cy/faq.txt", text: text), code: "cy")
  }

  @Test func everyTextHasAnIDFromTheFilesInTheirOrder() {
    let ids = Self.content().translatableTexts.map(\.id)
    #expect(ids == [
      "faq-message.no-match", "faq-message.unrelated",
      "faq.benefits.title", "faq.benefits.answer", "faq.benefits.answer.scotland", "faq.benefits.answer.wales", "faq.benefits.keywords",
      "faq.seven-steps.title", "faq.seven-steps.answer", "faq.seven-steps.more.england.wales",
      "faq.safeguarding.title", "faq.safeguarding.answer", "faq.safeguarding.keywords",
    ])
  }

  @Test func theShippedWelshFAQIsCompleteWithNoProblems() {
    let (translation, problems) = ShippedWelshFAQ.read
    #expect(problems.isEmpty, "\(problems.map(\.description))")
    let (diagnostics, coverage) = translation.check(against: ShippedFAQ.loaded.content, languageName: "Cymraeg (cy)", offered: true)
    #expect(diagnostics.map(\.code) == ["N-TRANSLATION-COVERAGE"], "\(diagnostics.map(\.description))")
    #expect(coverage.isComplete, "\(coverage.summary)")
    #expect(coverage.total == coverage.translated && coverage.total > 100)
    let english = ShippedFAQ.library(.wales)
    for entry in ShippedWelshFAQ.library.entries {
      let shown = english.entry(entry.id)
      #expect(entry.title != shown?.title, "\(entry.id) has an English title")
      #expect(entry.answer != shown?.answer, "\(entry.id) has an English answer")
      #expect(!entry.title.contains("{") && !entry.answer.contains("{"), "\(entry.id) has a name not filled in")
    }
    #expect(ShippedWelshFAQ.translated.content.rules == .welsh)
  }

  /// Every Welsh answer keeps the English's names (a phone number is never lost) and is 3 to 6 sentences.
  @Test func theShippedWelshAnswersKeepEveryNameAndAreShort() {
    let welsh = ShippedWelshFAQ.translated.content
    for (english, translated) in zip(ShippedFAQ.loaded.content.entries, welsh.entries) {
      for (nation, paragraphs) in [(nil, english.answer.neutral)] + Nation.allCases.map({ ($0, english.answer.byNation[$0]) }) {
        guard let paragraphs, let shown = (nation.map { translated.answer.byNation[$0] } ?? translated.answer.neutral) else { continue }
        #expect(Set(shown.flatMap(\.names)) == Set(paragraphs.flatMap(\.names)), "\(english.id) \(nation?.rawValue ?? "")")
        #expect(FAQChecker.sentences.contains(FAQChecker.sentenceCount(shown)), "\(english.id) \(nation?.rawValue ?? "")")
      }
    }
  }

  @Test func aTranslatedFAQAnswersInWelshForEachNation() throws {
    let content = Self.content()
    let (translation, problems) = Self.read(Self.translation(for: content, Self.welsh))
    #expect(problems.isEmpty, "\(problems)")
    let (welsh, coverage) = content.translated(by: translation)
    #expect(coverage.translated == 10 && coverage.total == 11, "\(coverage.summary)")
    #expect(coverage.missing.map(\.id) == ["faq.benefits.answer.scotland"])
    let wales = FAQLibrary(content: welsh, nation: .wales, terms: ["council": "eich cyngor", "emergency": "999"])
    #expect(wales.entry("benefits")?.answer.hasPrefix("Yng Nghymru, dydy e ddim") == true)
    #expect(wales.entry("benefits")?.answer.hasSuffix("Holwch eich cyngor hefyd.") == true)
    #expect(wales.entry("seven-steps")?.more == "Gallwch chi fod ar ddau gam ar unwaith.")
    let scotland = FAQLibrary(content: welsh, nation: .scotland, terms: [:])
    #expect(scotland.entry("benefits")?.answer.hasPrefix("In Scotland") == true, "not translated: the English is shown")
    #expect(scotland.entry("benefits")?.title == "Fydd hyn yn effeithio ar fy mudd-daliadau?")
    #expect(scotland.entry("seven-steps")?.more == nil)
    #expect(wales.noMatchMessage == "Does gen i ddim ateb i hynny.\n\nGallwch chi hefyd holi eich cyngor.")
    // The list keeps its lines, as the English does.
    #expect(wales.entry("seven-steps")?.answer == "Mae 7 cam.\n1. Cael gwybod.\n2. Cynllunio.\nAr ôl cam 2 rydych chi'n dechrau eto.")
    // Matched the Welsh way, with the Welsh word lists.
    #expect(wales.match("fydd e'n effeithio ar fy mudd-dal").matchedID == "benefits")
    #expect(wales.match("beth am fy nghredyd cynhwysol").matchedID == "benefits")
    #expect(wales.match("mae gen i ofn").matchedID == "safeguarding")
    #expect(wales.match("pryd mae'r llyfrgell ar agor").outcome == .unrelated)
  }

  /// When the English of an answer changes, people see the new English until a translator checks the
  /// Welsh, and `sds check` says so at the translation's line.
  @Test func aChangedEnglishAnswerShowsTheEnglishAndIsReportedStale() throws {
    let text = Self.translation(for: Self.content(), Self.welsh)
    let changed = Self.content(Self.english.replacingOccurrences(of: "answer: A direct payment is not counted as income.", with: "answer: A direct payment is never counted as income."))
    let (translation, _) = Self.read(text)
    let (welsh, coverage) = changed.translated(by: translation)
    let library = FAQLibrary(content: welsh, terms: ["council": "your council"])
    #expect(library.entry("benefits")?.answer.hasPrefix("A direct payment is never counted") == true)
    #expect(library.entry("benefits")?.title == "Fydd hyn yn effeithio ar fy mudd-daliadau?", "the title did not change, so it stays Welsh")
    #expect(coverage.stale.map(\.id) == ["faq.benefits.answer"])
    let (diagnostics, _) = translation.check(against: changed, languageName: "Cymraeg (cy)", offered: true)
    let line = text.components(separatedBy: "\n").firstIndex { $0.hasPrefix("faq.benefits.answer ") }.map { $0 + 1 }
    let stale = diagnostics.filter { $0.code == "W-TRANSLATION-STALE" }
    #expect(stale.count == 1 && stale.first?.line == line && stale.first?.file == "languages/cy/faq.txt", "\(diagnostics.map(\.description))")
    #expect(diagnostics.contains { $0.code == "W-TRANSLATION-INCOMPLETE" && $0.message.contains("1 FAQ text is not in Cymraeg (cy) yet (faq.") }, "the missing text is named")
    #expect(diagnostics.contains { $0.code == "N-TRANSLATION-COVERAGE" && $0.message == "Cymraeg (cy) has 9 of 11 FAQ texts (81%) and 2 of 2 keyword lists; 1 changed since it was translated." })

    // sds translate marks it, keeps the Welsh and shows what the English was.
    let (rewritten, counts) = FAQTranslationWriter.write(content: changed, code: "cy", name: "Cymraeg", existing: translation, existingText: text, command: "sds translate cy --faq")
    #expect(counts.changed == 1 && counts.toDo == 1 && counts.done == 11, "\(counts)")
    #expect(rewritten.contains("""
      faq.benefits.answer \(TextHash.of("A direct payment is never counted as income. Ask an adviser. Ask {council} too."))
        changed: the English changed. Check the cy: lines still say the same, then delete this line and the was: lines.
        was: A direct payment is not counted as income. Ask an adviser. Ask {council} too.
        en: A direct payment is never counted as income. Ask an adviser. Ask {council} too.
        cy: Dydy taliad uniongyrchol ddim yn cael ei gyfrif fel incwm. Holwch gynghorydd. Holwch {council} hefyd.
      """))
    // Still the English until the changed: line is deleted; then the Welsh is used again.
    let (marked, _) = Self.read(rewritten)
    #expect(changed.translated(by: marked).coverage.stale.map(\.id) == ["faq.benefits.answer"])
    let checked = rewritten.components(separatedBy: "\n").filter { !$0.hasPrefix("  changed:") && !$0.hasPrefix("  was:") }.joined(separator: "\n")
    let (fixed, _) = Self.read(checked)
    let (again, coverageAgain) = changed.translated(by: fixed)
    #expect(coverageAgain.stale.isEmpty)
    #expect(FAQLibrary(content: again).entry("benefits")?.answer.hasPrefix("Dydy taliad") == true)
  }

  @Test func sdsTranslateKeepsEveryTranslationAndTheWordListsAsWritten() {
    let content = Self.content()
    let text = Self.translation(for: content, Self.welsh) + "\n# my own note about the lists\nweak synonyms\n  teulu: mam, tad\n"
    let (translation, problems) = Self.read(text)
    #expect(problems.isEmpty, "\(problems)")
    let (again, counts) = FAQTranslationWriter.write(content: content, code: "cy", name: "Cymraeg", existing: translation, existingText: text, command: "sds translate cy --faq")
    #expect(counts.done == 12 && counts.toDo == 1 && counts.changed == 0, "\(counts)")
    #expect(again.contains("# Geiriau\nsynonyms\n  budd-daliadau: budd-dal, pip\n"))
    #expect(again.contains("# my own note about the lists\nweak synonyms\n  teulu: mam, tad"))
    let (reread, _) = Self.read(again)
    #expect(reread.texts.order == translation.texts.order)
    for id in translation.texts.order {
      let before = translation.texts.entries[id], after = reread.texts.entries[id]
      #expect(after?.hash == before?.hash && after?.paragraphs.map(\.source) == before?.paragraphs.map(\.source), "\(id)")
    }
    #expect(reread.words.synonyms.map(\.target) == ["budd-daliadau", "teulu"])
    // Writing it twice gives the same file.
    #expect(FAQTranslationWriter.write(content: content, code: "cy", name: "Cymraeg", existing: reread, existingText: again, command: "sds translate cy --faq").text == again)

    // A text the FAQ no longer has is kept at the end, not lost.
    let fewer = Self.content(Self.english.replacingOccurrences(of: "  more for england, wales: You can be at two steps at once.\n", with: ""))
    let (shorter, shorterCounts) = FAQTranslationWriter.write(content: fewer, code: "cy", name: "Cymraeg", existing: reread, existingText: again, command: "sds translate cy --faq")
    #expect(shorterCounts.unused == 1)
    #expect(shorter.contains("# ----- No longer in the FAQ -----"))
    #expect(shorter.contains("faq.seven-steps.more.england.wales "))
    let (_, unusedProblems) = Self.read(shorter)
    #expect(unusedProblems.isEmpty)
    #expect(Self.read(shorter).0.check(against: fewer, languageName: "Cymraeg (cy)", offered: false).diagnostics.contains { $0.code == "W-TRANSLATION-UNUSED" })
  }

  @Test func aNameTheEnglishDoesNotHaveIsNeverShown() {
    var welsh = Self.welsh
    welsh["faq.safeguarding.answer"] = ["Ffoniwch {phone} nawr. Dywedwch wrth rywun. Dydych chi ddim ar eich pen eich hun."]
    let content = Self.content()
    let (translation, _) = Self.read(Self.translation(for: content, welsh))
    let (translated, coverage) = content.translated(by: translation)
    #expect(FAQLibrary(content: translated, terms: ["emergency": "999"]).entry("safeguarding")?.answer.hasPrefix("Call 999 now.") == true)
    #expect(coverage.missing.map(\.id).contains("faq.safeguarding.answer"))
    let (diagnostics, _) = translation.check(against: content, languageName: "Cymraeg (cy)", offered: false)
    #expect(diagnostics.contains { $0.code == "E-TRANSLATION-NAME" && $0.severity == .error && $0.message.hasPrefix("{phone} is not in the English") })
    #expect(diagnostics.contains { $0.code == "W-TRANSLATION-NAME-MISSING" && $0.message.contains("{emergency}") })
    #expect(!diagnostics.contains { $0.code == "W-TRANSLATION-INCOMPLETE" }, "not offered, so not a warning")
  }

  /// With no translation at all, everything is English, read the Welsh way, and counted as missing.
  @Test func anEmptyTranslationLeavesTheEnglish() {
    let content = Self.content()
    let (translation, _) = Self.read("")
    let (translated, coverage) = content.translated(by: translation)
    #expect(coverage.translated == 0 && coverage.total == 11 && coverage.wordListsTranslated == 0 && coverage.wordLists == 2)
    #expect(coverage.missingLists == ["synonyms", "ignore words", "question words", "unrelated words"])
    #expect(coverage.summary == "0 of 11 FAQ texts (0%) and 0 of 2 keyword lists; no synonyms, ignore words, question words and unrelated words of its own")
    #expect(translated.synonyms == content.synonyms && translated.ignored == content.ignored)
    #expect(FAQLibrary(content: translated).entry("benefits")?.title == "Will this affect my benefits?")
  }

  /// Problems in either part of the file point at their own lines.
  @Test func problemsPointAtTheirLines() {
    let text = """
      faq.benefits.title 12345678
        cy: Teitl
        xx: what
      synonyms
        no colon here
      faq
      """
    let (_, problems) = Self.read(text)
    #expect(problems.map { "\($0.line):\($0.code)" } == ["3:E-UNKNOWN-PROPERTY", "5:E-FAQ-BAD-SYNONYM", "6:E-UNKNOWN-ITEM"], "\(problems.map(\.description))")
  }

  /// A file saved with Windows line ends reads the same.
  @Test func windowsLineEndsReadTheSame() {
    let text = Self.translation(for: Self.content(), Self.welsh)
    let (unix, unixProblems) = Self.read(text)
    let (windows, windowsProblems) = Self.read(text.replacingOccurrences(of: "\n", with: "\r\n"))
    #expect(unixProblems.isEmpty && windowsProblems.isEmpty, "\(windowsProblems)")
    #expect(windows.texts.order == unix.texts.order)
    #expect(windows.words.synonyms.map(\.target) == unix.words.synonyms.map(\.target) && !unix.words.ignored.isEmpty)
    #expect(windows.words.ignored == unix.words.ignored)
  }

  /// A Welsh synonym whose words are in no Welsh entry is reported, as for English.
  @Test func anUnusedWelshSynonymIsReported() {
    let content = Self.content()
    let text = Self.translation(for: content, Self.welsh, words: "synonyms\n  cadair olwyn: olwynion\n  budd-daliadau: pip\n")
    let (translation, _) = Self.read(text)
    let unused = translation.check(against: content, languageName: "Cymraeg (cy)", offered: false).diagnostics.filter { $0.code == "W-FAQ-UNUSED-SYNONYM" }
    #expect(unused.count == 1 && unused.first?.message.contains("\"cadair olwyn\"") == true, "\(unused)")
  }
}
