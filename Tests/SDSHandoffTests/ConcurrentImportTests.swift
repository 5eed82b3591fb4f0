import Foundation
import Glibc
import Synchronization
import SDSEngine
import SDSHandoff
import TestSupport
import Testing

/// Several real `sds import` processes at once, as when two key workers press import at the same moment:
/// every draft is imported exactly once, no row of `drafts.csv` is lost, and every message and exit
/// status is true.
@Suite struct ConcurrentImportTests {
  static let drafts = 150

  func deliver(_ count: Int, to outbox: String, seed: UInt64) throws -> [Draft] {
    var random = SeededRandom(seed)
    return try (0..<count).map { _ in
      let draft = sampleDraft(&random)
      _ = try DropFolder(path: outbox).deliver(draft)
      return draft
    }
  }

  /// Runs `sds import` with each list of arguments, all started together; their results in order.
  func together(_ runs: [[String]]) throws -> [RunResult] {
    let results = Mutex<[Int: RunResult]>([:])
    DispatchQueue.concurrentPerform(iterations: runs.count) { index in
      guard let result = try? runSDS(runs[index]) else { return }
      results.withLock { $0[index] = result }
    }
    let all = results.withLock { $0 }
    return try runs.indices.map { try #require(all[$0], "sds could not be started") }
  }

  @Test func threeImportsIntoOneFolderLoseNoRowAndAllSucceed() throws {
    let outbox = temporaryOutbox()
    let sent = try deliver(Self.drafts, to: outbox, seed: 70)
    let destination = makeTemporaryFolderPath()
    let results = try together(Array(repeating: ["import", "--all", "--to", destination, "--format", "json,csv", "--outbox", outbox], count: 3))
    for result in results { #expect(result.status == 0, "\(result.stderr)") }
    #expect(names(outbox + "/new").isEmpty)
    #expect(names(outbox + "/importing").isEmpty)
    #expect(names(outbox + "/cur").count == Self.drafts)
    let csv = try #require(CSVFormat.parse(String(contentsOfFile: destination + "/drafts.csv", encoding: .utf8)))
    #expect(csv.count == Self.drafts + 1, "a row for every draft and the header")
    #expect(Set(csv.dropFirst().map { $0[0] }) == Set(sent.map(\.reference.description)))
    #expect(names(destination).filter { $0.hasSuffix(".json") }.count == Self.drafts)
  }

  @Test func threeImportsIntoThreeFoldersWriteEachDraftOnce() throws {
    let outbox = temporaryOutbox()
    let sent = try deliver(Self.drafts, to: outbox, seed: 71)
    let destinations = (0..<3).map { _ in makeTemporaryFolderPath() }
    let results = try together(destinations.map { ["import", "--all", "--to", $0, "--format", "json", "--outbox", outbox] })
    for result in results {
      #expect(result.status == 0, "\(result.stderr)")
      #expect(!result.stderr.contains("still waiting") && !result.stderr.contains("could not"), "\(result.stderr)")
    }
    let written = destinations.flatMap(names)
    #expect(written.count == Self.drafts, "no draft written twice")
    #expect(Set(written) == Set(sent.map { $0.reference.description + ".json" }))
    #expect(names(outbox + "/cur").count == Self.drafts)
    #expect(names(outbox + "/new").isEmpty && names(outbox + "/importing").isEmpty)
  }

  /// An import that stopped after claiming a draft (killed, say) leaves it in importing/; an hour later
  /// the next import puts it back and imports it. Nothing is lost.
  @Test func aDraftLeftByAStoppedImportIsPutBackAndImported() throws {
    let outbox = temporaryOutbox()
    let sent = try deliver(2, to: outbox, seed: 72)
    let stuck = sent[0].reference.description + ".json"
    try FileManager.default.createDirectory(atPath: outbox + "/importing", withIntermediateDirectories: true)
    #expect(rename(outbox + "/new/" + stuck, outbox + "/importing/" + stuck) == 0)
    let destination = makeTemporaryFolderPath()
    let importer = Importer(folder: DropFolder(path: outbox))
    let soon = try importer.run(.init(selection: .all, destination: destination, formats: [.json], timeZone: .gmt, now: Date()))
    #expect(soon.imported == [sent[1].reference], "a claim of a minute ago may be another import still running")
    let later = try importer.run(.init(selection: .all, destination: destination, formats: [.json], timeZone: .gmt, now: Date().addingTimeInterval(2 * 3_600)))
    #expect(later.putBack == 1)
    #expect(later.imported == [sent[0].reference])
    #expect(names(outbox + "/cur").count == 2)
  }
}
