import Foundation
import Testing
import TestSupport
#if canImport(Glibc)
import Glibc
#endif

/// Scripts/kiosk: keeps the kiosk running, and stops it cleanly when staff ask.
@Suite(.serialized) struct KioskScriptTests {
  static let script = repositoryRoot() + "/Scripts/kiosk"

  @Test func restartsTheKioskWhenItStopsUnexpectedlyButNotWhenItStopsCleanly() throws {
    let folder = makeTemporaryFolder("sds-kiosk-script")
    let fake = folder + "/sds", log = folder + "/runs.log", count = folder + "/count"
    try """
      #!/bin/sh
      n=$(cat "\(count)" 2>/dev/null || echo 0); n=$((n + 1)); echo "$n" > "\(count)"
      echo "run $n: $*" >> "\(log)"
      case $n in 1) exit 3;; 2) exit 70;; *) exit 0;; esac
      """.write(toFile: fake, atomically: true, encoding: .utf8)
    chmod(fake, 0o755)
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/bin/bash")
    process.arguments = [Self.script, "--idle-wipe", "60"]
    process.environment = ["PATH": "/usr/bin:/bin", "SDS_BIN": fake, "SDS_KIOSK_RESTART_DELAY": "0"]
    let errors = Pipe()
    process.standardError = errors
    process.standardInput = Pipe()
    try process.run()
    process.waitUntilExit()
    #expect(process.terminationStatus == 0)
    let runs = (try? String(contentsOfFile: log, encoding: .utf8)) ?? ""
    #expect(runs == "run 1: kiosk --idle-wipe 60\nrun 2: kiosk --idle-wipe 60\nrun 3: kiosk --idle-wipe 60\n")
    let said = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    #expect(said.contains("sds kiosk stopped with status 3; starting it again."))
    #expect(said.contains("sds kiosk stopped with status 70; starting it again."))
  }

  @Test func aKioskThatIsNotSetUpIsNotRestartedAndTheScriptWaitsForStaff() throws {
    let folder = makeTemporaryFolder("sds-kiosk-script")
    let fake = folder + "/sds", log = folder + "/runs.log"
    try """
      #!/bin/sh
      echo "run: $*" >> "\(log)"
      echo "sds kiosk: a kiosk needs the shared drop folder: give --outbox DIR or set SDS_OUTBOX." >&2
      exit 78
      """.write(toFile: fake, atomically: true, encoding: .utf8)
    chmod(fake, 0o755)
    // In a terminal, as at a kiosk (and so that SIGTERM reaches the script as it would from systemd).
    let environment = PTY.environment(["SDS_BIN": fake, "SDS_KIOSK_RESTART_DELAY": "0"])
    let terminal = try PseudoTerminal(["/bin/bash", Self.script], environment: environment)
    #expect(terminal.expect("It will not be started again."))
    #expect(terminal.output.contains("sds kiosk is not set up (status 78)"))
    // It says so once it has decided: it waits, and never starts sds kiosk again.
    #expect(terminal.isRunning)
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(78))
    #expect((try? String(contentsOfFile: log, encoding: .utf8)) == "run: kiosk\n")
    #expect(!terminal.output.contains("starting it again"))
  }

  @Test func sigtermToTheScriptStopsTheKioskCleanly() throws {
    let environment = PTY.environment(["SDS_BIN": sdsBinaryPath()])
    let terminal = try PseudoTerminal(["/bin/bash", Self.script, "--content", Demo.folder, "--outbox", makeTemporaryFolder("sds-outbox")], environment: environment)
    #expect(terminal.waitFor(PTY.firstQuestion))
    // Ctrl-C and Ctrl-Z reach neither the kiosk's loop nor a shell.
    #expect(terminal.answer("\u{1A}\u{03}", expecting: "Do you want to stop?"))
    #expect(terminal.answer("\r", expecting: "That is fine. Let us carry on."))
    #expect(terminal.answer("me\r", expecting: PTY.goodDay))
    terminal.signal(SIGTERM)
    #expect(terminal.waitForExit() == .exited(0))
    #expect(PTY.sinceLastClear(terminal.output).contains(PTY.closed))
  }
}
