import Foundation
import SDSEngine
import Testing
import TestSupport

/// Each file in Broken/ holds a mistake and `# expect LINE:COL CODE` lines naming exactly what `check` must report.
@Suite struct BrokenScriptTests {
  static let folderPath = folder(of: #filePath) + "/Broken"
  static let systemPath = folder(of: #filePath) + "/Fixtures/demo/script/00-system.txt"

  static let cases: [String] = {
    ((try? FileManager.default.contentsOfDirectory(atPath: folderPath)) ?? []).filter { $0.hasSuffix(".txt") }.sorted()
  }()

  static func load(_ name: String) throws -> (expected: Set<String>, found: Set<String>, all: [Diagnostic]) {
    let text = try String(contentsOfFile: folderPath + "/" + name, encoding: .utf8)
    let expected = Set(text.split(separator: "\n").compactMap { line -> String? in
      guard line.hasPrefix("# expect ") else { return nil }
      return String(line.dropFirst("# expect ".count))
    })
    let system = SourceFile(path: "system.txt", text: try String(contentsOfFile: systemPath, encoding: .utf8))
    let path = "Broken/" + name
    let (_, diagnostics) = ScriptLoader.load([system, SourceFile(path: path, text: text)])
    let found = Set(diagnostics.filter { $0.file == path }.map { "\($0.line):\($0.column) \($0.code)" })
    return (expected, found, diagnostics)
  }

  /// The cases are read from a folder: with none found, the test below would pass without testing
  /// anything, so the folder must hold at least the 26 broken files it holds today.
  @Test func theCasesAreFound() {
    #expect(Self.cases.count >= 26, "found \(Self.cases.count)")
  }

  @Test(arguments: cases)
  func reportsExactlyTheExpectedProblems(name: String) throws {
    let (expected, found, all) = try Self.load(name)
    #expect(!expected.isEmpty, "\(name) has no # expect lines")
    #expect(found == expected, "\(all.map(\.description).joined(separator: "\n"))")
  }

  @Test(arguments: cases)
  func everyCodeIsInTheCatalogueWithItsSeverity(name: String) throws {
    for diagnostic in try Self.load(name).all {
      #expect(DiagnosticCatalogue.entry(diagnostic.code)?.severity == diagnostic.severity, "\(diagnostic)")
    }
  }

  @Test func aQuestionGivenAnothersIdGetsOneErrorThatNamesItsOldId() throws {
    let (_, _, all) = try Self.load("duplicate-follow-on.txt")
    let error = try #require(all.first { $0.code == "E-DUPLICATE-ID" })
    #expect(error.message.contains("\"cared-name\""), "\(error.message)")
    // Never suggest the duplicated id: it would put the carer's name where the person's should be.
    #expect(!all.contains { $0.message.contains("Did you mean") }, "\(all)")
  }

  @Test(arguments: [
    ("unknown-property.txt", "Did you mean \"help:\"?"),
    ("misspelt-prompt.txt", "Did you mean \"prompt:\"?"),
    ("indent-slip.txt", "This hint: line is indented more than the line above"),
    ("indent-slip.txt", "Start it in the same column as the line above."),
    ("tab.txt", "Use spaces"),
    ("brace.txt", "Close it, like {council}, or take it out."),
  ])
  func theMessageSaysWhatToDo(name: String, says: String) throws {
    let (_, _, all) = try Self.load(name)
    #expect(all.contains { $0.message.contains(says) }, "\(all.map(\.description))")
  }

  @Test func storeNamesASlipAwayFromADraftFieldAreErrors() throws {
    let text = """
      section one
      ask name text
        prompt: What name do you like to be called?
        store: person.prefferedName
      ask interpreter yesno
        prompt: Would you like an interpreter?
        store: person.interpreter
      ask areas multi
        prompt: Which?
        choice home: My home
      for each area in areas
      ask goal text
        prompt: What would you like?
        store: outcomes.*.inTheirWord
      ask working text
        prompt: What works?
        store: outcomes.*.working
      end
      """
    let (script, _) = ScriptLoader.load([SourceFile(path: "a.txt", text: text)])
    let known: Set<String> = ["person.preferredName", "outcomes.*.inTheirWords", "outcomes.*.working"]
    let found = ScriptChecker.checkStoreNames(script, known: known)
    #expect(found.map { "\($0.line):\($0.column) \($0.code)" } == ["4:10 E-STORE-UNKNOWN", "14:10 E-STORE-UNKNOWN"])
    #expect(found.first?.message.contains("Did you mean person.preferredName?") == true)
  }

  @Test func everyProblemIsReportedAtOnceInCompilerStyle() throws {
    let (_, _, all) = try Self.load("syntax.txt")
    #expect(all.filter { $0.severity == .error }.count >= 4)
    #expect(all.contains { $0.description.hasPrefix("Broken/syntax.txt:9:10: error E-UNKNOWN-KIND: ") })
  }

  @Test func aMissingEngineMessageIsReported() throws {
    var system = try String(contentsOfFile: Self.systemPath, encoding: .utf8)
    system = system.replacingOccurrences(of: "message still-stuck", with: "message still-stuck-renamed")
    let (_, diagnostics) = ScriptLoader.load([SourceFile(path: "system.txt", text: system), SourceFile(path: "a.txt", text: "section a\nsay hi\n  Hello.\n")])
    #expect(diagnostics.contains { $0.code == "E-MISSING-MESSAGE" && $0.message.contains("still-stuck") })
  }

  @Test func theShippedContentHasNoErrors() throws {
    let root = repositoryRoot()
    let scriptFolder = root + "/Content/script"
    let names = try FileManager.default.contentsOfDirectory(atPath: scriptFolder).filter { $0.hasSuffix(".txt") }.sorted()
    let files = try names.map { SourceFile(path: "Content/script/" + $0, text: try String(contentsOfFile: scriptFolder + "/" + $0, encoding: .utf8)) }
    let (_, diagnostics) = ScriptLoader.load(files)
    let errors = diagnostics.filter { $0.severity == .error }
    #expect(errors.isEmpty, "\(errors.map(\.description).joined(separator: "\n"))")
  }

  @Test func theDemoScriptHasNoProblemsAtAll() throws {
    let (_, diagnostics) = try TranscriptHarness.loadScript(folder(of: #filePath) + "/Fixtures/demo")
    #expect(diagnostics.isEmpty, "\(diagnostics.map(\.description).joined(separator: "\n"))")
  }
}
