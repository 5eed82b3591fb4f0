import Foundation
import SDSEngine
import Testing
import TestSupport

/// Every diagnostic code is in the catalogue once, the catalogue holds no code the program never uses,
/// and `Content/README.md` lists exactly the catalogue's codes.
@Suite struct DiagnosticCatalogueTests {
  static let root = repositoryRoot()

  /// Every `"E-..."`, `"W-..."` and `"N-..."` string in `Sources/`, outside the catalogue itself, with a
  /// place it is used.
  static let used: [String: String] = {
    var found: [String: String] = [:]
    let sources = root + "/Sources"
    let pattern = /"([EWN](?:-[A-Z0-9]+)+)"/
    for path in FileManager.default.subpaths(atPath: sources) ?? [] where path.hasSuffix(".swift") && !path.hasPrefix("SDSEngine/Diagnostics/") {
      guard let text = try? String(contentsOfFile: sources + "/" + path, encoding: .utf8) else { continue }
      for match in text.matches(of: pattern) where found[String(match.1)] == nil { found[String(match.1)] = "Sources/" + path }
    }
    return found
  }()

  @Test func everyCodeUsedHasAnEntry() {
    #expect(Self.used.count > 80, "the search for codes found too few: \(Self.used.count)")
    let missing = Self.used.filter { DiagnosticCatalogue.entry($0.key) == nil }.map { "\($0.key) (\($0.value))" }.sorted()
    #expect(missing.isEmpty, "add these to Sources/SDSEngine/Diagnostics: \(missing)")
  }

  @Test func everyEntryIsUsed() {
    let unused = DiagnosticCatalogue.all.map(\.code).filter { Self.used[$0] == nil }
    #expect(unused.isEmpty, "no source reports these: \(unused)")
  }

  @Test func eachCodeIsDefinedOnceWithItsSeverityInItsName() {
    let codes = DiagnosticCatalogue.all.map(\.code)
    #expect(Set(codes).count == codes.count, "\(Dictionary(grouping: codes, by: { $0 }).filter { $0.value.count > 1 }.keys)")
    for entry in DiagnosticCatalogue.all {
      let prefix: Character = switch entry.severity { case .error: "E"; case .warning: "W"; case .note: "N" }
      #expect(entry.code.first == prefix, "\(entry.code) is a \(entry.severity.rawValue)")
    }
  }

  @Test func eachEntryHasASummaryAnExplanationAnExampleAndAFix() {
    for entry in DiagnosticCatalogue.all {
      #expect(!entry.summary.contains("\n") && entry.summary.hasSuffix("."), "\(entry.code): the summary is one sentence on one line")
      #expect(entry.summary.count <= 110, "\(entry.code): the summary is \(entry.summary.count) characters")
      #expect(entry.explanation.count >= 30 && entry.explanation.hasSuffix("."), "\(entry.code)")
      #expect(!entry.example.isEmpty && entry.fix.count >= 15, "\(entry.code)")
    }
  }

  @Test func contentReadmeListsEveryCode() throws {
    let path = Self.root + "/Content/README.md"
    let readme = try String(contentsOfFile: path, encoding: .utf8)
    let start = "<!-- codes start -->\n", end = "<!-- codes end -->"
    let opening = try #require(readme.range(of: start), "Content/README.md has no \(start)")
    let closing = try #require(readme.range(of: end, range: opening.upperBound..<readme.endIndex), "Content/README.md has no \(end)")
    let expected = readme[..<opening.upperBound] + DiagnosticCatalogue.markdown + readme[closing.lowerBound...]
    if let problem = goldenMismatch(String(expected), goldenPath: path) { Issue.record(Comment(rawValue: problem)) }
  }

  @Test(arguments: [
    ("E-DUPLICATE-ID", "E-DUPLICATE-ID"), ("e-duplicate-id", "E-DUPLICATE-ID"), ("E-DUPLICATE-IDS", nil),
  ] as [(String, String?)])
  func anEntryIsFoundByItsCodeInAnyCase(asked: String, found: String?) {
    #expect(DiagnosticCatalogue.entry(asked)?.code == found)
  }

  @Test(arguments: [("E-DUPLICATE-IDS", "E-DUPLICATE-ID"), ("E-TABB", "E-TAB"), ("DUPLICATE", "E-DUPLICATE-ID"), ("TRANSLATION-STALE", "W-TRANSLATION-STALE")])
  func aMistypedCodeGetsTheNearest(asked: String, nearest: String) {
    #expect(DiagnosticCatalogue.nearest(to: asked) == nearest)
  }

  @Test func theExplanationHasTheSummaryTheExampleAndTheFix() throws {
    let entry = try #require(DiagnosticCatalogue.entry("E-TAB"))
    let text = entry.text
    #expect(text.hasPrefix("E-TAB (error): A line is indented with a tab.\n"))
    #expect(text.contains("\n    ask preferred-name text\n    \tprompt:"))
    #expect(text.contains("What to do: Indent with spaces only."))
  }
}
