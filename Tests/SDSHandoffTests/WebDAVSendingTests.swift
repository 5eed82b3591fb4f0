import Foundation
import Glibc
import SDSHandoff
import Testing
import TestSupport

/// Sending encrypted drafts to a real nginx WebDAV server on 127.0.0.1 over HTTPS, with a test CA: a
/// draft counts as sent only when the server confirms the MOVE into new/; anything else leaves it
/// queued on this computer, and nothing in new/ is ever half a file or replaced.
@Suite struct WebDAVSendingTests {
  static let keys = repositoryRoot() + "/Tests/SDSHandoffTests/Fixtures/keys/"
  static let name = "K7QM-3XRT-VPZ.cms"

  /// A draft sealed to the test council's certificate.
  static func sealed(_ text: String = "{\"schema\": \"sds-draft/1\"}") throws -> Data {
    let pem = try Data(contentsOf: URL(fileURLWithPath: keys + "council-cert.pem"))
    let certificate = try #require(DraftCertificate(pem: pem))
    return try #require(certificate.seal(Data(text.utf8)))
  }

  /// A server, or nil after recording why there is none.
  static func server() throws -> WebDAVServer? {
    if let missing = WebDAVServer.missing {
      Issue.record(Comment(rawValue: missing))
      return nil
    }
    return try WebDAVServer()
  }

  static func courier(_ server: WebDAVServer, port: Int32? = nil, path: String = "sds", outbox: String = makeTemporaryFolder("sds-queue"), ca: Bool = true,
                      client: Bool = false, timeout: Int = 10) throws -> DraftCourier {
    let url = try SendSettings.folder(server.address(port ?? server.good, path)).get()
    let settings = SendSettings(folder: url, caFile: ca ? server.caFile : nil, certificateFile: client ? server.clientCertificate : nil,
                                keyFile: client ? server.clientKey : nil, connectTimeout: min(timeout, 10), requestTimeout: timeout)
    return DraftCourier(queue: SendQueue(outbox: outbox), sender: WebDAVSender(settings))
  }

  @Test func aDraftIsPutInTmpThenMovedIntoNewAndOnlyThenCountsAsSent() throws {
    guard let server = try Self.server() else { return }
    let courier = try Self.courier(server)
    let sealed = try Self.sealed()
    #expect(try courier.deliver(sealed, name: Self.name) == .sent)
    #expect(server.files("new") == [Self.name])
    #expect(server.files("tmp").isEmpty)
    #expect(try Data(contentsOf: URL(fileURLWithPath: server.drafts + "/new/" + Self.name)) == sealed)
    #expect(try courier.queue.waiting().isEmpty, "nothing is left waiting once the server has it")
  }

  @Test func whenTheServerIsDownTheDraftWaitsAndGoesWhenItIsBack() throws {
    guard let server = try Self.server() else { return }
    let courier = try Self.courier(server)
    server.stop()
    let sealed = try Self.sealed()
    guard case .queued(let reason) = try courier.deliver(sealed, name: Self.name) else {
      Issue.record("a draft was counted as sent with the server down")
      return
    }
    #expect(reason.contains("not answering"), "\(reason)")
    #expect(try courier.queue.waiting() == [Self.name])
    #expect(mode(courier.queue.path) & 0o777 == 0o700)
    #expect(mode(courier.queue.path + "/" + Self.name) & 0o777 == 0o600)
    // Trying again while it is still down keeps it.
    #expect(courier.sendWaiting().waiting == [Self.name])

    try server.start()
    let report = courier.sendWaiting()
    #expect(report.sent == [Self.name])
    #expect(report.waiting.isEmpty && report.problems.isEmpty, "\(report)")
    #expect(server.files("new") == [Self.name])
    #expect(try courier.queue.waiting().isEmpty)
  }

  struct Refusal: Sendable, CustomTestStringConvertible {
    var path: String
    var status: String
    var testDescription: String { status }
  }

  @Test(arguments: [Refusal(path: "full", status: "507 Insufficient Storage"), Refusal(path: "broken", status: "500 Internal Server Error")])
  func aServerErrorLeavesTheDraftQueued(_ refusal: Refusal) throws {
    guard let server = try Self.server() else { return }
    let courier = try Self.courier(server, path: refusal.path)
    let outcome = try courier.deliver(try Self.sealed(), name: Self.name)
    guard case .queued(let reason) = outcome else {
      Issue.record("expected the draft to be queued, got \(outcome)")
      return
    }
    #expect(reason.contains(refusal.status), "\(reason)")
    #expect(try courier.queue.waiting() == [Self.name])
  }

  @Test func aDifferentDraftAlreadyInNewIsNeverReplaced() throws {
    guard let server = try Self.server() else { return }
    let theirs = try Self.sealed("{\"someone\": \"else\"}")
    try theirs.write(to: URL(fileURLWithPath: server.drafts + "/new/" + Self.name))
    let courier = try Self.courier(server)
    #expect(try courier.deliver(try Self.sealed(), name: Self.name) == .nameTaken)
    #expect(try Data(contentsOf: URL(fileURLWithPath: server.drafts + "/new/" + Self.name)) == theirs)
    #expect(server.files("tmp").isEmpty, "the copy in tmp/ is cleared away")
    #expect(try courier.queue.waiting().isEmpty, "the sender picks a new reference and sends again")
  }

  @Test func theSameDraftAlreadyInNewIsSentAfterALostAnswer() throws {
    guard let server = try Self.server() else { return }
    let sealed = try Self.sealed()
    // An earlier MOVE worked, but its answer never came back: the draft is still queued here.
    try sealed.write(to: URL(fileURLWithPath: server.drafts + "/new/" + Self.name))
    let courier = try Self.courier(server)
    try courier.queue.add(sealed, name: Self.name)
    let report = courier.sendWaiting()
    #expect(report.sent == [Self.name], "\(report)")
    #expect(server.files("new") == [Self.name] && server.files("tmp").isEmpty)
    #expect(try courier.queue.waiting().isEmpty)
  }

  struct BadCertificate: Sendable, CustomTestStringConvertible {
    var which: String
    var testDescription: String { which }
  }

  @Test(arguments: [BadCertificate(which: "expired"), BadCertificate(which: "rogue"), BadCertificate(which: "system trust")])
  func aServerWhoseCertificateCannotBeTrustedGetsNothing(_ bad: BadCertificate) throws {
    guard let server = try Self.server() else { return }
    let courier = switch bad.which {
    case "expired": try Self.courier(server, port: server.expired)
    case "rogue": try Self.courier(server, port: server.rogue)
    default: try Self.courier(server, ca: false)
    }
    let outcome = try courier.deliver(try Self.sealed(), name: Self.name)
    guard case .queued(let reason) = outcome else {
      Issue.record("expected the draft to be refused and queued, got \(outcome)")
      return
    }
    #expect(reason.contains("certificate"), "\(reason)")
    #expect(try courier.queue.waiting() == [Self.name])
    #expect(server.files("new").isEmpty && server.files("tmp").isEmpty, "nothing reached the server")
  }

  @Test func aServerThatWantsAClientCertificateTakesDraftsOnlyWithOne() throws {
    guard let server = try Self.server() else { return }
    let without = try Self.courier(server, port: server.clientOnly)
    guard case .queued = try without.deliver(try Self.sealed(), name: Self.name) else {
      Issue.record("sent without a client certificate")
      return
    }
    #expect(server.files("new").isEmpty)
    let with = try Self.courier(server, port: server.clientOnly, client: true)
    #expect(try with.deliver(try Self.sealed(), name: Self.name) == .sent)
    #expect(server.files("new") == [Self.name])
  }

  @Test func aServerThatHangsIsGivenUpOnAtTheTimeLimit() throws {
    guard let server = try Self.server() else { return }
    let courier = try Self.courier(server, timeout: 2)
    server.pause()
    defer { server.resume() }
    let started = Date()
    let outcome = try courier.deliver(try Self.sealed(), name: Self.name)
    let waited = Date().timeIntervalSince(started)
    guard case .queued(let reason) = outcome else {
      Issue.record("expected the draft to be queued, got \(outcome)")
      return
    }
    #expect(reason.contains("too long"), "\(reason)")
    #expect(waited < 8, "it gave up after \(waited) seconds, not about 2")
    #expect(try courier.queue.waiting() == [Self.name])
  }

  @Test func aDamagedQueueFileIsSetAsideNeverSent() throws {
    guard let server = try Self.server() else { return }
    let courier = try Self.courier(server)
    let good = try Self.sealed()
    try courier.queue.add(good, name: "K7QM-3XRT-VPZ.cms")
    // A draft cut short in the queue (a disk fault, say), a readable draft someone copied in, and a
    // file that is not a draft at all.
    var random = SeededRandom(13)
    let damaged = Reference.random(using: &random).description + ".cms"
    let stray = "notes.txt"
    try Data("a note".utf8).write(to: URL(fileURLWithPath: courier.queue.path + "/" + stray))
    try Data(good.prefix(40)).write(to: URL(fileURLWithPath: courier.queue.path + "/" + damaged))
    let plain = Reference.random(using: &random).description + ".cms"
    try Data("{\"outcomes\": \"my own words\"}".utf8).write(to: URL(fileURLWithPath: courier.queue.path + "/" + plain))
    let report = courier.sendWaiting()
    #expect(report.sent == ["K7QM-3XRT-VPZ.cms"])
    #expect(report.setAside.sorted() == [damaged, plain, stray].sorted())
    #expect(server.files("new") == ["K7QM-3XRT-VPZ.cms"], "only the encrypted draft went")
    #expect(names(courier.queue.path + "/damaged").sorted() == [damaged, damaged + ".reason", plain, plain + ".reason", stray, stray + ".reason"].sorted())
    #expect(try Data(contentsOf: URL(fileURLWithPath: courier.queue.path + "/damaged/" + damaged)) == good.prefix(40), "nothing is lost")
  }

  /// A small file system of its own, filled up, as a full disk; nil after printing why there is none.
  static func fullDisk() -> String? {
    let mountPoint = makeTemporaryFolder("sds-full")
    guard getuid() == 0 else {
      print("the full-disk test is skipped: mounting a small file system needs root.")
      return nil
    }
    let mount = Process()
    mount.executableURL = URL(fileURLWithPath: "/bin/mount")
    mount.arguments = ["-t", "tmpfs", "-o", "size=64k", "tmpfs", mountPoint]
    mount.standardError = FileHandle.nullDevice
    guard (try? mount.run()) != nil else { return nil }
    mount.waitUntilExit()
    guard mount.terminationStatus == 0 else {
      print("the full-disk test is skipped: this machine does not let tests mount a small file system.")
      return nil
    }
    // Fill it.
    let filler = open(mountPoint + "/filler", O_WRONLY | O_CREAT, 0o600)
    let block = [UInt8](repeating: 7, count: 4096)
    while write(filler, block, block.count) > 0 {}
    close(filler)
    return mountPoint
  }

  static func unmount(_ path: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/umount")
    process.arguments = [path]
    try? process.run()
    process.waitUntilExit()
  }

  @Test func aFullDiskWhileQueueingLosesNothing() throws {
    guard let server = try Self.server(), let disk = Self.fullDisk() else { return }
    defer { Self.unmount(disk) }
    // The server is up: the draft cannot be queued, but it is sent, and that is what counts.
    let courier = try Self.courier(server, outbox: disk + "/outbox")
    #expect(try courier.deliver(try Self.sealed(), name: Self.name) == .sent)
    #expect(server.files("new") == [Self.name])
    // The server is down too: it can be neither sent nor kept, so the caller is told (and the person,
    // whose answers are still there, can try again).
    server.stop()
    var random = SeededRandom(7)
    let second = Reference.random(using: &random).description + ".cms"
    do {
      _ = try courier.deliver(try Self.sealed(), name: second)
      Issue.record("a draft was counted as delivered with a full disk and no server")
    } catch {
      #expect("\(error)".contains("full"), "\(error)")
      #expect("\(error)".contains("could not be sent either"), "\(error)")
    }
  }

  @Test func aKiosksBackgroundRetryLeavesADraftJustQueuedToTheConversationSendingIt() throws {
    guard let server = try Self.server() else { return }
    let courier = try Self.courier(server)
    try courier.queue.add(try Self.sealed(), name: Self.name)
    let young = courier.sendWaiting(olderThan: 120)
    #expect(young.sent.isEmpty && young.waiting == [Self.name])
    #expect(server.files("new").isEmpty && server.files("tmp").isEmpty, "nothing was sent")
    #expect(courier.sendWaiting().sent == [Self.name])
  }

  @Test func onlyEncryptedDraftsCanBeQueued() throws {
    let queue = SendQueue(outbox: makeTemporaryFolder("sds-queue"))
    #expect(throws: FileSystemError.self) { try queue.add(Data("{\"plain\": true}".utf8), name: Self.name) }
    #expect(try queue.waiting().isEmpty)
  }

  struct Address: Sendable, CustomTestStringConvertible {
    var text: String
    var allowed: Bool
    var testDescription: String { text }
  }

  @Test(arguments: [
    Address(text: "https://files.example.gov.uk/sds", allowed: true),
    Address(text: "http://127.0.0.1:8080/sds/", allowed: true),
    Address(text: "http://localhost/sds/", allowed: true),
    Address(text: "http://files.example.gov.uk/sds/", allowed: false),
    Address(text: "ftp://files.example.gov.uk/sds/", allowed: false),
    Address(text: "https://user:secret@files.example.gov.uk/sds/", allowed: false),
    Address(text: "https://files.example.gov.uk/sds/?x=1", allowed: false),
    Address(text: "files.example.gov.uk/sds", allowed: false),
    Address(text: "", allowed: false),
  ])
  func onlyHTTPSAddressesAreUsedExceptThisComputerItself(_ address: Address) {
    switch SendSettings.folder(address.text) {
    case .success(let url):
      #expect(address.allowed, "\(url) was accepted")
      #expect(url.absoluteString.hasSuffix("/"))
    case .failure(let problem):
      #expect(!address.allowed, "\(problem)")
    }
  }
}
