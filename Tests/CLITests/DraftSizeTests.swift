import Foundation
import TestSupport
import Testing

/// "Sent" means an import can read it: a draft that would be larger than the 1 MiB an import reads is
/// not sent. The person is asked to shorten the answer that takes the most room, with their words kept,
/// and the draft that is sent after that imports.
@Suite struct DraftSizeTests {
  /// The demo conversation with a list that takes up to 200 answers, each within the limits.
  func roomyContent() throws -> String {
    let content = makeTemporaryFolder("sds-draft-size") + "/content"
    try FileManager.default.copyItem(atPath: repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo", toPath: content)
    let script = content + "/script/10-demo.txt"
    let text = try String(contentsOfFile: script, encoding: .utf8)
    try text.replacingOccurrences(of: "ask helpers list\n", with: "ask helpers list\n  max: 200\n").write(toFile: script, atomically: true, encoding: .utf8)
    return content
  }

  func lines(_ texts: [String]) throws -> Data {
    try texts.reduce(into: Data()) { $0 += try JSONSerialization.data(withJSONObject: ["text": $1]) + Data("\n".utf8) }
  }

  @Test func aDraftTooLargeToImportIsNotSentAndTheLongAnswerIsAskedAgain() throws {
    let content = try roomyContent()
    let outbox = makeTemporaryFolder("sds-draft-size") + "/outbox"
    // 150 list items of 2,000 three-byte letters: each within every limit, 900 KB of words together.
    let long = String(repeating: "家", count: 2_000)
    let typed = ["me", "x", "", "yes", "1", "x"] + Array(repeating: long, count: 150) + ["", "yes", "Ann", ""]
    let result = try runSDS(["session", "--jsonl", "--content", content, "--outbox", outbox], input: lines(typed))
    #expect(result.status == 0, "\(result.stderr)")
    let events = result.stdout.split(separator: "\n").compactMap { try? JSONSerialization.jsonObject(with: Data($0.utf8)) as? [String: Any] }
    let said = events.compactMap { $0["type"] as? String == "say" ? $0["text"] as? String : nil }
    let tooLong = try #require(said.firstIndex { $0.hasPrefix("That answer is too long.") }, "the person was told to shorten an answer")
    let sent = try #require(said.firstIndex { $0.hasPrefix("Your answers have been sent.") })
    #expect(tooLong < sent, "told before anything was sent")
    #expect(said.filter { $0.hasPrefix("Your answers have been sent.") }.count == 1)
    // The question asked straight after is the long answer's, with the person's words still there.
    let askedAgain = events.drop { ($0["text"] as? String)?.hasPrefix("That answer is too long.") != true }.first { $0["type"] as? String == "ask" }
    #expect(askedAgain?["id"] as? String == "helpers")

    let drafts = try FileManager.default.contentsOfDirectory(atPath: outbox + "/new")
    #expect(drafts.count == 1)
    let size = try FileManager.default.attributesOfItem(atPath: outbox + "/new/" + drafts[0])[.size] as? Int ?? .max
    #expect(size <= 1 << 20)
    let imported = try runSDS(["import", "--all", "--to", makeTemporaryFolder("sds-draft-size") + "/to", "--outbox", outbox])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(try FileManager.default.contentsOfDirectory(atPath: outbox + "/cur") == drafts)
  }
}
