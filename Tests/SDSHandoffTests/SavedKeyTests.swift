import CCrypto
import Foundation
import SDSEngine
import SDSHandoff
import TestSupport
import Testing

/// A copy of `saved/` is useless without the kiosks' key file: the word cannot be checked, the answers
/// cannot be opened, and the try count cannot be edited. Saves from before the key file still open.
@Suite struct SavedKeyTests {
  let savedAt = RecordFixtures.time(1, 10, 0)

  func store(_ outbox: String, key: SavedConversationKey?) -> SavedConversations {
    SavedConversations(folder: DropFolder(path: outbox), key: key, iterations: 1_000)
  }

  func save(seed: UInt64) throws -> (outbox: String, reference: String) {
    let outbox = temporaryOutbox()
    var random = SeededRandom(seed)
    let json = #"{"answers": {"good-day": {"text": "Walking the dog by the canal"}}, "failures": 0, "delivery": "none"}"#
    let state = try JSONDecoder().decode(EngineState.self, from: Data(json.utf8))
    let ticket = try store(outbox, key: testSavedKey).save(SavedConversation(state: state, started: savedAt), word: "tulip", now: savedAt, random: &random)
    return (outbox, ticket.reference.description)
  }

  func file(_ outbox: String, _ reference: String) throws -> [String: Any] {
    let data = try Data(contentsOf: URL(fileURLWithPath: outbox + "/saved/" + reference + ".json"))
    return try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
  }

  @Test func withoutTheKeyFileItCannotBeOpened() throws {
    let (outbox, reference) = try save(seed: 90)
    let later = savedAt.addingTimeInterval(60)
    guard case .damaged(let reason) = try store(outbox, key: nil).open(reference, word: "tulip", now: later) else {
      Issue.record("opened without the key file"); return
    }
    #expect(reason.contains("was saved with a key file, and this sds has none"))
    let other = try #require(SavedConversationKey(bytes: Array(repeating: 9, count: 32)))
    guard case .damaged = try store(outbox, key: other).open(reference, word: "tulip", now: later) else {
      Issue.record("opened with another key file"); return
    }
    guard case .opened = try store(outbox, key: testSavedKey).open(reference, word: "tulip", now: later) else {
      Issue.record("the right key file and word did not open it"); return
    }
  }

  /// What an attacker with only the file would do: PBKDF2 of a guess with the stored salt and rounds.
  /// Even the right word does not give the stored check value, so no guess can be confirmed offline.
  @Test func theRightWordCannotBeConfirmedFromTheFileAlone() throws {
    let (outbox, reference) = try save(seed: 91)
    let saved = try file(outbox, reference)
    let kdf = try #require(saved["kdf"] as? [String: Any])
    let salt = try #require(Data(base64Encoded: kdf["salt"] as? String ?? ""))
    let check = try #require(Data(base64Encoded: saved["check"] as? String ?? ""))
    let rounds = try #require(kdf["iterations"] as? Int)
    var output = [UInt8](repeating: 0, count: 64)
    let word = Array("tulip".utf8).map { CChar(bitPattern: $0) }
    #expect(PKCS5_PBKDF2_HMAC(word, Int32(word.count), Array(salt), Int32(salt.count), Int32(rounds), EVP_sha256(), 64, &output) == 1)
    #expect(Array(output[32..<64]) != Array(check) && Array(output[0..<32]) != Array(check))
  }

  /// Editing the try count in the file (back to 0 after four wrong words) is noticed: the file is refused.
  @Test func anEditedTryCountIsRefused() throws {
    let (outbox, reference) = try save(seed: 92)
    let later = savedAt.addingTimeInterval(60)
    for left in [4, 3, 2, 1] {
      #expect(try store(outbox, key: testSavedKey).open(reference, word: "rose", now: later) == .wrongWord(attemptsLeft: left))
    }
    let path = outbox + "/saved/" + reference + ".json"
    let text = try String(contentsOfFile: path, encoding: .utf8)
    #expect(text.contains("\"failedAttempts\": 4"))
    try text.replacingOccurrences(of: "\"failedAttempts\": 4", with: "\"failedAttempts\": 0").write(toFile: path, atomically: true, encoding: .utf8)
    guard case .damaged(let reason) = try store(outbox, key: testSavedKey).open(reference, word: "rose", now: later) else {
      Issue.record("an edited try count was accepted"); return
    }
    #expect(reason.contains("its seal does not match"))
  }

  @Test func nothingIsSavedWithoutTheKeyFile() throws {
    var random = SeededRandom(93)
    let outbox = temporaryOutbox()
    let state = try JSONDecoder().decode(EngineState.self, from: Data(#"{"answers": {}, "failures": 0, "delivery": "none"}"#.utf8))
    #expect(throws: FileSystemError.self) {
      _ = try store(outbox, key: nil).save(SavedConversation(state: state, started: savedAt), word: "tulip", now: savedAt, random: &random)
    }
    #expect(names(outbox + "/saved").isEmpty)
  }

  /// A save made by sds before the key file (Fixtures/saved-v1) still opens with its word.
  @Test func aSaveFromBeforeTheKeyFileStillOpens() throws {
    let outbox = temporaryOutbox()
    try FileManager.default.createDirectory(atPath: outbox + "/saved", withIntermediateDirectories: true)
    let name = CraftedSaveTests.oldReference + ".json"
    try FileManager.default.copyItem(atPath: repositoryRoot() + "/Tests/SDSHandoffTests/Fixtures/saved-v1/" + name, toPath: outbox + "/saved/" + name)
    let opened = try store(outbox, key: testSavedKey).open(CraftedSaveTests.oldReference, word: "Tulip", now: CraftedSaveTests.oldSavedAt.addingTimeInterval(60))
    guard case .opened(let conversation) = opened else { Issue.record("\(opened)"); return }
    #expect(conversation.state.answers["good-day"] == .text("A walk in the park"))
  }

  @Test func aKeyFileTooShortIsToldPlainly() throws {
    let path = makeTemporaryFolder("sds-key") + "/saved.key"
    try Data(repeating: 1, count: 16).write(to: URL(fileURLWithPath: path))
    #expect(throws: KeyFileProblem.self) { _ = try SavedConversationKey.read(path) }
    do { _ = try SavedConversationKey.read(path) } catch { #expect(error.description.contains("holds 16 bytes; it needs 32")) }
    try Data(repeating: 1, count: 32).write(to: URL(fileURLWithPath: path))
    #expect(throws: Never.self) { _ = try SavedConversationKey.read(path) }
  }
}
