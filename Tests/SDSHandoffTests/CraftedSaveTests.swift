import Foundation
import Glibc
import SDSEngine
import SDSHandoff
import TestSupport
import Testing

/// A saved file is read from a folder others can write to: no number in it can crash `sds`, give
/// extra tries or make a try slow, and no lock left in the way can make it wait for ever.
@Suite struct CraftedSaveTests {
  let savedAt = RecordFixtures.time(1, 10, 0)

  func store(_ outbox: String) -> SavedConversations { SavedConversations(folder: DropFolder(path: outbox), key: testSavedKey, iterations: 1_000) }

  /// A save made before the key file (`sds-saved/1`, whose numbers have no seal), with `key` in its
  /// file changed to `value` (JSON text). The word is "tulip".
  func craftedSave(_ key: String, _ value: String, seed: UInt64) throws -> (outbox: String, reference: String) {
    let outbox = temporaryOutbox()
    try FileManager.default.createDirectory(atPath: outbox + "/saved", withIntermediateDirectories: true)
    let file = outbox + "/saved/" + Self.oldReference + ".json"
    var text = try String(contentsOfFile: repositoryRoot() + "/Tests/SDSHandoffTests/Fixtures/saved-v1/" + Self.oldReference + ".json", encoding: .utf8)
    let pattern = try Regex("\"\(key)\": [^,\\n]+")
    text = text.replacing(pattern, with: "\"\(key)\": \(value)")
    try text.write(toFile: file, atomically: true, encoding: .utf8)
    return (outbox, Self.oldReference)
  }

  /// The saved file in Fixtures/saved-v1, made by sds before the key file, on 7 December 2026 at 22:48:48.
  static let oldReference = "BX7K-N3X7-GUT"
  static let oldSavedAt = Date(timeIntervalSince1970: 1_796_683_728)

  @Test func aHugeTryCountLocksItWithoutACrash() throws {
    let (outbox, reference) = try craftedSave("failedAttempts", "9223372036854775807", seed: 60)
    let opened = try store(outbox).open(reference, word: "rose", now: Self.oldSavedAt.addingTimeInterval(60))
    guard case .locked = opened else { Issue.record("\(opened)"); return }
  }

  @Test func aNegativeTryCountGivesNoExtraTries() throws {
    let (outbox, reference) = try craftedSave("failedAttempts", "-1000", seed: 61)
    #expect(try store(outbox).open(reference, word: "rose", now: Self.oldSavedAt.addingTimeInterval(60)) == .wrongWord(attemptsLeft: 4))
  }

  @Test(arguments: ["10000000", "0", "-5"])
  func roundsOutsideTheLimitsAreRefusedAtOnce(_ rounds: String) throws {
    let (outbox, reference) = try craftedSave("iterations", rounds, seed: 62)
    let start = Date()
    let opened = try store(outbox).open(reference, word: "tulip", now: Self.oldSavedAt.addingTimeInterval(60))
    guard case .damaged = opened else { Issue.record("\(opened)"); return }
    #expect(Date().timeIntervalSince(start) < 2)
  }

  @Test func aLockThatIsAFolderIsToldAtOnceNeverWaitedOn() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(63)
    let state = try JSONDecoder().decode(EngineState.self, from: Data(#"{"answers": {}, "failures": 0, "delivery": "none"}"#.utf8))
    let ticket = try store(outbox).save(SavedConversation(state: state, started: savedAt), word: "tulip", now: savedAt, random: &random)
    let lock = outbox + "/saved/" + ticket.reference.description + ".json.lock"
    try FileManager.default.createDirectory(atPath: lock + "/inside", withIntermediateDirectories: true)
    var old = [timespec(tv_sec: time(nil) - 40, tv_nsec: 0), timespec(tv_sec: time(nil) - 40, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, lock, &old, 0) == 0)
    let start = Date()
    do {
      _ = try store(outbox).open(ticket.reference.description, word: "tulip", now: savedAt.addingTimeInterval(60))
      Issue.record("opened past a lock that is a folder")
    } catch {
      #expect(error.description.contains("is a folder, not a lock file sds made. Move it away"), "\(error)")
    }
    #expect(Date().timeIntervalSince(start) < 2)
  }
}
