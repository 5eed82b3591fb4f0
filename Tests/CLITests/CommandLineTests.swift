import Foundation
import Testing
import TestSupport

@Suite struct CommandLineTests {
  static let demo = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"

  struct UsageCase: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    var stdoutContains: String
    var stderrContains: String
    var testDescription: String { "sds " + arguments.joined(separator: " ") }
  }

  static let usageCases: [UsageCase] = [
    .init(arguments: ["--help"], status: 0, stdoutContains: "Usage: sds [COMMAND]", stderrContains: ""),
    .init(arguments: ["--version"], status: 0, stdoutContains: "sds 0.", stderrContains: ""),
    .init(arguments: ["--version", "extra"], status: 64, stdoutContains: "", stderrContains: "sds: --version takes nothing after it."),
    .init(arguments: ["--frob"], status: 64, stdoutContains: "", stderrContains: "sds: There is no option '--frob' for 'sds'."),
    .init(arguments: ["check", "--help"], status: 0, stdoutContains: "Usage: sds check", stderrContains: ""),
    .init(arguments: ["session", "--help"], status: 0, stdoutContains: "Usage: sds session --jsonl", stderrContains: ""),
    .init(arguments: ["frobnicate"], status: 64, stdoutContains: "", stderrContains: "sds: there is no command called 'frobnicate'."),
    .init(arguments: ["check", "--colour"], status: 64, stdoutContains: "", stderrContains: "There is no option '--colour' for 'sds check'."),
    .init(arguments: ["session"], status: 64, stdoutContains: "", stderrContains: "add --jsonl"),
    .init(arguments: ["--content"], status: 64, stdoutContains: "", stderrContains: "The option --content needs a value."),
    .init(arguments: ["--content", "/nonexistent/place"], status: 66, stdoutContains: "", stderrContains: "I looked in:\n  /nonexistent/place"),
  ]

  @Test(arguments: usageCases)
  func usage(_ test: UsageCase) throws {
    let result = try runSDS(test.arguments)
    #expect(result.status == test.status, "\(result.stderr)")
    if !test.stdoutContains.isEmpty { #expect(result.stdout.contains(test.stdoutContains), "\(result.stdout)") }
    if !test.stderrContains.isEmpty { #expect(result.stderr.contains(test.stderrContains), "\(result.stderr)") }
    if test.status == 64 {
      // One line that says what was wrong, then where to read the usage: both fit on a 24-line console.
      let lines = result.stderr.split(separator: "\n")
      #expect(lines.count == 2, "\(result.stderr)")
      #expect(lines.first?.hasPrefix("sds") == true)
      #expect(lines.last?.hasPrefix("Type 'sds") == true && lines.last?.hasSuffix("--help' to see its options.") == true
        || lines.last == "Type 'sds --help' to see the commands and options.", "\(result.stderr)")
    }
  }

  @Test func checkPassesOnGoodContentAndFailsOnBroken() throws {
    let good = try runSDS(["check", Self.demo])
    #expect(good.status == 0)
    #expect(good.stderr.contains("0 errors, 0 warnings"))

    let broken = makeTemporaryFolder()
    try FileManager.default.createDirectory(atPath: broken + "/script", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Self.demo + "/script/00-system.txt", toPath: broken + "/script/00-system.txt")
    try "section a\nask x number\n  prompt: How many?\ngo to nowhere\n".write(toFile: broken + "/script/10-a.txt", atomically: true, encoding: .utf8)
    let result = try runSDS(["check", broken])
    #expect(result.status == 1)
    let lines = result.stdout.split(separator: "\n")
    #expect(lines.contains { $0.hasSuffix("10-a.txt:2:7: error E-UNKNOWN-KIND: \"number\" is not a kind of question. Use text, yesno, choice, multi or list.") })
    #expect(lines.contains { $0.contains("10-a.txt:4:7: error E-UNKNOWN-SECTION") })
    #expect(lines.contains { $0.contains("10-a.txt:2:5: warning W-NO-HELP") })

    // Under each problem, the line itself with a caret under the column; --brief leaves them out.
    let kind = try #require(lines.firstIndex { $0.contains("10-a.txt:2:7: error E-UNKNOWN-KIND") })
    #expect(Array(lines[(kind + 1)...(kind + 2)]) == [" 2 | ask x number", "   |       ^"])
    let brief = try runSDS(["check", "--brief", broken])
    #expect(brief.status == 1 && !brief.stdout.contains(" | "), "\(brief.stdout)")
  }

  /// `check --explain CODE` says what a code means, with an example and the fix, as rustc --explain does.
  @Test func checkExplainsACode() throws {
    let result = try runSDS(["check", "--explain", "e-duplicate-id"])
    #expect(result.status == 0)
    #expect(result.stdout.hasPrefix("E-DUPLICATE-ID (error): Two things have the same id.\n"), "\(result.stdout)")
    #expect(result.stdout.contains("For example:") && result.stdout.contains("What to do: "))
    let unknown = try runSDS(["check", "--explain", "E-DUPLICATE-IDS"])
    #expect(unknown.status == 64)
    #expect(unknown.stderr.contains("there is no code 'E-DUPLICATE-IDS'. Did you mean E-DUPLICATE-ID?"), "\(unknown.stderr)")
  }

  /// `check` warns about jargon always, and with --readability measures every piece and warns past the limits.
  @Test func checkReportsJargonAndReadability() throws {
    let folder = makeTemporaryFolder()
    try FileManager.default.createDirectory(atPath: folder + "/script", withIntermediateDirectories: true)
    try FileManager.default.copyItem(atPath: Self.demo + "/script/00-system.txt", toPath: folder + "/script/00-system.txt")
    try "respite: say \"a break from caring\"\n".write(toFile: folder + "/jargon.txt", atomically: true, encoding: .utf8)
    let words = Array(repeating: "and on", count: 14).joined(separator: " ")
    try """
      section a
      say long
        It goes on \(words).
      ask rest yesno
        prompt: Would respite help? Would it?
        help: Answer yes or no.
      """.write(toFile: folder + "/script/10-a.txt", atomically: true, encoding: .utf8)

    let plain = try runSDS(["check", folder])
    #expect(plain.status == 0)
    let plainLines = plain.stdout.split(separator: "\n")
    #expect(plainLines.contains { $0.hasSuffix("10-a.txt:5:11: warning W-JARGON: \"respite\" is on the jargon list (ask rest). The list says: say \"a break from caring\". To keep the word, explain it here or in the help, like: Respite means ...") }, "\(plain.stdout)")
    #expect(!plain.stdout.contains("W-READ"), "\(plain.stdout)")
    #expect(!plain.stdout.contains("N-READ"))

    let measured = try runSDS(["check", "--readability", folder])
    #expect(measured.status == 0)
    let lines = measured.stdout.split(separator: "\n").map(String.init)
    #expect(lines.contains { $0.hasSuffix("10-a.txt:3:3: warning W-READ-SENTENCE: A sentence has 31 words (say long). Keep sentences to 25 words or fewer: \"It goes on \(words).\"") }, "\(measured.stdout)")
    #expect(lines.contains { $0.hasSuffix("10-a.txt:5:11: warning W-READ-QUESTIONS: This text asks 2 questions (ask rest). Ask one question at a time.") })
    #expect(lines.contains { $0.hasSuffix("10-a.txt:6:9: note N-READ: grade 0.7, longest sentence 4 words (help, ask rest)") }, "\(measured.stdout)")
    #expect(lines.contains("Readability: \(lines.filter { $0.contains("N-READ") }.count) pieces of text, \(lines.filter { $0.contains("N-READ: grade") }.count) of them prose."))
    #expect(lines.contains { $0.hasPrefix("Longest sentence: 31 words (limit 25) at ") && $0.contains("10-a.txt:3:3") })
    #expect(measured.stderr.contains("0 errors, "))
  }

  @Test func pipedConversationMatchesGolden() throws {
    let input = try String(contentsOfFile: folder(of: #filePath) + "/Golden/piped-demo.input", encoding: .utf8)
    // A drop folder that cannot exist, so the golden shows sending fail (and no reference, which is random).
    let result = try runSDS(["--content", Self.demo, "--outbox", "/dev/null/outbox"], input: input)
    #expect(result.status == 0)
    if let mismatch = goldenMismatch(result.stdout, goldenPath: folder(of: #filePath) + "/Golden/piped-demo.txt") {
      Issue.record(Comment(rawValue: mismatch))
    }
  }

  @Test func hostileBytesNeverCrashAndNeverReachTheScreen() throws {
    var input = Data("me\n".utf8)
    input += Data([0x41, 0x00, 0x42, 0xFF, 0xFE, 0x43, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0x44, 0x0A])  // NUL, invalid UTF-8, ESC[31m
    input += Data(repeating: 0x78, count: 1_000_000) + Data([0x0A])  // a 1 MB line
    input += Data("short answer\n".utf8)
    let result = try runSDS(["--content", Self.demo], input: input)
    #expect(result.status == 0)
    #expect(!result.stdout.contains("\u{1B}"))
    #expect(!result.stdout.contains("\u{0}"))
    #expect(result.stdout.contains("> AB\u{FFFD}\u{FFFD}CD"))
    #expect(result.stdout.contains("That answer is too long."))
    #expect(result.stdout.utf8.count < 20_000, "the long line is not echoed in full")
  }
}
