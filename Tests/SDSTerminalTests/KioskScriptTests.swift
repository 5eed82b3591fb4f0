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

  @Test func sigtermToTheScriptStopsTheKioskCleanly() throws {
    let environment = PTY.environment(["SDS_BIN": sdsBinaryPath()])
    let terminal = try PseudoTerminal(["/bin/bash", Self.script, "--content", Demo.folder], environment: environment)
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
