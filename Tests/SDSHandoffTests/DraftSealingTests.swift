import Foundation
import SDSEngine
import SDSHandoff
import Testing
import TestSupport

/// Drafts encrypted to the council's certificate: nobody who can read the drop folder but has not got the
/// council's private key can read what anyone said, and a key worker with the key works as before.
@Suite struct DraftSealingTests {
  static let keys = folder(of: #filePath) + "/Fixtures/keys/"

  static func certificate(_ who: String = "council") throws -> DraftCertificate {
    try #require(DraftCertificate(pem: try Data(contentsOf: URL(fileURLWithPath: keys + who + "-cert.pem"))))
  }

  static func key(_ who: String = "council") throws -> DraftKey {
    try #require(DraftKey(pem: try Data(contentsOf: URL(fileURLWithPath: keys + who + "-key.pem"))))
  }

  @Test func onlyTheCouncilsKeyOpensWhatWasSealedForIt() throws {
    let json = Data(#"{"schema": "sds-draft/1", "whatMatters": "my garden"}"#.utf8)
    let sealed = try #require(try Self.certificate().seal(json))
    #expect(sealed.range(of: Data("garden".utf8)) == nil)
    #expect(try Self.key().open(sealed) == .opened(json))
    #expect(try Self.key("other-council").open(sealed) == .notForThisKey)
    #expect(try Self.key().matches(Self.certificate()))
    #expect(try !Self.key("other-council").matches(Self.certificate()))
  }

  @Test func aChangedFileIsNotOpenedAndAFileThatIsNotSealedIsSaidToBeSo() throws {
    let sealed = try #require(try Self.certificate().seal(Data(String(repeating: "my own words ", count: 20).utf8)))
    // The end of the file is the check value (16 bytes), and just before it the encrypted words: a change
    // to either is caught, so a changed draft is never shown as if the person had said it.
    for position in [sealed.count - 1, sealed.count - 25] {
      var changed = sealed
      changed[position] ^= 0x01
      let result = try Self.key().open(changed)
      #expect(result == .notForThisKey, "\(position): \(result)")
    }
    #expect(try Self.key().open(Data("{\"schema\": \"sds-draft/1\"}".utf8)) == .notSealed)
    #expect(try Self.key().open(Data()) == .notSealed)
  }

  @Test func textThatIsNotACertificateOrKeyIsRefused() {
    #expect(DraftCertificate(pem: Data("not a certificate".utf8)) == nil)
    #expect(DraftKey(pem: Data("-----BEGIN PRIVATE KEY-----\nAAAA\n-----END PRIVATE KEY-----\n".utf8)) == nil)
  }

  @Test func aSealedDraftIsListedShownAndImportedWithTheKeyAndLeftAloneWithout() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(60)
    let draft = sampleDraft(&random)
    let path = try DropFolder(path: outbox, encryptTo: try Self.certificate()).deliver(draft)
    #expect(path.hasSuffix("/new/" + draft.reference.description + ".cms"))
    let bytes = try Data(contentsOf: URL(fileURLWithPath: path))
    for said in ["Dad", "sds-draft/1", draft.reference.description] { #expect(bytes.range(of: Data(said.utf8)) == nil, "\(said)") }
    #expect(mode(path) == 0o600)

    // Without the key, or with another council's: listed as waiting for the key, never quarantined.
    let plain = DropFolder(path: outbox)
    let unopened = try plain.list(.new).unreadable
    #expect(unopened.map(\.name) == [draft.reference.description + ".cms"] && unopened.map(\.problem) == [.needsKey])
    let other = DropFolder(path: outbox, key: try Self.key("other-council"))
    #expect(try other.list(.new).unreadable.map(\.problem) == [.notForThisKey])
    let destination = makeTemporaryFolder("sds-sealed-import")
    let request = ImportRequest(selection: .all, destination: destination, formats: [.json, .md], timeZone: .gmt, now: RecordFixtures.time(7, 9, 0))
    let refused = try Importer(folder: other).run(request)
    #expect(refused.imported.isEmpty && refused.quarantined.isEmpty && !refused.succeeded)
    #expect(names(outbox + "/new") == [draft.reference.description + ".cms"])

    // With the key: the same draft as if it had been sent plain, and it stays sealed in cur/.
    let council = DropFolder(path: outbox, key: try Self.key())
    let listed = try council.list(.new)
    #expect(listed.unreadable.isEmpty)
    #expect(listed.drafts.first?.draft == draft)
    #expect(listed.drafts.first?.data == draft.jsonData())
    guard case .success(let found)? = try council.find(draft.reference) else { Issue.record("not found"); return }
    #expect(found.draft == draft && found.sealed)
    let report = try Importer(folder: council).run(request)
    #expect(report.imported == [draft.reference])
    #expect(names(outbox + "/cur") == [draft.reference.description + ".cms"])
    #expect(try String(contentsOfFile: destination + "/" + draft.reference.description + ".json", encoding: .utf8) == draft.jsonText())
    // Importing again is harmless, as for plain drafts.
    let again = try Importer(folder: council).run(ImportRequest(selection: .references([draft.reference]), destination: destination, formats: [.json], timeZone: .gmt, now: RecordFixtures.time(7, 9, 5)))
    #expect(again.importedBefore == [draft.reference] && again.succeeded)
  }

  @Test func aReferenceIsTakenWhetherItsDraftIsPlainOrSealed() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(61)
    let draft = sampleDraft(&random)
    _ = try DropFolder(path: outbox).deliver(draft)
    #expect(throws: FileSystemError.self) { try DropFolder(path: outbox, encryptTo: try Self.certificate()).deliver(draft) }
    #expect(names(outbox + "/new") == [draft.reference.description + ".json"])
  }

  /// A council is never tied to sds to read its own drafts: OpenSSL's own command opens them. Skipped
  /// without openssl, except under CI (Scripts/test installs it), where a skip would hide a missing set-up.
  @Test(.enabled(if: ProcessInfo.processInfo.environment["CI"] != nil || FileManager.default.isExecutableFile(atPath: "/usr/bin/openssl")))
  func opensslCmsOpensASealedDraft() throws {
    let outbox = temporaryOutbox()
    var random = SeededRandom(62)
    let draft = sampleDraft(&random)
    let path = try DropFolder(path: outbox, encryptTo: try Self.certificate()).deliver(draft)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/openssl")
    process.arguments = ["cms", "-decrypt", "-inform", "DER", "-binary", "-in", path, "-inkey", Self.keys + "council-key.pem"]
    let output = Pipe()
    process.standardOutput = output
    process.standardError = FileHandle.nullDevice
    try process.run()
    let opened = output.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    #expect(opened == draft.jsonData())
  }
}
