import Foundation
import SDSEngine
import SDSHandoff
import Testing

/// A draft is read only when every JSON reader would read it the same way: a key given twice, half a
/// surrogate pair or a number out of range sends it to quarantine with the reason.
@Suite struct StrictJSONTests {
  struct Case: Sendable, CustomTestStringConvertible {
    var name: String
    var json: String
    /// A few words the reason holds; nil when the text is strict JSON.
    var reason: String?
    var testDescription: String { name }
  }

  static let cases: [Case] = [
    .init(name: "plain object", json: #"{"a": [1, -2.5e3, true, false, null, "x\"y\\u00e9\ud83c\udf37"], "b": {}}"#, reason: nil),
    .init(name: "the largest whole number", json: #"{"n": 9223372036854775807}"#, reason: nil),
    .init(name: "a key given twice", json: #"{"reference": "A", "reference": "B"}"#, reason: "given twice"),
    .init(name: "a key given twice in a nested object", json: #"{"a": [{"k": 1, "j": 2, "k": 3}]}"#, reason: "given twice"),
    .init(name: "the same key written two ways", json: #"{"ref": 1, "r\u0065f": 2}"#, reason: "given twice"),
    .init(name: "many keys, one given twice", json: "{" + (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + ", \"k3\": 0}", reason: "\"k3\" is given twice"),
    .init(name: "many different keys", json: "{" + (0..<40).map { "\"k\($0)\": \($0)" }.joined(separator: ", ") + "}", reason: nil),
    .init(name: "a lone high surrogate", json: #"{"a": "x\ud800y"}"#, reason: "surrogate"),
    .init(name: "a lone low surrogate", json: #"{"a": "\udc00"}"#, reason: "surrogate"),
    .init(name: "a high surrogate then a letter", json: #"{"a": "\ud800\u0041"}"#, reason: "surrogate"),
    .init(name: "a whole number too large", json: #"{"n": 9223372036854775808}"#, reason: "out of range"),
    .init(name: "a number too large for a double", json: #"{"n": 1e400}"#, reason: "out of range"),
    .init(name: "nested too deep", json: String(repeating: "[", count: 100) + String(repeating: "]", count: 100), reason: "nests more than"),
    .init(name: "text after the end", json: #"{} {}"#, reason: "more after the end"),
    .init(name: "a leading zero", json: #"{"n": 01}"#, reason: "not valid JSON"),
    .init(name: "a raw control character", json: "{\"a\": \"x\u{1}\"}", reason: "control character"),
  ]

  @Test(arguments: cases)
  func strictJSONIsTold(_ example: Case) {
    let problem = StrictJSON.problem(in: Data(example.json.utf8))
    if let reason = example.reason {
      #expect(problem?.contains(reason) == true, "\(problem ?? "accepted")")
    } else {
      #expect(problem == nil, "\(problem ?? "")")
    }
  }

  /// A real draft with its reference given a second time is quarantined, never imported with either value.
  @Test func aDraftWithAKeyGivenTwiceIsQuarantined() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(80)
    let draft = sampleDraft(&random)
    let text = draft.jsonText()
    let doubled = text.replacingOccurrences(of: "\"reference\": ", with: "\"reference\": \"ZZZZ-ZZZZ-ZZZ\",\n  \"reference\": ", options: [], range: text.range(of: "\"reference\": "))
    try FileManager.default.createDirectory(atPath: outbox + "/new", withIntermediateDirectories: true)
    let name = draft.reference.description + ".json"
    try doubled.write(toFile: outbox + "/new/" + name, atomically: true, encoding: .utf8)
    let report = try Importer(folder: DropFolder(path: outbox)).run(.init(selection: .all, destination: makeTemporaryFolderPath(), formats: [.json], timeZone: .gmt, now: Date()))
    #expect(report.imported.isEmpty)
    #expect(report.quarantined.map(\.name) == [name])
    let reason = try String(contentsOfFile: outbox + "/quarantine/" + name + ".reason", encoding: .utf8)
    #expect(reason.contains("the key \"reference\" is given twice in one object"), "\(reason)")
    // The draft as written is strict, and reads.
    #expect(StrictJSON.problem(in: draft.jsonData()) == nil)
    #expect(try Draft.read(draft.jsonData()) == draft)
  }
}
