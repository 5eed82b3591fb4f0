import Foundation
import SDSEngine
import SDSHandoff
import Synchronization
import Testing

@Suite struct SavedConversationTests {
  /// Few PBKDF2 rounds keep the tests quick; the program uses 600,000.
  let iterations = 1_000
  let savedAt = RecordFixtures.time(1, 10, 0)

  /// A state with some answers in it, as the engine saves it.
  func conversation() throws -> SavedConversation {
    let json = #"{"answers": {"good-day": {"text": "Walking the dog by the canal"}, "feel-safe": {"yesNo": "no"}}, "failures": 0, "delivery": "none"}"#
    let state = try JSONDecoder().decode(EngineState.self, from: Data(json.utf8))
    return SavedConversation(state: state, started: RecordFixtures.time(1, 9, 40))
  }

  func store(_ outbox: String) -> SavedConversations { SavedConversations(folder: DropFolder(path: outbox), key: testSavedKey, iterations: iterations) }

  @Test func theRightWordOpensItOnAnyKioskSharingTheFolder() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(30)
    let saved = try conversation()
    let ticket = try store(outbox).save(saved, word: "Tulip", now: savedAt, random: &random)
    #expect(ticket.deleteAfter == savedAt.addingTimeInterval(28 * 24 * 3_600))
    #expect(PlainDates.day(ticket.deleteAfter, timeZone: .gmt) == "29 December 2026")
    // Another kiosk: a new value for the same folder. The word in any case, with spaces around it.
    let opened = try SavedConversations(folder: DropFolder(path: outbox), key: testSavedKey).open(ticket.reference.compact.lowercased(), word: "  tulip ", now: savedAt.addingTimeInterval(3_600))
    #expect(opened == .opened(saved))
  }

  @Test func theSavedFileAloneShowsNothingThePersonSaidOrTheWord() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(31)
    let ticket = try store(outbox).save(try conversation(), word: "Tulip", now: savedAt, random: &random)
    let file = outbox + "/saved/" + ticket.reference.description + ".json"
    let text = try String(contentsOfFile: file, encoding: .utf8)
    #expect(!text.contains("canal"))
    #expect(!text.lowercased().contains("tulip"))
    #expect(!text.contains(Data("Walking the dog".utf8).base64EncodedString().prefix(12)))
    #expect(text.contains("\"schema\": \"sds-saved/2\""))
    #expect(text.contains("PBKDF2-HMAC-SHA256") && text.contains("AES-256-GCM"))
    #expect(mode(file) == 0o600 && mode(outbox + "/saved") == 0o700)
  }

  @Test func aWrongWordSaysHowManyTriesAreLeftThenFiveLockItForFifteenMinutes() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(32)
    let saved = try conversation()
    let ticket = try store(outbox).save(saved, word: "tulip", now: savedAt, random: &random)
    let reference = ticket.reference.description
    var now = savedAt.addingTimeInterval(60)
    for left in [4, 3, 2, 1] {
      #expect(try store(outbox).open(reference, word: "rose", now: now) == .wrongWord(attemptsLeft: left))
      now.addTimeInterval(10)
    }
    let lockedUntil = now.addingTimeInterval(15 * 60)
    #expect(try store(outbox).open(reference, word: "rose", now: now) == .locked(until: lockedUntil))
    // While locked, even the right word does not open it.
    #expect(try store(outbox).open(reference, word: "tulip", now: now.addingTimeInterval(14 * 60)) == .locked(until: lockedUntil))
    // Once the 15 minutes are over, the right word works again and the count starts afresh.
    #expect(try store(outbox).open(reference, word: "tulip", now: lockedUntil.addingTimeInterval(1)) == .opened(saved))
    #expect(try store(outbox).open(reference, word: "rose", now: lockedUntil.addingTimeInterval(2)) == .wrongWord(attemptsLeft: 4))
  }

  /// Someone trying words on many kiosks at once gets no more than five tries: each is counted, and
  /// after five even the right word is refused until the lock is over.
  @Test func triesAtTheSameMomentOnManyKiosksAreEachCounted() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(34)
    let ticket = try store(outbox).save(try conversation(), word: "tulip", now: savedAt, random: &random)
    let reference = ticket.reference.description
    let now = savedAt.addingTimeInterval(60)
    let results = Results()
    DispatchQueue.concurrentPerform(iterations: 12) { kiosk in
      // A store of its own for each, as separate kiosks have.
      let outcome = try? SavedConversations(folder: DropFolder(path: outbox), key: testSavedKey, iterations: iterations).open(reference, word: "rose\(kiosk)", now: now)
      results.add(outcome)
    }
    let outcomes = results.all
    #expect(outcomes.count == 12)
    #expect(outcomes.filter { if case .wrongWord? = $0 { true } else { false } }.count == 4, "\(outcomes)")
    #expect(outcomes.filter { if case .locked? = $0 { true } else { false } }.count == 8, "\(outcomes)")
    #expect(try store(outbox).open(reference, word: "tulip", now: now.addingTimeInterval(60)) == .locked(until: now.addingTimeInterval(15 * 60)))
    #expect(names(outbox + "/saved") == [reference + ".json"], "no lock is left behind")
  }

  /// A lock left by a kiosk that stopped half way does not keep the person out for long.
  @Test func aLockLeftBehindIsClearedAfterHalfAMinute() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(35)
    let saved = try conversation()
    let ticket = try store(outbox).save(saved, word: "tulip", now: savedAt, random: &random)
    let lock = outbox + "/saved/" + ticket.reference.description + ".json.lock"
    #expect(FileManager.default.createFile(atPath: lock, contents: Data()))
    var old = [timespec(tv_sec: time(nil) - 40, tv_nsec: 0), timespec(tv_sec: time(nil) - 40, tv_nsec: 0)]
    #expect(utimensat(AT_FDCWD, lock, &old, 0) == 0)
    #expect(try store(outbox).open(ticket.reference.description, word: "tulip", now: savedAt.addingTimeInterval(60)) == .opened(saved))
    #expect(!FileManager.default.fileExists(atPath: lock))
  }

  /// Outcomes gathered from many threads.
  final class Results: Sendable {
    private let outcomes = Mutex<[SavedConversations.Opened?]>([])
    func add(_ outcome: SavedConversations.Opened?) { outcomes.withLock { $0.append(outcome) } }
    var all: [SavedConversations.Opened?] { outcomes.withLock { $0 } }
  }

  @Test func anExpiredSaveIsGoneAndDeleted() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(33)
    let ticket = try store(outbox).save(try conversation(), word: "tulip", now: savedAt, random: &random)
    let file = outbox + "/saved/" + ticket.reference.description + ".json"
    #expect(try store(outbox).open(ticket.reference.description, word: "tulip", now: ticket.deleteAfter.addingTimeInterval(-1)) != .notFound)
    #expect(try store(outbox).open(ticket.reference.description, word: "tulip", now: ticket.deleteAfter) == .notFound)
    #expect(!FileManager.default.fileExists(atPath: file))
  }

  @Test func expiredSavesAreDeletedWhenAnyoneSavesOrImports() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(34)
    let old = try store(outbox).save(try conversation(), word: "tulip", now: savedAt, random: &random)
    let later = savedAt.addingTimeInterval(29 * 24 * 3_600)
    let recent = try store(outbox).save(try conversation(), word: "tulip", now: later, random: &random)
    #expect(names(outbox + "/saved") == [recent.reference.description + ".json"], "saving deleted the old one")
    #expect(old != recent)
    #expect(store(outbox).deleteExpired(now: later.addingTimeInterval(28 * 24 * 3_600)) == 1)
    #expect(names(outbox + "/saved").isEmpty)
  }

  @Test func unknownOrMistypedReferencesAreNotFound() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(35)
    let ticket = try store(outbox).save(try conversation(), word: "tulip", now: savedAt, random: &random)
    var typo = Array(ticket.reference.compact)
    typo[0] = typo[0] == "A" ? "B" : "A"
    #expect(try store(outbox).open(String(typo), word: "tulip", now: savedAt) == .notFound)
    #expect(try store(outbox).open("nonsense", word: "tulip", now: savedAt) == .notFound)
    #expect(try store(outbox).open(Reference.random(using: &random).description, word: "tulip", now: savedAt) == .notFound)
  }

  @Test func aChangedFileIsNeverOpened() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(36)
    let ticket = try store(outbox).save(try conversation(), word: "tulip", now: savedAt, random: &random)
    let file = outbox + "/saved/" + ticket.reference.description + ".json"
    var object = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: file))) as? [String: Any])
    var bytes = [UInt8](Data(base64Encoded: object["ciphertext"] as! String)!)
    bytes[0] ^= 1
    object["ciphertext"] = Data(bytes).base64EncodedString()
    try JSONSerialization.data(withJSONObject: object).write(to: URL(fileURLWithPath: file))
    guard case .damaged(let reason) = try store(outbox).open(ticket.reference.description, word: "tulip", now: savedAt) else {
      Issue.record("opened a changed file")
      return
    }
    #expect(reason.contains("was changed since sds wrote it"))
  }

  @Test func deletingASaveAfterItWasCarriedOn() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(37)
    let ticket = try store(outbox).save(try conversation(), word: "tulip", now: savedAt, random: &random)
    try store(outbox).delete(ticket.reference)
    #expect(try store(outbox).open(ticket.reference.description, word: "tulip", now: savedAt) == .notFound)
  }
}
