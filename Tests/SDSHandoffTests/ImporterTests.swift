import Foundation
import Glibc
import SDSEngine
import SDSHandoff
import Testing

@Suite struct ImporterTests {
  let now = RecordFixtures.time(10, 9, 0)

  func deliver(_ count: Int, to outbox: String, seed: UInt64) throws -> [Draft] {
    var random = SeededRandom(seed)
    return try (0..<count).map { _ in
      let draft = sampleDraft(&random)
      _ = try DropFolder(path: outbox).deliver(draft)
      return draft
    }
  }

  @Test func importWritesEveryFormatThenMovesTheDraftToCur() throws {
    let outbox = temporaryOutbox()
    let drafts = try deliver(2, to: outbox, seed: 20)
    let destination = makeTemporaryFolderPath()
    let report = try Importer(folder: DropFolder(path: outbox)).run(.init(
      selection: .all, destination: destination, formats: [.json, .fhir, .html, .md, .csv], timeZone: .gmt, now: now))
    #expect(report.succeeded)
    #expect(Set(report.imported) == Set(drafts.map(\.reference)))
    #expect(names(outbox + "/new").isEmpty)
    #expect(names(outbox + "/cur") == drafts.map { $0.reference.description + ".json" }.sorted())
    var expected = ["drafts.csv"]
    for draft in drafts { expected += [".json", ".fhir.json", ".html", ".md"].map { draft.reference.description + $0 } }
    #expect(names(destination) == expected.sorted())
    #expect(mode(destination) == 0o700)
    for name in names(destination) { #expect(mode(destination + "/" + name) == 0o600, "\(name)") }
    let json = try Data(contentsOf: URL(fileURLWithPath: destination + "/" + drafts[0].reference.description + ".json"))
    #expect(try Draft.read(json) == drafts[0])
    let csv = try #require(CSVFormat.parse(String(contentsOfFile: destination + "/drafts.csv", encoding: .utf8)))
    #expect(csv.count == 3)
  }

  /// Each kind of bad file goes to quarantine/ with a .reason file; the good drafts are still imported;
  /// nothing is deleted.
  @Test func eachBadFileIsQuarantinedAndTheOthersAreImported() throws {
    let outbox = temporaryOutbox()
    let good = try deliver(2, to: outbox, seed: 21)
    let new = outbox + "/new/"
    var random = SeededRandom(22)
    func name() -> String { Reference.random(using: &random).description + ".json" }
    var expected: [String: DraftReadProblem] = [:]

    let notJSON = name()
    try "this is not json {".write(toFile: new + notJSON, atomically: true, encoding: .utf8)
    expected[notJSON] = .notJSON
    let unknown = name()
    try #"{"schema": "sds-draft/9", "reference": "x"}"#.write(toFile: new + unknown, atomically: true, encoding: .utf8)
    expected[unknown] = .unknownSchema("sds-draft/9")
    let fields = name()
    try #"{"schema": "sds-draft/1"}"#.write(toFile: new + fields, atomically: true, encoding: .utf8)
    expected[fields] = .wrongFields("reference is missing")
    let large = name()
    try Data(repeating: 0x20, count: (1 << 20) + 1).write(to: URL(fileURLWithPath: new + large))
    expected[large] = .tooLarge(bytes: (1 << 20) + 1)
    let folder = name()
    try FileManager.default.createDirectory(atPath: new + folder, withIntermediateDirectories: false)
    expected[folder] = .notRegularFile(kind: "a folder")
    let link = name()
    try FileManager.default.createSymbolicLink(atPath: new + link, withDestinationPath: new + good[0].reference.description + ".json")
    expected[link] = .notRegularFile(kind: "a symbolic link")
    let pipe = name()
    #expect(mkfifo(new + pipe, 0o600) == 0)
    expected[pipe] = .notRegularFile(kind: "a named pipe")
    let mismatch = name()
    try good[1].jsonData().write(to: URL(fileURLWithPath: new + mismatch))
    expected[mismatch] = .referenceMismatch(inside: good[1].reference.description)
    try "notes".write(toFile: new + "notes.txt", atomically: true, encoding: .utf8)
    expected["notes.txt"] = .unexpectedName
    let filesBefore = names(outbox + "/new").count

    let report = try Importer(folder: DropFolder(path: outbox)).run(.init(selection: .all, destination: makeTemporaryFolderPath(), formats: [.json], timeZone: .gmt, now: now))

    #expect(!report.succeeded)
    #expect(Set(report.imported) == Set(good.map(\.reference)))
    #expect(Dictionary(uniqueKeysWithValues: report.quarantined.map { ($0.name, $0.problem) }) == expected)
    #expect(names(outbox + "/new").isEmpty)
    let quarantine = names(outbox + "/quarantine")
    #expect(quarantine.count == 2 * expected.count)
    #expect(names(outbox + "/cur").count + quarantine.count / 2 == filesBefore, "nothing was deleted")
    for (file, problem) in expected {
      let reason = try String(contentsOfFile: outbox + "/quarantine/" + file + ".reason", encoding: .utf8)
      #expect(reason.contains("Why: \(problem)."), "\(file): \(reason)")
      #expect(reason.contains("Nothing has been deleted"))
    }
    #expect(try FileManager.default.destinationOfSymbolicLink(atPath: outbox + "/quarantine/" + link) == new + good[0].reference.description + ".json", "a link is moved, never followed")
  }

  @Test func aFileWithAnOddNameIsRenamedInQuarantineAndTheReasonKeepsTheOldName() throws {
    let outbox = temporaryOutbox()
    _ = try deliver(1, to: outbox, seed: 23)
    let odd = "report\u{1B}[2J name.json"
    try "x".write(toFile: outbox + "/new/" + odd, atomically: true, encoding: .utf8)
    let report = try Importer(folder: DropFolder(path: outbox)).run(.init(selection: .all, destination: makeTemporaryFolderPath(), formats: [.json], timeZone: .gmt, now: now))
    let moved = try #require(report.quarantined.first)
    #expect(moved.savedAs == "file-20261210090000")
    let reason = try String(contentsOfFile: outbox + "/quarantine/" + moved.savedAs + ".reason", encoding: .utf8)
    #expect(reason.contains("It was new/report name.json (its name had odd characters, so it was renamed)."))
  }

  @Test func importingTheSameDraftAgainDoesNoHarmAndSaysSo() throws {
    let outbox = temporaryOutbox()
    let drafts = try deliver(2, to: outbox, seed: 24)
    let destination = makeTemporaryFolderPath()
    let importer = Importer(folder: DropFolder(path: outbox))
    let first = try importer.run(.init(selection: .references([drafts[0].reference]), destination: destination, formats: [.json, .csv], timeZone: .gmt, now: now))
    #expect(first.imported == [drafts[0].reference])
    let firstJSON = try Data(contentsOf: URL(fileURLWithPath: destination + "/" + drafts[0].reference.description + ".json"))

    let again = try importer.run(.init(selection: .references([drafts[0].reference]), destination: destination, formats: [.json, .csv], timeZone: .gmt, now: now))
    #expect(again.succeeded)
    #expect(again.imported.isEmpty)
    #expect(again.importedBefore == [drafts[0].reference])
    #expect(try Data(contentsOf: URL(fileURLWithPath: destination + "/" + drafts[0].reference.description + ".json")) == firstJSON)
    #expect(names(outbox + "/new") == [drafts[1].reference.description + ".json"], "the other draft is still waiting")

    let rest = try importer.run(.init(selection: .all, destination: destination, formats: [.json, .csv], timeZone: .gmt, now: now))
    #expect(rest.imported == [drafts[1].reference])
    let nothing = try importer.run(.init(selection: .all, destination: destination, formats: [.json, .csv], timeZone: .gmt, now: now))
    #expect(nothing.succeeded && nothing.imported.isEmpty && nothing.importedBefore.isEmpty)

    // drafts.csv holds one row per draft, however often each was imported.
    let csv = try #require(CSVFormat.parse(String(contentsOfFile: destination + "/drafts.csv", encoding: .utf8)))
    #expect(csv.dropFirst().map { $0[0] } == drafts.map(\.reference.description))
  }

  @Test func aReferenceInNeitherFolderIsReported() throws {
    let outbox = temporaryOutbox()
    _ = try deliver(1, to: outbox, seed: 25)
    var random = SeededRandom(26)
    let missing = Reference.random(using: &random)
    let report = try Importer(folder: DropFolder(path: outbox)).run(.init(selection: .references([missing]), destination: makeTemporaryFolderPath(), formats: [.json], timeZone: .gmt, now: now))
    #expect(report.notFound == [missing])
    #expect(!report.succeeded)
    #expect(names(outbox + "/new").count == 1)
  }

  /// The draft moves to cur/ only after its files are written: when writing fails, it stays waiting.
  @Test func aDraftWhoseFilesCannotBeWrittenStaysInNew() throws {
    let outbox = temporaryOutbox()
    let drafts = try deliver(1, to: outbox, seed: 27)
    let destination = makeTemporaryFolderPath()
    // A folder where the HTML file should go makes that write fail.
    try FileManager.default.createDirectory(atPath: destination + "/" + drafts[0].reference.description + ".html", withIntermediateDirectories: true)
    let report = try Importer(folder: DropFolder(path: outbox)).run(.init(selection: .all, destination: destination, formats: [.json, .html], timeZone: .gmt, now: now))
    #expect(!report.succeeded)
    #expect(report.imported.isEmpty)
    #expect(report.failures.count == 1)
    #expect(names(outbox + "/new") == [drafts[0].reference.description + ".json"])
    #expect(names(outbox + "/cur").isEmpty)
  }

  @Test func aCSVWrittenByAnotherProgramIsNeverOverwritten() throws {
    let outbox = temporaryOutbox()
    _ = try deliver(1, to: outbox, seed: 28)
    let destination = makeTemporaryFolderPath()
    try FileManager.default.createDirectory(atPath: destination, withIntermediateDirectories: true)
    try "name,notes\r\nsomeone,keep this\r\n".write(toFile: destination + "/drafts.csv", atomically: true, encoding: .utf8)
    let report = try Importer(folder: DropFolder(path: outbox)).run(.init(selection: .all, destination: destination, formats: [.json, .csv], timeZone: .gmt, now: now))
    #expect(!report.succeeded)
    #expect(report.failures.first?.contains("its columns are different") == true)
    #expect(try String(contentsOfFile: destination + "/drafts.csv", encoding: .utf8) == "name,notes\r\nsomeone,keep this\r\n")
    #expect(names(outbox + "/new").count == 1, "the draft waits until its CSV row can be written")
  }

  @Test func triagePutsTheMostUrgentFirstThenTheLongestWaiting() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(29)
    func draft(_ flags: [String], sentHour: Int) throws -> Draft {
      var record = RecordFixtures.minimal.record
      record.flags = flags
      var metadata = RecordFixtures.minimal.metadata
      metadata.reference = Reference.random(using: &random)
      metadata.sent = RecordFixtures.time(6, sentHour, 0)
      let made = Draft(record: record, metadata: metadata)
      _ = try DropFolder(path: outbox).deliver(made)
      return made
    }
    let calm = try draft([], sentHour: 8)
    let calmLater = try draft([], sentHour: 9)
    let review = try draft(["review-requested"], sentHour: 7)
    let unsafe = try draft(["feels-unsafe"], sentHour: 11)
    let carer = try draft(["carer-needs-support", "needs-interpreter"], sentHour: 10)
    let unsafeAndMore = try draft(["feels-unsafe", "no-consent"], sentHour: 12)
    let listing = try DropFolder(path: outbox).list(.new)
    #expect(Triage.sorted(listing.drafts).map(\.draft.reference) == [unsafeAndMore, unsafe, carer, review, calm, calmLater].map(\.reference))
  }
}
