import Foundation
import SDSEngine
import SDSPacks
import Testing
import TestSupport

/// Reads a content folder from disk the way `sds` does, for tests.
enum ContentFolder {
  static let demo = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"
  static let shipped = repositoryRoot() + "/Content"

  static func textFiles(_ folder: String, shownAs shown: String) throws -> [SourceFile] {
    let names = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".txt") }.sorted()
    return try names.map { SourceFile(path: shown + "/" + $0, text: try String(contentsOfFile: folder + "/" + $0, encoding: .utf8)) }
  }

  static func subfolders(_ folder: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter {
      var isFolder: ObjCBool = false
      return FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isFolder) && isFolder.boolValue
    }.sorted()
  }

  /// The script (checked), and every pack and language, loaded.
  static func load(_ root: String, scriptFiles extra: [SourceFile] = [], deferring: Set<String> = []) throws -> (script: Script, scriptDiagnostics: [Diagnostic], library: PackLibrary, fileDiagnostics: [Diagnostic]) {
    let (script, scriptDiagnostics) = ScriptLoader.load(try textFiles(root + "/script", shownAs: "script") + extra)
    var packs: [PackSource] = []
    for id in subfolders(root + "/packs") {
      var translations: [String: SourceFile] = [:]
      let languages = root + "/packs/\(id)/languages"
      if FileManager.default.fileExists(atPath: languages) {
        for file in try textFiles(languages, shownAs: "packs/\(id)/languages") {
          translations[String(file.path.split(separator: "/").last!.dropLast(4))] = file
        }
      }
      packs.append(PackSource(id: id, folder: "packs/" + id, files: try textFiles(root + "/packs/" + id, shownAs: "packs/" + id), translations: translations))
    }
    let languages = try subfolders(root + "/languages").map {
      LanguageSource(code: $0, folder: "languages/" + $0, files: try textFiles(root + "/languages/" + $0, shownAs: "languages/" + $0))
    }
    let (library, fileDiagnostics) = PackLibrary.load(packs: packs, languages: languages, deferring: deferring)
    return (script, scriptDiagnostics, library, fileDiagnostics)
  }
}

@Suite struct PackLoadingTests {
  struct SummaryCase: Sendable, CustomTestStringConvertible {
    var id: String
    var expected: PackSummary?
    var testDescription: String { id }
  }

  /// Every test pack's review record.
  static let tested = PackSummary.Review(by: "SDS Companion tests", against: "nothing: a test pack", date: "2026-12-07")

  static let summaries: [SummaryCase] = [
    .init(id: "uk", expected: PackSummary(id: "uk", name: "United Kingdom (neutral wording)", version: "1.0.0", nation: "uk", base: nil, language: "en", languages: ["en"], review: tested)),
    .init(id: "cymru", expected: PackSummary(id: "cymru", name: "Cymru (test nation pack)", version: "9.1", nation: "wales", base: nil, language: "en", languages: ["en", "cy"], review: tested)),
    // A council pack has its own name and version, and its base's nation and languages; its own status and review.
    .init(id: "anytown", expected: PackSummary(id: "anytown", name: "Anytown Council (test)", version: "2.3", nation: "wales", base: "cymru", language: "en", languages: ["en", "cy"], review: tested)),
    .init(id: "nowhere", expected: nil),
  ]

  @Test(arguments: summaries)
  func summariesInheritFromTheBase(_ test: SummaryCase) throws {
    let (_, _, library, problems) = try ContentFolder.load(ContentFolder.demo)
    #expect(problems.isEmpty)
    #expect(library.summary(test.id) == test.expected)
  }

  @Test func withNoPacksAtAllTheDefaultIsTheScriptAsWritten() {
    let library = PackLibrary()
    #expect(library.summary("uk") == PackSummary(id: "uk", name: "United Kingdom (neutral)", version: "built-in", nation: "uk", base: nil, language: "en", languages: ["en"]))
    #expect(library.summary("england") == nil)
    #expect(library.hasPack("uk") && !library.hasPack("england"))
  }

  @Test func theChainGoesFromThePackToItsRootAndStopsAtALoop() throws {
    let (_, _, library, _) = try ContentFolder.load(ContentFolder.demo)
    #expect(library.chain("anytown").map(\.id) == ["anytown", "cymru"])
    #expect(library.chain("cymru").map(\.id) == ["cymru"])
    let looped = try Bundle.named("bases.txt").check().library
    #expect(library.chain("nowhere").isEmpty)
    #expect(looped.chain("a").map(\.id) == ["a", "b"])
  }

  struct TextCase: Sendable, CustomTestStringConvertible {
    var pack: String
    var id: String
    var source: String
    var words: [String]? = nil
    var testDescription: String { "\(pack) \(id)" }
  }

  static let texts: [TextCase] = [
    .init(pack: "uk", id: "term.council", source: "your council or Trust"),
    .init(pack: "cymru", id: "term.council", source: "your council"),
    .init(pack: "anytown", id: "term.council", source: "Anytown Council"),
    .init(pack: "anytown", id: "term.budget", source: "budget"),
    .init(pack: "anytown", id: "term.option-3", source: "support {council} arranges"),
    .init(pack: "cymru", id: "say.hello", source: "Hello. This is a short practice conversation.\nType help at any question to see what you can type."),
    .init(pack: "anytown", id: "say.hello", source: "Hello from Anytown Council. This is a short practice conversation.\nType help at any question to see what you can type."),
    .init(pack: "anytown", id: "ask.who-for.prompt", source: "Who is this plan for?"),
    .init(pack: "anytown", id: "ask.who-for.help", source: "Choose the one that fits you best."),
    .init(pack: "anytown", id: "ask.who-for.why", source: "So we know who the plan is for."),
    .init(pack: "anytown", id: "ask.who-for.choice.carer", source: "Someone I look after", words: ["my mum", "my dad", "my partner"]),
    .init(pack: "anytown", id: "ask.who-for.choice.self", source: "Me", words: []),
    .init(pack: "anytown", id: "section.about.title", source: "About the person"),
    .init(pack: "anytown", id: "message.still-stuck", source: "If you are stuck, type help. You can also call {phone}, {opening-hours}."),
    .init(pack: "anytown", id: "topic.privacy", source: "Your answers go only to {council}. We keep them safe.", words: ["privacy", "my data", "data protection"]),
    .init(pack: "anytown", id: "check.check", source: "Are these right? Type yes to send them to {council}, or a number to change one."),
    .init(pack: "anytown", id: "choices.areas-list.people", source: "Family and friends", words: ["friends", "family"]),
    .init(pack: "anytown", id: "choices.areas-list.work", source: "Work or learning", words: ["job", "college"]),
    .init(pack: "uk", id: "choices.areas-list.people", source: "Seeing people", words: ["friends", "family"]),
  ]

  @Test(arguments: texts)
  func packsPutTheirWordsInPlaceByID(_ test: TextCase) throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.demo)
    let english = library.english(script, pack: test.pack)
    let text = try #require(english.texts.first { $0.id == test.id }, "no text \(test.id)")
    #expect(text.source == test.source)
    if let words = test.words { #expect(text.words == words) }
  }

  @Test func aPackNeverChangesTheShapeOfTheConversation() throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.demo)
    let english = library.english(script, pack: "anytown")
    #expect(english.sections.map(\.id) == script.sections.map(\.id))
    #expect(english.questions.keys.sorted() == script.questions.keys.sorted())
    for (id, question) in script.questions {
      #expect(english.questions[id]?.kind == question.kind)
      #expect(english.questions[id]?.store == question.store)
      #expect(english.questions[id]?.choices.map(\.id) == question.choices.map(\.id))
    }
    #expect(english.choiceLists["areas-list"]?.map(\.id) == ["daily-living", "home", "people", "work"])
  }

  @Test func termsAreFilledIntoEachOtherLast() throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.demo)
    let anytown = library.finished(library.english(script, pack: "anytown"))
    #expect(anytown.terms["option-3"] == "support Anytown Council arranges")
    let cymru = library.finished(library.english(script, pack: "cymru"))
    #expect(cymru.terms["phone"] == "the phone number on your council's website")
    #expect(cymru.terms["option-3"] == "support your council arranges")
  }

  @Test func everyLanguageOfferedIsReadyForTheEngine() throws {
    let (script, _, library, _) = try ContentFolder.load(ContentFolder.demo)
    let languages = library.engineLanguages(script, pack: "anytown")
    #expect(languages.map(\.code) == ["en", "cy"])
    #expect(languages.map(\.name) == ["English", "Cymraeg"])
    #expect(languages[1].aliases == ["cy", "Welsh", "welsh", "cymraeg", "gymraeg"])
    let welsh = languages[1].script
    #expect(welsh.terms["council"] == "Cyngor Anytown")
    #expect(welsh.terms["option-3"] == "cymorth mae Cyngor Anytown yn ei drefnu")
    let texts = Dictionary(welsh.texts.map { ($0.id, $0.source) }, uniquingKeysWith: { a, _ in a })
    // The pack's own Welsh for what it changed; the language's Welsh for the rest.
    #expect(texts["say.hello"] == "Helo gan Gyngor Anytown. Sgwrs ymarfer fer yw hon.\nTeipiwch help ar unrhyw gwestiwn i weld beth gallwch chi ei deipio.")
    #expect(texts["ask.areas.prompt"] == "Pa rannau o fywyd sydd bwysicaf ar hyn o bryd?")
    #expect(welsh.words["yes"]?.first == "ie")
    #expect(library.engineLanguages(script, pack: "uk").map(\.code) == ["en"])
  }
}
