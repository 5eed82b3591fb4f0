import Foundation
import Testing
import TestSupport

/// `--pack`, `--lang`, `sds packs`, `sds translate`, and `sds check` on packs and languages.
@Suite struct PackCommandLineTests {
  static let demo = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"

  struct UsageCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    var stdoutContains: String
    var stderrContains: String
    var testDescription: String { "sds " + arguments.joined(separator: " ") }
  }

  static let usageCases: [UsageCase] = [
    .init(arguments: ["packs", "--help"], status: 0, stdoutContains: "Usage: sds packs", stderrContains: ""),
    .init(arguments: ["translate", "--help"], status: 0, stdoutContains: "Usage: sds translate CODE", stderrContains: ""),
    .init(arguments: ["--help"], status: 0, stdoutContains: "translate", stderrContains: ""),
    .init(arguments: ["session", "--help"], status: 0, stdoutContains: "--pack ID", stderrContains: ""),
    .init(arguments: ["--content", demo, "--pack", "nowhere"], status: 66, stdoutContains: "",
          stderrContains: "sds: there is no pack called 'nowhere'. The packs are: anytown, cymru, uk. Run 'sds packs' to see them."),
    .init(arguments: ["--content", demo, "--pack", "cymru", "--lang", "fr"], status: 66, stdoutContains: "",
          stderrContains: "sds: the pack 'cymru' does not offer the language 'fr'. It offers: en, cy."),
    .init(arguments: ["--content", demo, "--lang", "cy"], status: 66, stdoutContains: "", stderrContains: "It offers: en."),
    .init(arguments: ["check", demo, "--pack", "nowhere"], status: 66, stdoutContains: "", stderrContains: "there is no pack called 'nowhere'"),
    .init(arguments: ["translate"], status: 64, stdoutContains: "", stderrContains: "give one language code"),
    .init(arguments: ["translate", "en"], status: 64, stdoutContains: "", stderrContains: "cannot be a language code here"),
    .init(arguments: ["packs", "--colour"], status: 64, stdoutContains: "", stderrContains: "There is no option '--colour' for 'sds packs'."),
  ]

  @Test(arguments: usageCases)
  func usage(_ test: UsageCase) throws {
    let result = try runSDS(test.arguments)
    #expect(result.status == test.status, "\(result.stderr)")
    if !test.stdoutContains.isEmpty { #expect(result.stdout.contains(test.stdoutContains), "\(result.stdout)") }
    if !test.stderrContains.isEmpty { #expect(result.stderr.contains(test.stderrContains), "\(result.stderr)") }
  }

  @Test func packsListsEveryPackWithNationLanguagesAndVersion() throws {
    let table = try runSDS(["packs", Self.demo])
    #expect(table.status == 0)
    let lines = table.stdout.split(separator: "\n").map { $0.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
    #expect(lines == [
      "ID NAME NATION LANGUAGES VERSION BASE STATUS REVIEWED",
      "uk (default) United Kingdom (neutral wording) uk en 1.0.0 - draft 2026-12-07",
      "anytown Anytown Council (test) wales en, cy 2.3 cymru draft 2026-12-07",
      "cymru Cymru (test nation pack) wales en, cy 9.1 - draft 2026-12-07",
      "Review of uk: SDS Companion tests (2026-12-07), against nothing: a test pack",
      "Review of anytown: SDS Companion tests (2026-12-07), against nothing: a test pack",
      "Review of cymru: SDS Companion tests (2026-12-07), against nothing: a test pack",
    ])
    let shipped = try runSDS(["packs", repositoryRoot() + "/Content"])
    #expect(shipped.stdout.contains("en, cy (draft)"), "the draft Welsh is marked")

    let json = try runSDS(["packs", "--json", "--content", Self.demo])
    let packs = try #require(try JSONSerialization.jsonObject(with: Data(json.stdout.utf8)) as? [[String: Any]])
    #expect(packs.map { $0["id"] as? String } == ["uk", "anytown", "cymru"])
    #expect(packs[0]["default"] as? Bool == true)
    #expect(packs[1]["base"] as? String == "cymru")
    #expect(packs[1]["version"] as? String == "2.3")
    #expect(packs[1]["nation"] as? String == "wales")
    let languages = try #require(packs[1]["languages"] as? [[String: Any]])
    #expect(languages.map { $0["code"] as? String } == ["en", "cy"])
    #expect(languages.map { $0["name"] as? String } == ["English", "Cymraeg"])
    #expect(packs[2]["base"] is NSNull)
    // Each pack's status and who checked it, against which law, and when.
    #expect(packs.allSatisfy { $0["status"] as? String == "draft" })
    let review = try #require(packs[1]["review"] as? [String: Any])
    #expect(review["by"] as? String == "SDS Companion tests" && review["date"] as? String == "2026-12-07")
  }

  @Test func thePackAndLanguageCanComeFromTheEnvironment() throws {
    let result = try runSDS(["session", "--jsonl", "--content", Self.demo], input: "", environment: ["SDS_PACK": "anytown", "SDS_LANG": "cy"])
    #expect(result.status == 0, "\(result.stderr)")
    let events = try result.stdout.split(separator: "\n").map { try #require(try JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any]) }
    #expect(events.first?["text"] as? String == "To use English, type language.")
    #expect((events[1]["text"] as? String)?.hasPrefix("Helo gan Gyngor Anytown.") == true)
    #expect(events[2]["text"] as? String == "Ar gyfer pwy mae'r cynllun hwn?")
    // An option on the command line wins over the environment.
    let english = try runSDS(["--content", Self.demo, "--lang", "en"], input: "", environment: ["SDS_PACK": "anytown", "SDS_LANG": "cy"])
    #expect(english.stdout.contains("Who is this plan for?"))
  }

  static func copyOfDemo() throws -> String {
    let copy = makeTemporaryFolder("sds-packs") + "/Content"
    try FileManager.default.copyItem(atPath: Self.demo, toPath: copy)
    return copy
  }

  @Test func checkReportsPackProblemsLikeACompiler() throws {
    let content = try Self.copyOfDemo()
    let pack = content + "/packs/anytown/pack.txt"
    var text = try String(contentsOfFile: pack, encoding: .utf8)
    text = text.replacingOccurrences(of: "  base: cymru\n", with: "  base: cymri\n").replacingOccurrences(of: "say hello\n", with: "say helo\n")
    try text.write(toFile: pack, atomically: true, encoding: .utf8)
    let result = try runSDS(["check", content])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    let line = { (code: String) in try #require(lines.first { $0.contains(" \(code): ") }, "no \(code) in \(result.stdout)") }
    #expect(try line("E-PACK-UNKNOWN-BASE").hasSuffix("packs/anytown/pack.txt:7:9: error E-PACK-UNKNOWN-BASE: There is no pack called \"cymri\" to be based on. Did you mean \"cymru\"?"))
    #expect(try line("E-PACK-UNKNOWN-ID").hasSuffix("packs/anytown/pack.txt:23:5: error E-PACK-UNKNOWN-ID: There is no say \"helo\" in the conversation. Did you mean \"hello\"?"))
    #expect(result.stderr.contains(" 2 errors, "))
    // Only that pack, with --pack.
    let only = try runSDS(["check", content, "--pack", "cymru"])
    #expect(only.status == 0, "\(only.stdout)")
  }

  @Test func translateWritesTheFileInScriptOrderAndKeepsTranslations() throws {
    let content = try Self.copyOfDemo()
    let file = content + "/languages/cy/texts.txt"
    let before = try String(contentsOfFile: file, encoding: .utf8)
    let result = try runSDS(["translate", "cy", "--content", content])
    #expect(result.status == 0, "\(result.stderr)")
    // Every text of the demo is translated: as many done as there are texts, none to do.
    let counts = try #require(result.stdout.firstMatch(of: /(\d+) texts: (\d+) done, 0 to do, 0 changed since translated \(check them\)\./))
    #expect(counts.output.1 == counts.output.2)
    let after = try String(contentsOfFile: file, encoding: .utf8)
    // Only the file headings (which show where the script is) may differ.
    func entries(_ text: String) -> [String] { text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map(String.init) }
    #expect(entries(after) == entries(before))

    // A new language gets a settings file and a file to fill in.
    let new = try runSDS(["translate", "gd", "--content", content])
    #expect(new.status == 0, "\(new.stderr)")
    #expect(new.stdout.contains("Wrote ") && new.stdout.contains("languages/gd/language.txt"))
    #expect(new.stdout.contains("\(counts.output.1) texts: 0 done, \(counts.output.1) to do"))
    let settings = try String(contentsOfFile: content + "/languages/gd/language.txt", encoding: .utf8)
    #expect(settings.contains("language gd\n") && settings.contains("status: draft"))

    // A pack's own file has only what it changes.
    let packFile = try runSDS(["translate", "cy", "--pack", "anytown", "--content", content])
    #expect(packFile.stdout.contains("19 texts: 19 done"), "\(packFile.stdout)")
  }
}
