import Foundation
import Testing
import TestSupport

/// The set-up that Scripts/sds, Scripts/test and Scripts/package share: when it cannot do something
/// itself, it says what a person should do, in words they can act on.
struct SetupScriptTests {
  static let setup = repositoryRoot() + "/Scripts/setup.sh"

  /// Without root and without sudo it cannot install anything, so it prints the command for an
  /// administrator to run as root: the real command, not the one it would have run itself.
  @Test func withoutRootOrSudoItPrintsTheCommandToRun() throws {
    // A PATH with only what the set-up uses, and no sudo, for the user nobody.
    let bin = makeTemporaryFolder("sds-setup-bin")
    try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: bin)
    for tool in ["bash", "dirname", "dpkg-query", "grep", "id", "apt-get"] {
      let path = try #require(["/usr/bin/", "/bin/", "/usr/sbin/", "/sbin/"].map { $0 + tool }.first { FileManager.default.isExecutableFile(atPath: $0) })
      try FileManager.default.createSymbolicLink(atPath: bin + "/" + tool, withDestinationPath: path)
    }
    let script = [bin + "/bash", "-c", "source \"$0\"; ensure_packages sds-no-such-package", Self.setup]
    // As root, the test becomes nobody first.
    let asNobody = getuid() == 0 ? ["/usr/bin/setpriv", "--reuid=65534", "--regid=65534", "--clear-groups", "--"] : []
    let command = asNobody + script
    let result = try runProgram(command[0], Array(command.dropFirst()), environment: ["PATH": bin])
    #expect(result.status != 0)
    #expect(result.stderr.contains("I am not root and sudo is not installed"), "\(result.stderr)")
    #expect(result.stderr.contains("  apt-get update && apt-get install -y sds-no-such-package\n"), "\(result.stderr)")
    #expect(!result.stderr.contains("DEBIAN_FRONTEND"), "\(result.stderr)")
  }

  struct AptFailure: Sendable, CustomTestStringConvertible {
    var output: String
    var hint: String
    var testDescription: String { hint }
  }

  static let aptFailures: [AptFailure] = [
    .init(output: "E: Could not get lock /var/lib/dpkg/lock-frontend. It is held by process 812 (unattended-upgr)",
          hint: "Another program is installing or updating packages"),
    .init(output: "E: dpkg was interrupted, you must manually run 'dpkg --configure -a' to correct the problem.",
          hint: "dpkg --configure -a   then run this again"),
    .init(output: "W: Failed to fetch http://deb.debian.org/debian/dists/bookworm/InRelease  Temporary failure resolving 'deb.debian.org'",
          hint: "could not reach the package servers"),
    .init(output: "E: Unable to locate package lintian",
          hint: "Check that /etc/apt/sources.list names the main Debian or Ubuntu archive"),
    .init(output: "E: Sub-process /usr/bin/dpkg returned an error code (1)",
          hint: "Try it yourself to see the whole message: apt-get update && apt-get install -y lintian"),
  ]

  /// When apt-get fails, its last lines are shown and what it said becomes one thing to try.
  @Test(arguments: aptFailures)
  func whenAptFailsItSaysWhatToTry(_ failure: AptFailure) throws {
    let log = makeTemporaryFolder("sds-apt-log") + "/apt.log"
    try (failure.output + "\n").write(toFile: log, atomically: true, encoding: .utf8)
    let result = try runProgram("/bin/bash", ["-c", "source \"$0\"; apt_failed \"$1\" lintian", Self.setup, log])
    #expect(result.stderr.contains("apt-get could not install lintian"), "\(result.stderr)")
    #expect(result.stderr.contains("    " + failure.output), "apt-get's own words are shown: \(result.stderr)")
    #expect(result.stderr.contains(failure.hint), "\(result.stderr)")
  }
}
