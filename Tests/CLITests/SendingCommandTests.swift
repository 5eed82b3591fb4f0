import Foundation
import Glibc
import Testing
import TestSupport

/// Sending through the `sds` binary with the shipped conversation: what the person is told matches what
/// happened to the draft, drafts cross the network only encrypted, and a draft that could not be sent
/// waits and is sent later.
@Suite struct SendingCommandTests {
  static let content = repositoryRoot() + "/Content"
  static let certificate = repositoryRoot() + "/Tests/SDSHandoffTests/Fixtures/keys/council-cert.pem"
  static let answers: String = (try? String(contentsOfFile: repositoryRoot() + "/Tests/SDSEngineTests/Golden/content/self-send.input", encoding: .utf8)) ?? ""

  static func server() throws -> WebDAVServer? {
    if let missing = WebDAVServer.missing {
      Issue.record(Comment(rawValue: missing))
      return nil
    }
    return try WebDAVServer()
  }

  static func sendOptions(_ server: WebDAVServer, outbox: String) -> [String] {
    ["--outbox", outbox, "--encrypt-to", certificate, "--send-to", server.address(server.good), "--send-ca", server.caFile, "--send-timeout", "5"]
  }

  /// The reference the person was given.
  static func reference(_ stdout: String) throws -> String {
    let match = try #require(stdout.firstMatch(of: /Your reference is ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3})\./), "no reference in:\n\(stdout.suffix(800))")
    return String(match.output.1)
  }

  static func names(_ path: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

  struct Refusal: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var says: String
    var testDescription: String { arguments.joined(separator: " ") }
  }

  @Test(arguments: [
    Refusal(arguments: ["--send-to", "https://files.example.gov.uk/sds/"], says: "--send-to needs --encrypt-to FILE"),
    Refusal(arguments: ["kiosk", "--outbox", "/tmp/x", "--send-to", "https://files.example.gov.uk/sds/"], says: "--send-to needs --encrypt-to FILE"),
    Refusal(arguments: ["session", "--jsonl", "--send-to", "https://files.example.gov.uk/sds/"], says: "--send-to needs --encrypt-to FILE"),
    Refusal(arguments: ["--send-to", "http://files.example.gov.uk/sds/", "--encrypt-to", certificate], says: "must start with https://"),
    Refusal(arguments: ["--send-ca", "/etc/hostname"], says: "--send-ca works only with --send-to URL"),
    Refusal(arguments: ["--send-to", "https://files.example.gov.uk/sds/", "--encrypt-to", certificate, "--send-cert", certificate], says: "give --send-cert and --send-key together"),
  ])
  func sendingThatCouldLeakOrCannotWorkDoesNotStart(_ refusal: Refusal) throws {
    let result = try runSDS(refusal.arguments + ["--content", Self.content], input: "")
    #expect(result.status == 78, "\(result.stderr)")
    #expect(result.stdout.isEmpty)
    let lines = result.stderr.split(separator: "\n")
    #expect(lines.count == 1, "one line: \(result.stderr)")
    #expect(result.stderr.contains(refusal.says), "\(result.stderr)")
  }

  @Test func aSentDraftIsOnTheServerEncryptedAndThePersonIsToldItWasSent() throws {
    guard let server = try Self.server() else { return }
    let outbox = makeTemporaryFolder() + "/outbox"
    let result = try runSDS(["--content", Self.content] + Self.sendOptions(server, outbox: outbox), input: Self.answers)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Your draft plan has been sent to your council or Trust."))
    #expect(!result.stdout.contains("not been sent") && !result.stdout.contains("could not be sent"))
    let reference = try Self.reference(result.stdout)
    #expect(server.files("new") == [reference + ".cms"])
    let sealed = try Data(contentsOf: URL(fileURLWithPath: server.drafts + "/new/\(reference).cms"))
    #expect(sealed.range(of: Data("Pat".utf8)) == nil, "nothing readable crossed the network")
    #expect(Self.names(outbox + "/queue").filter { $0.hasSuffix(".cms") }.isEmpty)
  }

  @Test func whenTheServerIsDownThePersonIsToldAndTheNextRunSendsIt() throws {
    guard let server = try Self.server() else { return }
    let outbox = makeTemporaryFolder() + "/outbox"
    server.stop()
    let result = try runSDS(["--content", Self.content] + Self.sendOptions(server, outbox: outbox), input: Self.answers)
    #expect(result.status == 0, "\(result.stderr)")
    #expect(result.stdout.contains("Your draft plan could not be sent just now. It has not reached your council or Trust yet."))
    #expect(result.stdout.contains("It is in \(outbox)/queue."))
    #expect(result.stdout.contains("next time you start this planner"))
    #expect(!result.stdout.contains("Your draft plan has been sent"))
    #expect(result.stderr.contains("waits in the queue"), "staff are told why: \(result.stderr)")
    let reference = try Self.reference(result.stdout)
    #expect(Self.names(outbox + "/queue").contains(reference + ".cms"))

    let inbox = try runSDS(["inbox", "--outbox", outbox])
    #expect(inbox.stdout.contains("1 draft is queued in \(outbox)/queue, encrypted, and not yet sent"), "\(inbox.stdout)")

    // The next run sends it before the conversation starts, and says so.
    try server.start()
    let next = try runSDS(["--content", Self.content] + Self.sendOptions(server, outbox: outbox), input: "")
    #expect(next.stderr.contains("1 draft plan that was waiting on this computer has now been sent to the council (\(reference))."), "\(next.stderr)")
    #expect(server.files("new") == [reference + ".cms"])
    #expect(!Self.names(outbox + "/queue").contains(reference + ".cms"))
  }

  @Test func sendQueuedSendsOnRequestAndSaysWhatIsLeft() throws {
    guard let server = try Self.server() else { return }
    let outbox = makeTemporaryFolder() + "/outbox"
    server.stop()
    let reference = try Self.reference(try runSDS(["--content", Self.content] + Self.sendOptions(server, outbox: outbox), input: Self.answers).stdout)
    let options = ["--outbox", outbox, "--send-to", server.address(server.good), "--send-ca", server.caFile, "--send-timeout", "5"]
    let stillDown = try runSDS(["send-queued"] + options)
    #expect(stillDown.status == 75)
    #expect(stillDown.stderr.contains("1 draft plan is still waiting on this computer"), "\(stillDown.stderr)")

    try server.start()
    let sent = try runSDS(["send-queued"] + options)
    #expect(sent.status == 0, "\(sent.stderr)")
    #expect(sent.stderr.contains("has now been sent to the council (\(reference))"))
    #expect(server.files("new") == [reference + ".cms"])
    let again = try runSDS(["send-queued"] + options)
    #expect(again.status == 0 && again.stdout.contains("No draft plans are waiting to be sent."))
  }

  @Test func aSenderKilledDuringThePutLeavesNothingInNewAndTheDraftQueued() throws {
    guard let server = try Self.server() else { return }
    let outbox = makeTemporaryFolder() + "/outbox"
    server.stop()
    let reference = try Self.reference(try runSDS(["--content", Self.content] + Self.sendOptions(server, outbox: outbox), input: Self.answers).stdout)
    try server.start()
    // The server takes the connection and then hangs, so the sender is in the middle of its PUT.
    server.pause()
    let process = Process()
    process.executableURL = URL(fileURLWithPath: sdsBinaryPath())
    process.arguments = ["send-queued", "--outbox", outbox, "--send-to", server.address(server.good), "--send-ca", server.caFile, "--send-timeout", "60"]
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    usleep(1_500_000)
    #expect(process.isRunning, "the sender is still waiting on the server")
    kill(process.processIdentifier, SIGKILL)
    process.waitUntilExit()
    server.resume()
    usleep(300_000)
    #expect(server.files("new").isEmpty, "nothing half-sent is in new/")
    #expect(Self.names(outbox + "/queue").contains(reference + ".cms"), "the draft still waits")

    let sent = try runSDS(["send-queued", "--outbox", outbox, "--send-to", server.address(server.good), "--send-ca", server.caFile])
    #expect(sent.status == 0, "\(sent.stderr)")
    #expect(server.files("new") == [reference + ".cms"])
  }

  @Test func atHomeWithNoWayToSendTheDraftIsKeptAndThePersonIsToldItWasNotSent() throws {
    let home = makeTemporaryFolder("sds-home")
    // SDS_COPY_TO empty: the copy goes to the default place, the Documents folder in the person's home.
    let result = try runSDS(["--content", Self.content], input: Self.answers, environment: ["HOME": home, "SDS_COPY_TO": ""])
    #expect(result.status == 0, "\(result.stderr)")
    #expect(!result.stdout.contains("Your draft plan has been sent"))
    #expect(result.stdout.contains("Your draft plan has not been sent. Nobody at your council or Trust has it yet."))
    let reference = try Self.reference(result.stdout)
    let file = home + "/.local/share/sds/outbox/new/\(reference).json"
    #expect(result.stdout.contains("in this file: \(file)"))
    #expect(FileManager.default.fileExists(atPath: file))
    #expect(result.stdout.contains("Nothing happens until your council or Trust has your draft plan."))

    let copy = home + "/Documents/draft-plan-\(reference).html"
    #expect(result.stdout.contains("A copy of your answers is on this computer, for you to keep, in this file: \(copy)"))
    let page = try String(contentsOfFile: copy, encoding: .utf8)
    #expect(page.contains("Your reference is \(reference)."))
    #expect(page.contains("Your draft plan has not been sent. Nobody at the council has it yet."))
    #expect(page.contains("this copy leaves out your answers about feeling safe"))
    #expect(page.contains("A walk to the park and lunch with my friend Pat"))
    #expect(!page.contains("Feels safe"))
  }

  @Test func theCopyGoesWhereThePersonSaidOrNowhere() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    let chosen = makeTemporaryFolder("sds-chosen") + "/My plans"
    let result = try runSDS(["--content", Self.content, "--outbox", outbox, "--copy-to", chosen], input: Self.answers)
    let reference = try Self.reference(result.stdout)
    #expect(Self.names(chosen) == ["draft-plan-\(reference).html"])
    #expect(result.stdout.contains("Your draft plan has been sent to your council or Trust."))

    let none = makeTemporaryFolder("sds-home")
    let quiet = try runSDS(["--content", Self.content, "--outbox", outbox, "--no-copy"], input: Self.answers, environment: ["HOME": none, "SDS_COPY_TO": ""])
    #expect(!quiet.stdout.contains("A copy of your answers"))
    #expect(!FileManager.default.fileExists(atPath: none + "/Documents"))
  }
}
