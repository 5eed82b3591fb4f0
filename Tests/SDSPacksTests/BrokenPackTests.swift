import Foundation
import SDSEngine
import SDSPacks
import Testing
import TestSupport

/// Each file in Broken/ is a small content folder with mistakes in its packs or languages, and
/// `# expect path:LINE:COL CODE` lines naming exactly what `check` must report (notes aside).
@Suite struct BrokenPackTests {
  static let cases: [String] = {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder(of: #filePath) + "/Broken")) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
  }()

  static func found(_ bundle: Bundle) -> (found: Set<String>, all: [Diagnostic]) {
    let (_, _, diagnostics) = bundle.check()
    // A missing review record is warned about in every pack; only the fixture about reviews lists it.
    let reviews = bundle.expected.contains { $0.hasSuffix(" W-PACK-REVIEW") }
    let shown = diagnostics.filter { $0.severity != .note && (reviews || $0.code != "W-PACK-REVIEW") }
    return (Set(shown.map { "\($0.file):\($0.line):\($0.column) \($0.code)" }), shown)
  }

  /// The cases are read from a folder: with none found, the test below would pass without testing
  /// anything, so the folder must hold at least the 11 broken content folders it holds today.
  @Test func theCasesAreFound() {
    #expect(Self.cases.count >= 11, "found \(Self.cases.count)")
  }

  @Test(arguments: cases)
  func reportsExactlyTheExpectedProblems(name: String) throws {
    let bundle = try Bundle.named(name)
    #expect(!bundle.expected.isEmpty, "\(name) has no # expect lines")
    let (found, all) = Self.found(bundle)
    #expect(found == bundle.expected, "missing: \(bundle.expected.subtracting(found).sorted())\nextra: \(found.subtracting(bundle.expected).sorted())\n\(all.map(\.description).joined(separator: "\n"))")
  }

  /// Every code the pack and language checks can report is proved by a fixture (or a test below).
  @Test func everyCodeIsProvedByAFixture() throws {
    let sources = folder(of: #filePath) + "/../../Sources/SDSPacks"
    var codes: Set<String> = []
    for name in try FileManager.default.contentsOfDirectory(atPath: sources) where name.hasSuffix(".swift") {
      let text = try String(contentsOfFile: sources + "/" + name, encoding: .utf8)
      let regex = try NSRegularExpression(pattern: "\"([EWN]-[A-Z-]+)\"")
      for match in regex.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
        if let range = Range(match.range(at: 1), in: text) { codes.insert(String(text[range])) }
      }
    }
    var proved: Set<String> = ["E-MISSING-MESSAGE", "E-MISSING-WORDS", "N-TRANSLATION-COVERAGE"]  // proved by the tests below
    for name in Self.cases {
      proved.formUnion(try Bundle.named(name).expected.compactMap { $0.split(separator: " ").last.map(String.init) })
    }
    #expect(codes.count > 30)
    #expect(codes.subtracting(proved).isEmpty, "no fixture proves: \(codes.subtracting(proved).sorted())")
  }

  /// An incomplete translation says which texts are missing, not only how many.
  @Test func anIncompleteTranslationNamesTheTexts() throws {
    let (_, all) = Self.found(try Bundle.named("under-pack.txt"))
    let warnings = all.filter { $0.code == "W-TRANSLATION-INCOMPLETE" }
    #expect(warnings.count == 2)
    #expect(warnings.first { $0.file == "packs/bilingual/pack.txt" }?.message.contains(": say.home-note. Run") == true, "\(warnings)")
    #expect(warnings.first { $0.file == "languages/cy/language.txt" }?.message.contains("texts (") == true, "\(warnings)")
  }

  /// A misspelt property in a pack or a language's settings gets the nearest one.
  @Test func aMisspeltPropertyGetsTheNearest() throws {
    let bundle = try Bundle(text: """
      === packs/uk/pack.txt
      pack
        name: Neutral
        version: 1
        nation: uk
        langauges: en
      section welcome
        titel: Hello
      ask who-for
        promt: Who is it for?
      === languages/cy/language.txt
      language cy
        name: Cymraeg
        staus: draft
      """)
    let (_, all) = Self.found(bundle)
    let said = all.filter { $0.code == "E-UNKNOWN-PROPERTY" }.map { "\($0.file):\($0.line) \($0.message.components(separatedBy: " Did you mean ").last ?? "")" }
    #expect(said.sorted() == [
      "languages/cy/language.txt:3 \"status:\"?", "packs/uk/pack.txt:5 \"languages:\"?", "packs/uk/pack.txt:7 \"title:\"?", "packs/uk/pack.txt:9 \"prompt:\"?",
    ], "\(all)")
  }

  /// A pack that offers two languages needs the messages and words the language list uses.
  @Test func aBilingualPackNeedsTheLanguageMessages() throws {
    var bundle = try Bundle(text: """
      === packs/uk/pack.txt
      pack
        name: Two languages
        version: 1
        nation: uk
        languages: en, cy
      === languages/cy/language.txt
      language cy
        name: Cymraeg
        status: reviewed
      """)
    var system = bundle.scriptFiles[0].text
    for id in ["choose-language", "language-changed"] { system = system.replacingOccurrences(of: "message \(id)\n", with: "message renamed-\(id)\n") }
    system = system.replacingOccurrences(of: "  language: language,", with: "  languages-renamed: language,")
    bundle.scriptFiles[0].text = system
    let (_, all) = Self.found(bundle)
    let codes = all.filter { $0.file == "packs/uk/pack.txt" }.map { "\($0.line):\($0.column) \($0.code)" }
    #expect(codes.filter { $0 == "5:14 E-MISSING-MESSAGE" }.count == 2, "\(all)")
    #expect(codes.contains("5:14 E-MISSING-WORDS"))
  }

  @Test func coverageIsNotedForEveryLanguageAndEveryPackThatOffersIt() throws {
    let bundle = try Bundle(text: """
      === packs/uk/pack.txt
      pack
        name: Two languages
        version: 1
        nation: uk
        languages: en, cy
      === languages/cy/language.txt
      language cy
        name: Cymraeg
        status: reviewed
      === languages/cy/texts.txt
      say.hello @hash
        cy: Helo.
        cy: Teipiwch help.
      words.yes
        cy: ie
      """)
    let (_, _, diagnostics) = bundle.check()
    let notes = diagnostics.filter { $0.code == "N-TRANSLATION-COVERAGE" }.map(\.description)
    #expect(notes.count == 2, "\(notes)")
    #expect(notes.contains { $0.hasPrefix("languages/cy/language.txt:1:1: note N-TRANSLATION-COVERAGE: Cymraeg (cy) has 1 of ") && $0.contains(" and 1 of 26 word lists.") })
    #expect(notes.contains { $0.hasPrefix("packs/uk/pack.txt:1:1: note N-TRANSLATION-COVERAGE: With this pack, Cymraeg (cy) has 1 of ") })
  }
}
