import Foundation
import Glibc
import SDSEngine
import SDSHandoff
import Synchronization
import Testing

@Suite struct DropFolderTests {
  @Test func aDraftIsPublishedInFullWithPrivateModesAndNothingLeftInTmp() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(10)
    let draft = sampleDraft(&random)
    let path = try DropFolder(path: outbox).deliver(draft)
    #expect(path == outbox + "/new/" + draft.reference.description + ".json")
    #expect(try Draft.read(Data(contentsOf: URL(fileURLWithPath: path))) == draft)
    #expect(names(outbox + "/tmp").isEmpty)
    #expect(mode(outbox) == 0o700 && mode(outbox + "/tmp") == 0o700 && mode(outbox + "/new") == 0o700)
    #expect(mode(path) == 0o600)
  }

  @Test func twentyConcurrentSendersMakeTwentyDistinctCompleteFiles() throws {
    let outbox = temporaryOutbox()
    let drafts = (0..<20).map { index -> Draft in
      var random = SeededRandom(UInt64(100 + index))
      return sampleDraft(&random)
    }
    let failures = Shared<[String]>([])
    // Twenty threads, all released at once; each opens the folder itself, as separate kiosks do.
    let start = DispatchSemaphore(value: 0)
    let done = DispatchGroup()
    for draft in drafts {
      done.enter()
      Thread.detachNewThread {
        start.wait()
        do { _ = try DropFolder(path: outbox).deliver(draft) } catch { failures.withLock { $0.append("\(error)") } }
        done.leave()
      }
    }
    for _ in drafts { start.signal() }
    done.wait()
    #expect(failures.withLock { $0 }.isEmpty)
    let published = names(outbox + "/new")
    #expect(published.count == 20)
    #expect(Set(published) == Set(drafts.map { $0.reference.description + ".json" }))
    for draft in drafts {
      let data = try Data(contentsOf: URL(fileURLWithPath: outbox + "/new/" + draft.reference.description + ".json"))
      #expect(try Draft.read(data) == draft, "every file is complete")
    }
    #expect(names(outbox + "/tmp").isEmpty)
  }

  /// A sender that dies after writing `tmp/` but before the rename leaves nothing in `new/`: readers
  /// see no draft at all, later senders are not disturbed, and after 36 hours an import moves the
  /// leftover to quarantine/ instead of deleting it.
  @Test func aWriterKilledBetweenWriteAndRenameLeavesNothingInNew() throws {
    let outbox = temporaryOutbox()
    let folder = DropFolder(path: outbox)
    var random = SeededRandom(11)
    let abandoned = sampleDraft(&random)
    _ = try folder.stage(abandoned.jsonData(), name: DropFolder.fileName(for: abandoned.reference))
    // And one killed in the middle of writing: half a file.
    let half = sampleDraft(&random)
    try half.jsonData().prefix(300).write(to: URL(fileURLWithPath: outbox + "/tmp/" + DropFolder.fileName(for: half.reference)))

    #expect(names(outbox + "/new").isEmpty)
    let listing = try folder.list(.new)
    #expect(listing.drafts.isEmpty && listing.unreadable.isEmpty)

    let next = sampleDraft(&random)
    _ = try folder.deliver(next)
    #expect(names(outbox + "/new") == [DropFolder.fileName(for: next.reference)])

    let destination = makeTemporaryFolderPath()
    let soon = try Importer(folder: folder).run(.init(selection: .all, destination: destination, formats: [.json], timeZone: .gmt, now: Date().addingTimeInterval(3_600)))
    #expect(soon.imported == [next.reference])
    #expect(soon.quarantined.isEmpty, "a file in tmp/ may still be being written")
    #expect(names(outbox + "/tmp").count == 2)

    let later = try Importer(folder: folder).run(.init(selection: .all, destination: destination, formats: [.json], timeZone: .gmt, now: Date().addingTimeInterval(37 * 3_600)))
    #expect(later.quarantined.map(\.problem) == [.abandoned, .abandoned])
    #expect(names(outbox + "/tmp").isEmpty)
    #expect(names(outbox + "/quarantine").count == 4, "both files and their .reason files")
  }

  @Test func aLinkPlantedAtTheFileNameInTmpIsRefusedAndItsTargetUntouched() throws {
    let outbox = temporaryOutbox()
    let victim = makeTemporaryFolderPath() + "-victim"
    try "keep me".write(toFile: victim, atomically: true, encoding: .utf8)
    var random = SeededRandom(12)
    let draft = sampleDraft(&random)
    try FileManager.default.createDirectory(atPath: outbox + "/tmp", withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: outbox + "/tmp/" + DropFolder.fileName(for: draft.reference), withDestinationPath: victim)
    #expect(throws: FileSystemError.self) { try DropFolder(path: outbox).deliver(draft) }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    #expect(names(outbox + "/new").isEmpty)
  }

  @Test func aLinkPlantedInNewAfterWritingIsNeverReplacedOrFollowed() throws {
    let outbox = temporaryOutbox()
    let victim = makeTemporaryFolderPath() + "-victim"
    try "keep me".write(toFile: victim, atomically: true, encoding: .utf8)
    var random = SeededRandom(13)
    let draft = sampleDraft(&random)
    let folder = DropFolder(path: outbox)
    let staged = try folder.stage(draft.jsonData(), name: DropFolder.fileName(for: draft.reference))
    try FileManager.default.createSymbolicLink(atPath: outbox + "/new/" + staged.name, withDestinationPath: victim)
    do {
      _ = try folder.publish(staged)
      Issue.record("published over a planted link")
    } catch {
      #expect(error.nameTaken)
    }
    #expect(try String(contentsOfFile: victim, encoding: .utf8) == "keep me")
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: outbox + "/new/" + staged.name) == victim)
  }

  @Test func aNewFolderThatIsALinkIsRefused() throws {
    let outbox = temporaryOutbox()
    let elsewhere = makeTemporaryFolderPath()
    try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: true)
    try FileManager.default.createDirectory(atPath: elsewhere, withIntermediateDirectories: true)
    try FileManager.default.createSymbolicLink(atPath: outbox + "/new", withDestinationPath: elsewhere)
    var random = SeededRandom(14)
    do {
      _ = try DropFolder(path: outbox).deliver(sampleDraft(&random))
      Issue.record("wrote through a linked folder")
    } catch {
      #expect(error.description.contains("symbolic link"), "\(error)")
    }
    #expect(names(elsewhere).isEmpty)
  }

  @Test func aFolderThatCannotBeMadeSaysWhy() throws {
    let file = makeTemporaryFolderPath() + "-file"
    try "not a folder".write(toFile: file, atomically: true, encoding: .utf8)
    var random = SeededRandom(15)
    do {
      _ = try DropFolder(path: file + "/outbox").deliver(sampleDraft(&random))
      Issue.record("delivered under a file")
    } catch {
      #expect(error.description.contains("Part of the path is a file, not a folder"), "\(error)")
    }
    #expect(DropFolder(path: file).problem() == "the drop folder \(file) is not a folder")
  }

  @Test func theSameReferenceIsNeverWrittenTwice() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(16)
    let draft = sampleDraft(&random)
    let path = try DropFolder(path: outbox).deliver(draft)
    let before = try Data(contentsOf: URL(fileURLWithPath: path))
    var other = RecordFixtures.selfFull.draft
    other.reference = draft.reference
    do {
      _ = try DropFolder(path: outbox).deliver(other)
      Issue.record("wrote over a draft")
    } catch {
      #expect(error.nameTaken)
    }
    #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
    #expect(names(outbox + "/tmp").isEmpty)
  }

  /// File names come from the reference only, never from anything the person typed.
  @Test func fileNamesNeverHoldWhatThePersonTyped() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(17)
    for typed in ["../../etc/x", "CON", "a\\b", "nul\u{0}x", ".hidden", "name. "] {
      var record = RecordFixtures.minimal.record
      record.entries.append(RecordFixtures.entry("name", "person.preferredName", .text(typed)))
      var metadata = RecordFixtures.minimal.metadata
      metadata.reference = Reference.random(using: &random)
      _ = try DropFolder(path: outbox).deliver(Draft(record: record, metadata: metadata))
    }
    let published = names(outbox + "/new")
    #expect(published.count == 6)
    #expect(published.allSatisfy { $0.wholeMatch(of: /[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{3}\.json/) != nil }, "\(published)")
  }
}

/// A path for a new temporary folder (not made).
func makeTemporaryFolderPath() -> String { NSTemporaryDirectory() + "sds-handoff-\(UUID().uuidString)" }

/// A value shared between threads, behind a lock: a `Mutex` that closures can capture.
final class Shared<Value: Sendable>: Sendable {
  private let mutex: Mutex<Value>
  init(_ value: Value) { mutex = Mutex(value) }
  func withLock<T: Sendable>(_ body: (inout Value) -> T) -> T { mutex.withLock { body(&$0) } }
}
