import Foundation
import Glibc
import Testing
import TestSupport

/// A drop folder shared by a group (`--group NAME`), with real user accounts: a kiosk account sends, a
/// key worker account in the group reads and imports, and an account outside the group cannot. Without
/// `--group`, only the kiosk's own account can read what it wrote.
@Suite(.serialized) struct GroupSharingTests {
  static let content = repositoryRoot() + "/Content"
  static let answers: String = (try? String(contentsOfFile: repositoryRoot() + "/Tests/SDSEngineTests/Golden/content/self-send.input", encoding: .utf8)) ?? ""

  /// Why this cannot run here, or nil.
  static var missing: String? {
    guard getuid() == 0 else { return "it makes user accounts, so it runs only as root (CI runs Scripts/test as root)." }
    for tool in ["/usr/sbin/useradd", "/usr/sbin/groupadd", "/usr/sbin/runuser", "/usr/sbin/userdel", "/usr/sbin/groupdel"] where !FileManager.default.isExecutableFile(atPath: tool) {
      return "\(tool) is missing (Debian's passwd and util-linux packages)."
    }
    return nil
  }

  /// Runs `tool` as root, and says when it fails.
  @discardableResult
  static func admin(_ tool: String, _ arguments: [String]) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: tool)
    process.arguments = arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    return process.terminationStatus
  }

  /// The accounts and group for one test, removed afterwards.
  final class Accounts {
    let suffix = String(UInt32.random(in: 100_000...999_999))
    var group: String { "sdsdrop\(suffix)" }
    var kiosk: String { "sdskiosk\(suffix)" }
    var worker: String { "sdswork\(suffix)" }
    var outsider: String { "sdsout\(suffix)" }

    init() throws {
      guard try admin("/usr/sbin/groupadd", [group]) == 0 else { throw WebDAVServerError("groupadd \(group) failed") }
      for (user, inGroup) in [(kiosk, true), (worker, true), (outsider, false)] {
        let groups = inGroup ? ["-G", group] : []
        guard try admin("/usr/sbin/useradd", ["-M", "-N", "-s", "/usr/sbin/nologin"] + groups + [user]) == 0 else { throw WebDAVServerError("useradd \(user) failed") }
      }
    }

    deinit {
      for user in [kiosk, worker, outsider] { _ = try? admin("/usr/sbin/userdel", [user]) }
      _ = try? admin("/usr/sbin/groupdel", [group])
    }
  }

  /// Runs sds as another account through runuser.
  static func run(as user: String, _ arguments: [String], input: String = "") throws -> (status: Int32, stdout: String, stderr: String) {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/sbin/runuser")
    process.arguments = ["-u", user, "--", sdsBinaryPath()] + arguments
    process.environment = ["PATH": "/usr/bin:/bin", "TERM": "dumb", "NO_COLOR": "1", "LANG": "C.UTF-8", "HOME": "/nonexistent", "SDS_COPY_TO": "/nonexistent"]
    let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
    process.standardInput = stdin
    process.standardOutput = stdout
    process.standardError = stderr
    try process.run()
    stdin.fileHandleForWriting.write(Data(input.utf8))
    try? stdin.fileHandleForWriting.close()
    let out = stdout.fileHandleForReading.readDataToEndOfFile()
    let err = stderr.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: out, as: UTF8.self), String(decoding: err, as: UTF8.self))
  }

  static func status(_ path: String) -> stat? {
    var info = stat()
    return lstat(path, &info) == 0 ? info : nil
  }

  @Test func aGroupLetsAKioskAccountAndAKeyWorkerAccountShareTheDropFolder() throws {
    if let missing = Self.missing {
      // Under CI (root, Scripts/test installs everything) a skip would hide a missing set-up.
      if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: missing)) } else { print("GroupSharingTests skipped: \(missing)") }
      return
    }
    let accounts = try Accounts()
    let parent = makeTemporaryFolder("sds-group")
    chmod(parent, 0o1777)
    let outbox = parent + "/outbox"
    let sent = try Self.run(as: accounts.kiosk, ["--content", Self.content, "--outbox", outbox, "--group", accounts.group, "--no-copy"], input: Self.answers)
    #expect(sent.status == 0, "\(sent.stderr)")
    let match = try #require(sent.stdout.firstMatch(of: /Your reference is ([A-Z0-9]{4}-[A-Z0-9]{4}-[A-Z0-9]{3})\./))
    let reference = String(match.output.1)
    let gid = try #require(getgrnam(accounts.group)).pointee.gr_gid
    for folder in [outbox, outbox + "/new", outbox + "/tmp"] {
      let info = try #require(Self.status(folder))
      #expect(info.st_mode & 0o7777 == 0o2770, "\(folder): \(String(info.st_mode & 0o7777, radix: 8))")
      #expect(info.st_gid == gid, "\(folder)")
    }
    let draft = try #require(Self.status(outbox + "/new/\(reference).json"))
    #expect(draft.st_mode & 0o777 == 0o660)
    #expect(draft.st_gid == gid)

    let inbox = try Self.run(as: accounts.worker, ["inbox", "--outbox", outbox])
    #expect(inbox.status == 0, "\(inbox.stderr)")
    #expect(inbox.stdout.contains("1. \(reference)"), "\(inbox.stdout)")
    let outside = try Self.run(as: accounts.outsider, ["inbox", "--outbox", outbox])
    #expect(outside.status != 0, "an account outside the group reads nothing")
    #expect(!outside.stdout.contains(reference))
  }

  @Test func withoutAGroupOnlyTheKioskAccountCanRead() throws {
    if let missing = Self.missing {
      // Under CI (root, Scripts/test installs everything) a skip would hide a missing set-up.
      if ProcessInfo.processInfo.environment["CI"] != nil { Issue.record(Comment(rawValue: missing)) } else { print("GroupSharingTests skipped: \(missing)") }
      return
    }
    let accounts = try Accounts()
    let parent = makeTemporaryFolder("sds-group")
    chmod(parent, 0o1777)
    let outbox = parent + "/outbox"
    let sent = try Self.run(as: accounts.kiosk, ["--content", Self.content, "--outbox", outbox, "--no-copy"], input: Self.answers)
    #expect(sent.status == 0, "\(sent.stderr)")
    #expect((Self.status(outbox)?.st_mode ?? 0) & 0o7777 == 0o700)
    let inbox = try Self.run(as: accounts.worker, ["inbox", "--outbox", outbox])
    #expect(inbox.status != 0)
  }

  @Test func aGroupThatDoesNotExistStopsWithOneLine() throws {
    let result = try runSDS(["--content", Self.content, "--outbox", makeTemporaryFolder() + "/o", "--group", "no-such-group-sds"], input: "")
    #expect(result.status == 78)
    #expect(result.stderr.split(separator: "\n").count == 1)
    #expect(result.stderr.contains("there is no group called no-such-group-sds"))
  }
}
