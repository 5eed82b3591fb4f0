import Foundation
import Glibc
import Testing
import TestSupport

/// The hand-off from end to end through the `sds` binary: a person sends a draft, a key worker lists,
/// shows, imports and counts drafts; sending survives a full or read-only folder; saved conversations
/// carry on at another kiosk.
@Suite struct HandoffCommandTests {
  static let demo = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"

  /// The person themselves, feeling safe; two outcomes.
  static let calm = ["me", "A walk in the park", "", "yes", "1, 3", "Get to the shops on my own", "See my grandson", "Ann", "", "yes", "no"]
  /// The person themselves, not feeling safe at home.
  static let unsafe = ["me", "Staying in bed", "", "no", "2", "Fix the lock on the door", "Ann", "", "yes", "no"]
  /// A carer, for Jo, finding caring harder.
  static let carer = ["carer", "Jo", "Tea with friends", "", "yes", "1", "Get dressed without help", "Ann", "", "yes", "yes", "no"]

  /// Runs the demo conversation with `answers` piped in, sending into `outbox`. Returns the reference.
  @discardableResult
  static func send(_ answers: [String], to outbox: String, options: [String] = []) throws -> String {
    let result = try runSDS(["--content", demo, "--outbox", outbox] + options, input: answers.joined(separator: "\n") + "\n")
    #expect(result.status == 0, "\(result.stderr)")
    let match = try #require(result.stdout.firstMatch(of: /Your reference is ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3})\./), "no reference in:\n\(result.stdout.suffix(600))")
    return String(match.output.1)
  }

  static func names(_ path: String) -> [String] { ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted() }

  static func json(_ text: String) throws -> [String: Any] {
    try #require(try JSONSerialization.jsonObject(with: Data(text.utf8)) as? [String: Any])
  }

  @Test func endToEndAPersonSendsAndAKeyWorkerImports() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    let reference = try Self.send(Self.calm, to: outbox)
    #expect(Self.names(outbox + "/new") == [reference + ".json"])
    #expect(Self.names(outbox + "/tmp").isEmpty)
    let draft = try Self.json(String(contentsOfFile: outbox + "/new/\(reference).json", encoding: .utf8))
    #expect(draft["schema"] as? String == "sds-draft/1")
    #expect(draft["reference"] as? String == reference)
    #expect((draft["whatMatters"] as? [String: Any])?["goodDay"] as? String == "A walk in the park")
    #expect((draft["outcomes"] as? [[String: Any]])?.map { $0["inTheirWords"] as? String } == ["Get to the shops on my own", "See my grandson"])

    let inbox = try runSDS(["inbox", "--outbox", outbox])
    #expect(inbox.status == 0)
    #expect(inbox.stdout.contains("1 draft is waiting"))
    #expect(inbox.stdout.contains("1. \(reference)"))

    let show = try runSDS(["show", reference.lowercased().replacingOccurrences(of: "-", with: ""), "--outbox", outbox])
    #expect(show.status == 0, "\(show.stderr)")
    #expect(show.stdout.hasPrefix("DRAFT SUPPORT PLAN \(reference)\nDRAFT. Prepared by the person, not an assessment."))
    #expect(show.stdout.contains("A good day: \"A walk in the park\""))

    let destination = makeTemporaryFolder() + "/imports"
    let imported = try runSDS(["import", "--all", "--to", destination, "--outbox", outbox])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(imported.stdout.contains("Imported 1 draft into \(destination): \(reference)."))
    #expect(Self.names(destination) == ["\(reference).fhir.json", "\(reference).html", "\(reference).json", "\(reference).md"])
    #expect(Self.names(outbox + "/new").isEmpty)
    #expect(Self.names(outbox + "/cur") == [reference + ".json"])

    let again = try runSDS(["import", reference, "--to", destination, "--outbox", outbox])
    #expect(again.status == 0)
    #expect(again.stdout.contains("\(reference) had been imported before."))
    #expect(try runSDS(["inbox", "--outbox", outbox]).stdout.contains("No drafts are waiting"))
    #expect(try runSDS(["stats", "--outbox", outbox]).stdout.contains("Imported drafts in \(outbox)/cur: fewer than 5."))
  }

  static let keys = repositoryRoot() + "/Tests/SDSHandoffTests/Fixtures/keys/"

  /// A council that encrypts drafts: the kiosk needs only the certificate; the key worker needs the key.
  @Test func draftsEncryptedToTheCouncilAreReadOnlyWithItsKey() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    let reference = try Self.send(Self.unsafe, to: outbox, options: ["--encrypt-to", Self.keys + "council-cert.pem"])
    #expect(Self.names(outbox + "/new") == [reference + ".cms"])
    let sealed = try Data(contentsOf: URL(fileURLWithPath: outbox + "/new/\(reference).cms"))
    #expect(sealed.range(of: Data("Staying in bed".utf8)) == nil && sealed.range(of: Data("feels-unsafe".utf8)) == nil)

    let withoutKey = try runSDS(["inbox", "--outbox", outbox])
    #expect(withoutKey.stdout.contains("1 encrypted draft is waiting too, but cannot be read without the council's private key. Give it with --key FILE (or set SDS_KEY)."))
    #expect(!withoutKey.stdout.contains("quarantine"))
    let destination = makeTemporaryFolder() + "/imports"
    let refused = try runSDS(["import", "--all", "--to", destination, "--outbox", outbox])
    #expect(refused.status == 1)
    #expect(refused.stderr.contains("\(reference).cms in new/: it is encrypted to the council; give the council's private key with --key FILE (or SDS_KEY) to read it. It was left where it is."))
    #expect(Self.names(outbox + "/new") == [reference + ".cms"])

    let inbox = try runSDS(["inbox", "--outbox", outbox], environment: ["SDS_KEY": Self.keys + "council-key.pem"])
    // The demo asks for no phone number or email, so the inbox says first that nobody can be reached.
    #expect(inbox.stdout.contains("1. \(reference)\n   No way to contact: there is no phone number, email or address for the person."), "\(inbox.stdout)")
    #expect(inbox.stdout.contains(" wait for them to get in touch.\n   Read first: feels-unsafe (feels unsafe)"), "\(inbox.stdout)")
    let imported = try runSDS(["import", "--all", "--to", destination, "--outbox", outbox, "--key", Self.keys + "council-key.pem"])
    #expect(imported.status == 0, "\(imported.stderr)")
    #expect(Self.names(destination).contains("\(reference).json"))
    #expect(Self.names(outbox + "/cur") == [reference + ".cms"])
    let show = try runSDS(["show", reference, "--outbox", outbox, "--key", Self.keys + "council-key.pem"])
    #expect(show.stdout.contains("Staying in bed"))
  }

  /// A kiosk told to encrypt never sends drafts anyone could read instead: it does not start.
  @Test(arguments: ["/nonexistent/council-cert.pem", repositoryRoot() + "/README.md"])
  func aCertificateThatCannotBeUsedStopsTheConversationFromStarting(_ certificate: String) throws {
    for command in [["--content", Self.demo], ["session", "--jsonl", "--content", Self.demo]] {
      let outbox = makeTemporaryFolder() + "/outbox"
      let result = try runSDS(command + ["--outbox", outbox, "--encrypt-to", certificate], input: "me\n")
      #expect(result.status == 78)
      #expect(result.stdout.isEmpty)
      #expect(result.stderr.contains("See \"Encrypting drafts to the council\" in the README.") || result.stderr.contains("cannot read the council's certificate"), "\(result.stderr)")
    }
    let key = try runSDS(["inbox", "--outbox", makeTemporaryFolder(), "--key", certificate])
    #expect(key.status != 0)
    #expect(key.stderr.contains("sds inbox:") && key.stderr.contains("key"), "\(key.stderr)")
  }

  @Test func inboxListsTheMostUrgentFirstAndNamesFilesItCannotRead() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    let calm = try Self.send(Self.calm, to: outbox)
    let carer = try Self.send(Self.carer, to: outbox)
    let unsafe = try Self.send(Self.unsafe, to: outbox)
    try "{}".write(toFile: outbox + "/new/stray.json", atomically: true, encoding: .utf8)

    let text = try runSDS(["inbox", "--outbox", outbox])
    #expect(text.status == 0)
    let order = [unsafe, carer, calm].map { text.stdout.range(of: $0)!.lowerBound }
    #expect(order == order.sorted(), "\(text.stdout)")
    #expect(text.stdout.contains("Read first: feels-unsafe (feels unsafe)"))
    #expect(text.stdout.contains("Filled in by: a carer"))
    #expect(text.stdout.contains("1 file in new/ is not a draft that can be read:\n- stray.json: its name is not a draft reference followed by .json"))

    let json = try Self.json(try runSDS(["inbox", "--outbox", outbox, "--json"]).stdout)
    let waiting = try #require(json["waiting"] as? [[String: Any]])
    #expect(waiting.map { $0["reference"] as? String } == [unsafe, carer, calm])
    #expect(waiting[0]["flags"] as? [String] == ["feels-unsafe"])
    #expect(waiting[1]["completedBy"].flatMap { ($0 as? [String: Any])?["role"] as? String } == "carer")
    #expect(waiting[2]["outcomes"] as? Int == 2)
    #expect((json["unreadable"] as? [[String: Any]])?.first?["file"] as? String == "new/stray.json")
  }

  @Test func showSaysPlainlyWhenAReferenceLooksMistypedOrIsNotThere() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    let reference = try Self.send(Self.calm, to: outbox)
    var typo = Array(reference)
    typo[0] = typo[0] == "A" ? "B" : "A"
    let mistyped = try runSDS(["show", String(typo), "--outbox", outbox])
    #expect(mistyped.status == 1)
    #expect(mistyped.stderr.contains("looks mistyped"))
    let withO = try runSDS(["show", "K7QM-3XRT-VPO", "--outbox", outbox])
    #expect(withO.stderr.contains("references never use (O)"))
    let missing = try runSDS(["show", "K7QM-3XRT-VPZ", "--outbox", outbox])
    #expect(missing.status == 66)
    #expect(missing.stderr.contains("there is no draft K7QM-3XRT-VPZ"))
    #expect(try runSDS(["show", reference, "--outbox", outbox, "--format", "pdf"]).status == 64)
    #expect(try runSDS(["show", "--outbox", outbox]).status == 64)
    #expect(try runSDS(["inbox", "--outbox", outbox + "/nowhere"]).stderr.contains("there is no drop folder at"))

    let fhir = try Self.json(try runSDS(["show", reference, "--outbox", outbox, "--format", "fhir"]).stdout)
    #expect(fhir["resourceType"] as? String == "Bundle")
    let html = try runSDS(["show", reference, "--outbox", outbox, "--format", "html"]).stdout
    #expect(html.hasPrefix("<!DOCTYPE html>"))
    let draft = try Self.json(try runSDS(["show", reference, "--outbox", outbox, "--format", "json"]).stdout)
    #expect(draft["reference"] as? String == reference)
  }

  /// A draft file planted in the folder with terminal escapes in it: no command prints them.
  @Test func noCommandPrintsEscapeSequencesFromADraft() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    let reference = try Self.send(Self.calm, to: outbox)
    let path = outbox + "/new/\(reference).json"
    var draft = try Self.json(String(contentsOfFile: path, encoding: .utf8))
    var person = draft["person"] as! [String: Any]
    person["preferredName"] = "Jo\u{1B}]0;owned\u{07}\u{1B}[2J\u{9B}31m\u{202E}"
    draft["person"] = person
    var matters = draft["whatMatters"] as! [String: Any]
    matters["goodDay"] = "line one\r\u{1B}[1AYour plan was sent\u{7F}"
    draft["whatMatters"] = matters
    try JSONSerialization.data(withJSONObject: draft).write(to: URL(fileURLWithPath: path))

    func hidden(_ text: String) -> Bool {
      text.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F...0x9F).contains($0.value) || (0x202A...0x202E).contains($0.value) }
    }
    for arguments in [["inbox"], ["inbox", "--json"], ["show", reference], ["show", reference, "--format", "md"], ["show", reference, "--format", "html"],
                      ["show", reference, "--format", "json"], ["show", reference, "--format", "fhir"]] {
      let result = try runSDS(arguments + ["--outbox", outbox])
      #expect(result.status == 0, "\(arguments): \(result.stderr)")
      #expect(!hidden(result.stdout), "\(arguments) printed a control character")
      #expect(!hidden(result.stderr.replacingOccurrences(of: "\n", with: " ")))
    }
    #expect(try runSDS(["show", reference, "--outbox", outbox]).stdout.contains("Name: \"Jo\""))
  }

  @Test func importQuarantinesWhatItCannotReadAndStillImportsTheRest() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    let reference = try Self.send(Self.calm, to: outbox)
    try "not json".write(toFile: outbox + "/new/K7QM-3XRT-VPZ.json", atomically: true, encoding: .utf8)
    let destination = makeTemporaryFolder()
    let result = try runSDS(["import", "--all", "--to", destination, "--format", "json,csv", "--outbox", outbox])
    #expect(result.status == 1)
    #expect(result.stdout.contains("Imported 1 draft into \(destination): \(reference)."))
    #expect(result.stderr.contains("1 file could not be imported and was moved to \(outbox)/quarantine:\n- new/K7QM-3XRT-VPZ.json: it is not valid JSON. See quarantine/K7QM-3XRT-VPZ.json.reason."))
    #expect(Self.names(outbox + "/quarantine") == ["K7QM-3XRT-VPZ.json", "K7QM-3XRT-VPZ.json.reason"])
    #expect(Self.names(destination) == ["\(reference).json", "drafts.csv"])
  }

  struct ImportUsage: Sendable, CustomTestStringConvertible {
    var arguments: [String]
    var status: Int32
    var message: String
    var testDescription: String { "sds import " + arguments.joined(separator: " ") }
  }

  static let importUsage: [ImportUsage] = [
    .init(arguments: ["--to", "/tmp/x"], status: 64, message: "say which drafts"),
    .init(arguments: ["--all"], status: 64, message: "say where to write the files with --to DIR"),
    .init(arguments: ["--all", "K7QM-3XRT-VPZ", "--to", "/tmp/x"], status: 64, message: "not both"),
    .init(arguments: ["--all", "--to", "/tmp/x", "--format", "json,pdf"], status: 64, message: "'pdf' is not a format"),
    .init(arguments: ["K7QM-3XRT-VPY", "--to", "/tmp/x"], status: 1, message: "looks mistyped"),
  ]

  @Test(arguments: importUsage)
  func importUsageMistakes(_ test: ImportUsage) throws {
    let outbox = makeTemporaryFolder()
    let result = try runSDS(["import"] + test.arguments + ["--outbox", outbox])
    #expect(result.status == test.status, "\(result.stderr)")
    #expect(result.stderr.contains(test.message), "\(result.stderr)")
  }

  @Test func statsCountImportedDraftsAndHideSmallNumbers() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    for _ in 0..<5 { try Self.send(Self.calm, to: outbox) }
    try Self.send(Self.carer, to: outbox)
    #expect(try runSDS(["import", "--all", "--to", makeTemporaryFolder(), "--outbox", outbox]).status == 0)
    let text = try runSDS(["stats", "--outbox", outbox])
    #expect(text.status == 0)
    #expect(text.stdout.contains("Imported drafts in \(outbox)/cur: 6."))
    #expect(text.stdout.contains("- Looking after myself (daily-living): 6"))
    #expect(text.stdout.contains("- Seeing people (people): 5"))
    #expect(text.stdout.contains("- The person themselves: 5"))
    #expect(text.stdout.contains("- A carer or relative: fewer than 5"))
    let json = try Self.json(try runSDS(["stats", "--outbox", outbox, "--json"]).stdout)
    #expect(json["drafts"] as? Int == 6)
    let roles = try #require(json["completedBy"] as? [[String: Any]])
    #expect(roles.first { $0["id"] as? String == "carer" }?["count"] as? String == "fewer than 5")
  }

  /// Twenty kiosks sending into one folder at once: twenty processes started together, twenty
  /// distinct, complete drafts.
  @Test func twentyKiosksSendAtOnce() throws {
    let place = makeTemporaryFolder()
    let outbox = place + "/outbox"
    let input = place + "/input"
    try (Self.calm.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
    var kiosks: [(Process, String)] = []
    for index in 0..<20 {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: sdsBinaryPath())
      process.arguments = ["--content", Self.demo, "--outbox", outbox]
      process.environment = ["PATH": "/usr/bin:/bin", "TERM": "dumb", "LANG": "C.UTF-8"]
      let output = place + "/out-\(index)"
      _ = FileManager.default.createFile(atPath: output, contents: nil)
      process.standardInput = FileHandle(forReadingAtPath: input)
      process.standardOutput = FileHandle(forWritingAtPath: output)
      process.standardError = FileHandle.nullDevice
      kiosks.append((process, output))
    }
    for (process, _) in kiosks { try process.run() }
    var sent: [String] = []
    for (process, output) in kiosks {
      process.waitUntilExit()
      #expect(process.terminationStatus == 0)
      let text = try String(contentsOfFile: output, encoding: .utf8)
      if let match = text.firstMatch(of: /Your reference is ([A-Z0-9-]+)\./) { sent.append(String(match.output.1)) }
    }
    #expect(sent.count == 20)
    #expect(Set(sent).count == 20)
    let files = Self.names(outbox + "/new")
    #expect(files == sent.map { $0 + ".json" }.sorted())
    for file in files {
      let draft = try Self.json(String(contentsOfFile: outbox + "/new/" + file, encoding: .utf8))
      #expect(draft["schema"] as? String == "sds-draft/1", "\(file) is complete")
    }
    #expect(Self.names(outbox + "/tmp").isEmpty)
  }

  /// Kiosks killed (SIGKILL) at random moments while sending: whatever was left in tmp/, new/ only ever
  /// holds complete drafts, and every run that was not killed sent its draft. (The unit tests stop a
  /// writer exactly between writing and renaming.) The moments are spread over a little more than one
  /// whole run, timed first on this machine, and the spread grows while no run finishes and shrinks
  /// while none is killed (a busy machine changes how long a run takes), so some runs are killed and
  /// some finish; the test fails unless both happen, so it cannot pass by killing every run before it writes.
  @Test func writersKilledAtRandomMomentsNeverLeaveAPartialDraftInNew() throws {
    let place = makeTemporaryFolder()
    let outbox = place + "/outbox"
    let input = place + "/input"
    try (Self.calm.joined(separator: "\n") + "\n").write(toFile: input, atomically: true, encoding: .utf8)
    func start(_ outbox: String) throws -> Process {
      let process = Process()
      process.executableURL = URL(fileURLWithPath: sdsBinaryPath())
      process.arguments = ["--content", Self.demo, "--outbox", outbox]
      process.environment = ["PATH": "/usr/bin:/bin", "TERM": "dumb", "LANG": "C.UTF-8"]
      process.standardInput = FileHandle(forReadingAtPath: input)
      process.standardOutput = FileHandle.nullDevice
      process.standardError = FileHandle.nullDevice
      try process.run()
      return process
    }
    let started = Date()
    let whole = try start(place + "/timing")
    whole.waitUntilExit()
    #expect(whole.terminationStatus == 0 && Self.names(place + "/timing/new").count == 1)
    let microseconds = UInt32(min(5, max(0.05, Date().timeIntervalSince(started))) * 1_000_000)

    var random = SystemRandomNumberGenerator()
    var finished = 0, killed = 0, runs = 0
    var spread = Double(microseconds) * 1.5
    while runs < 25 || (killed == 0 || finished == 0) && runs < 80 {
      runs += 1
      let process = try start(outbox)
      usleep(UInt32.random(in: 0...UInt32(spread), using: &random))
      kill(process.processIdentifier, SIGKILL)
      process.waitUntilExit()
      if process.terminationReason == .uncaughtSignal { killed += 1 } else if process.terminationStatus == 0 { finished += 1 }
      if finished == 0, killed >= 3 { spread = min(spread * 1.3, 20_000_000) }
      if killed == 0, finished >= 3 { spread *= 0.7 }
    }
    let files = Self.names(outbox + "/new")
    #expect(killed > 0 && finished > 0, "killed \(killed), finished \(finished): the moments missed the run")
    #expect(files.count >= finished, "every run that finished sent its draft")
    for file in files {
      let draft = try Self.json(String(contentsOfFile: outbox + "/new/" + file, encoding: .utf8))
      #expect(draft["schema"] as? String == "sds-draft/1" && (draft["answers"] as? [Any])?.count == 8, "\(file) is complete")
    }
  }

  /// Answers the calm conversation up to the check, then says yes to send.
  static func answerUpToSend(_ session: InteractiveSession) -> [[String: Any]] {
    session.waitForTurn()
    var last: [[String: Any]] = []
    for answer in calm.dropLast(1) { last = session.type(answer) }
    return last
  }

  /// A full disk (here, a file-size limit of 0): the person is told plainly, staff get the reason, nothing
  /// is lost, and once there is room again, trying again sends it.
  /// (Skipped without prlimit, except under CI, where a skip would hide a missing set-up.)
  @Test(.enabled(if: ProcessInfo.processInfo.environment["CI"] != nil || FileManager.default.isExecutableFile(atPath: "/usr/bin/prlimit"))) func aFullFolderIsToldPlainlyAndRetryWorks() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    let session = try InteractiveSession(["--content", Self.demo, "--outbox", outbox], wrapper: ["/bin/sh", "-c", "trap '' XFSZ; ulimit -S -f 0; exec \"$0\" \"$@\""])
    let failed = Self.answerUpToSend(session)
    #expect(InteractiveSession.said(failed).contains("Your answers could not be sent just now. They are still here. Please ask a member of staff for help."))
    #expect(failed.last?["id"] as? String == "send-retry")
    #expect(session.errors(containing: "A file-size limit stops the write.").contains("sds: the draft could not be sent: cannot write \(outbox)/tmp/"), "\(session.errors)")
    #expect(session.errors.contains("A file-size limit stops the write."))
    #expect(Self.names(outbox + "/new").isEmpty)
    #expect(Self.names(outbox + "/tmp").isEmpty, "the half-written file is removed")

    // Staff free some space.
    let raise = Process()
    raise.executableURL = URL(fileURLWithPath: "/usr/bin/prlimit")
    raise.arguments = ["--pid", String(session.process.processIdentifier), "--fsize=unlimited"]
    try raise.run()
    raise.waitUntilExit()
    #expect(raise.terminationStatus == 0)

    let retried = session.type("yes")
    let sent = try #require(InteractiveSession.said(retried).firstMatch(of: /Your reference is ([A-Z0-9-]+)\./))
    let end = session.type("no")
    #expect(end.last?["status"] as? String == "sent")
    #expect(end.last?["draft"] as? String == "\(outbox)/new/\(sent.output.1).json")
    #expect(session.finish() == 0)
    let draft = try Self.json(String(contentsOfFile: "\(outbox)/new/\(sent.output.1).json", encoding: .utf8))
    #expect((draft["answers"] as? [Any])?.count == 8, "every answer arrived")
  }

  /// A read-only folder: the same, and after staff make it writable, trying again sends it. As root
  /// (which may write anywhere), sds runs as the user nobody so the folder really is read-only to it.
  /// (Skipped as root without setpriv, except under CI, where a skip would hide a missing set-up.)
  @Test(.enabled(if: ProcessInfo.processInfo.environment["CI"] != nil || getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))) func aReadOnlyFolderIsToldPlainlyAndRetryWorks() throws {
    // Under /tmp itself (not TMPDIR, which may be private), so the user nobody can reach it.
    let place = "/tmp/sds-read-only-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: place, withIntermediateDirectories: false)
    chmod(place, 0o755)
    // A copy of the program and the content that the user nobody can reach.
    let binary = place + "/sds"
    try FileManager.default.copyItem(atPath: sdsBinaryPath(), toPath: binary)
    try FileManager.default.copyItem(atPath: Self.demo, toPath: place + "/content")
    let outbox = place + "/outbox"
    try FileManager.default.createDirectory(atPath: outbox, withIntermediateDirectories: false)
    chmod(outbox, 0o555)
    let wrapper = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    let session = try InteractiveSession(["--content", place + "/content", "--outbox", outbox], binary: binary, wrapper: wrapper)
    let failed = Self.answerUpToSend(session)
    #expect(InteractiveSession.said(failed).contains("Your answers could not be sent just now. They are still here. Please ask a member of staff for help."))
    #expect(session.errors.contains("sds: warning: cannot write to the drop folder \(outbox)"), "\(session.errors)")
    #expect(session.errors(containing: "cannot make the folder").contains("sds: the draft could not be sent: cannot make the folder \(outbox)/tmp: Permission denied."), "\(session.errors)")

    chmod(outbox, 0o777)
    let retried = session.type("yes")
    #expect(InteractiveSession.said(retried).contains("Your answers have been sent."))
    session.type("no")
    #expect(session.finish() == 0)
    #expect(Self.names(outbox + "/new").count == 1)
  }

  /// A drop folder made read-only on purpose, with its tmp/, new/ and saved/ made and writable: no
  /// warning that drafts cannot be sent, and sending works.
  @Test(.enabled(if: getuid() != 0 || FileManager.default.isExecutableFile(atPath: "/usr/bin/setpriv"))) func aReadOnlyRootWithWritableFoldersSendsWithoutAWarning() throws {
    let place = "/tmp/sds-read-only-root-\(UUID().uuidString)"
    try FileManager.default.createDirectory(atPath: place, withIntermediateDirectories: false)
    chmod(place, 0o755)
    let binary = place + "/sds"
    try FileManager.default.copyItem(atPath: sdsBinaryPath(), toPath: binary)
    try FileManager.default.copyItem(atPath: Self.demo, toPath: place + "/content")
    let outbox = place + "/outbox"
    for sub in ["", "/tmp", "/new", "/saved"] {
      try FileManager.default.createDirectory(atPath: outbox + sub, withIntermediateDirectories: false)
      chmod(outbox + sub, 0o777)
    }
    chmod(outbox, 0o555)
    let wrapper = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups"] : []
    let session = try InteractiveSession(["--content", place + "/content", "--outbox", outbox], binary: binary, wrapper: wrapper)
    let sent = Self.answerUpToSend(session)
    #expect(InteractiveSession.said(sent).contains("Your answers have been sent."))
    session.type("no")
    #expect(session.finish() == 0)
    #expect(!session.errors.contains("warning"), "\(session.errors)")
    #expect(Self.names(outbox + "/new").count == 1)
  }

  /// Save at one kiosk, carry on at another: a wrong word first, then the right one; the draft sent
  /// afterwards keeps the first start time, and the saved answers are deleted once sent.
  @Test func saveAtOneKioskAndCarryOnAtAnother() throws {
    let outbox = makeTemporaryFolder() + "/outbox"
    let first = try InteractiveSession(["--content", Self.demo, "--outbox", outbox])
    first.waitForTurn()
    first.type("me")
    first.type("A walk in the park")
    first.type("save")
    first.type("Tulip")
    let saved = first.type("Tulip")
    let words = InteractiveSession.said(saved)
    let reference = String(try #require(words.firstMatch(of: /Your reference is ([A-Z0-9-]+)\./)).output.1)
    let until = try #require(words.firstMatch(of: /saved until (\d{1,2} [A-Z][a-z]+ 20\d\d)\./))
    #expect(saved.last?["status"] as? String == "saved")
    #expect(first.finish() == 0)
    #expect(Self.names(outbox + "/saved") == [reference + ".json"])
    let file = try String(contentsOfFile: outbox + "/saved/\(reference).json", encoding: .utf8)
    #expect(!file.contains("park") && !file.lowercased().contains("tulip"))
    let savedFile = try Self.json(file)
    let started = try #require(savedFile["saved"] as? String)
    // The person is told the day it will be deleted: 28 days after saving, in UK time.
    let deleteAfter = try #require((savedFile["deleteAfter"] as? String).flatMap { try? Date($0, strategy: .iso8601) })
    #expect(deleteAfter.timeIntervalSince(try Date(started, strategy: .iso8601)) == 28 * 24 * 3_600)
    let formatter = DateFormatter()
    formatter.locale = Locale(identifier: "en_GB")
    formatter.timeZone = TimeZone(identifier: "Europe/London")
    formatter.dateFormat = "d MMMM yyyy"
    #expect(String(until.output.1) == formatter.string(from: deleteAfter))

    let second = try InteractiveSession(["--content", Self.demo, "--outbox", outbox])
    second.waitForTurn()
    // A mistyped reference is caught by its check character, and costs no attempt.
    second.type("resume")
    var typo = Array(reference)
    typo[1] = typo[1] == "Z" ? "Y" : "Z"
    second.type(String(typo))
    let mistyped = second.type("tulip")
    #expect(InteractiveSession.said(mistyped).contains("That reference does not look right."))
    second.type("resume")
    second.type(reference.lowercased())
    let wrong = second.type("rose")
    #expect(InteractiveSession.said(wrong).contains("That word does not match. Tries left: 4."))
    let back = second.type("tulip")
    let welcome = InteractiveSession.said(back)
    #expect(welcome.contains("Welcome back. We will carry on where you left off."))
    #expect(welcome.contains("A good day: A walk in the park"))
    for answer in ["", "yes", "1", "Get to the shops", "Ann", ""] { second.type(answer) }
    let sentEvents = second.type("yes")
    let sent = String(try #require(InteractiveSession.said(sentEvents).firstMatch(of: /Your reference is ([A-Z0-9-]+)\./)).output.1)
    second.type("no")
    #expect(second.finish() == 0)
    // The draft keeps the reference the person wrote down when they saved.
    #expect(sent == reference)
    #expect(Self.names(outbox + "/saved").isEmpty, "the saved answers are deleted once sent")
    let draft = try Self.json(String(contentsOfFile: outbox + "/new/\(sent).json", encoding: .utf8))
    #expect(draft["created"] as? String ?? "" <= started, "the draft keeps the time the first conversation started")
    #expect((draft["whatMatters"] as? [String: Any])?["goodDay"] as? String == "A walk in the park")
  }

  @Test func anUnusableFolderIsToldToStaffAtTheStart() throws {
    let result = try runSDS(["--content", Self.demo, "--outbox", "/dev/null/outbox"], input: "")
    #expect(result.status == 0)
    #expect(result.stderr.contains("sds: warning: cannot use the drop folder /dev/null/outbox: Not a directory."))
    #expect(result.stderr.contains("Drafts cannot be sent or saved until this is fixed."))
  }
}
