import Foundation
import SDSHandoff
import SDSSession
import Testing
import TestSupport

/// `sds session --jsonl`, in-process: one JSON object a line in, one a line out.
@Suite struct JSONLinesSessionTests {
  private func events(_ output: String) throws -> [[String: Any]] {
    try output.split(separator: "\n").map { line in
      try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not JSON: \(line)")
    }
  }

  /// A bad line gets an error event and the session goes on; input that ends stops the conversation.
  @Test func aBadLineGetsAnErrorAndTheSessionGoesOn() throws {
    let lines = [
      #"{"text": "me"}"#,
      "this is not json",
      #"{"nothing": 1}"#,
      #"{"text": "A walk \u001b[31m in the sun"}"#,
      #"{"text": ""}"#,
      #"{"text": "not sure"}"#,
    ]
    let run = SessionHarness.run(SessionHarness.options(), input: lines.joined(separator: "\n") + "\n", jsonl: true)
    let events = try events(run.output)
    let types = events.map { $0["type"] as? String ?? "?" }
    #expect(types == ["say", "ask", "ask", "error", "error", "ask", "ask", "ask", "end"])
    let first = events[1]
    #expect(first["id"] as? String == "who-for")
    #expect(first["kind"] as? String == "choice")
    #expect((first["choices"] as? [[String: Any]])?.first?["key"] as? String == "1")
    #expect(first["optional"] as? Bool == false)
    #expect(events[2]["text"] as? String == "What does a good day look like for you?")
    #expect(events[5]["id"] as? String == "nickname")
    #expect(events[6]["kind"] as? String == "yesno")
    #expect(events[8]["status"] as? String == "stopped")
    #expect(events[8]["reference"] is NSNull)
    #expect(!run.output.contains("\\u001b"))
  }

  /// A sent draft's `end` event gives its reference and the path of the draft in the drop folder.
  @Test func theEndOfASentConversationGivesTheReferenceAndTheDraft() throws {
    let outbox = makeTemporaryFolder("sds-session-outbox")
    // The demo's answers, then "no" to spelling out the reference.
    let answers = try (SessionHarness.lines(SessionHarness.read("piped-demo.input")) + ["no"]).map { JSONLines.line([("text", .string($0))]) }
    let run = SessionHarness.run(SessionHarness.options(outbox: outbox), input: answers.joined(separator: "\n"), jsonl: true)
    let end = try #require(try events(run.output).last)
    #expect(end["type"] as? String == "end")
    #expect(end["status"] as? String == "sent", "\(run.output.suffix(600))")
    let reference = try #require(end["reference"] as? String)
    #expect(end["draft"] as? String == outbox + "/new/\(reference).json")
    #expect(FileManager.default.fileExists(atPath: outbox + "/new/\(reference).json"))
  }
}
