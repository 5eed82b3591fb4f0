import Foundation
import Glibc
import TestSupport
import Testing

/// A crash, or a fatal signal from outside, ends `sds` at once with one fixed line on standard error,
/// which on a kiosk is the system journal: never a register dump, and never anything typed.
@Suite struct CrashOutputTests {
  static let demo = repositoryRoot() + "/Tests/SDSEngineTests/Fixtures/demo"

  @Test(arguments: [SIGSEGV, SIGABRT, SIGQUIT, SIGBUS, SIGILL])
  func aCrashWritesOneLineAndNothingTyped(_ signal: Int32) throws {
    let session = try InteractiveSession(["--content", Self.demo, "--outbox", makeTemporaryFolder() + "/outbox"])
    session.waitForTurn()
    session.type("Priyanka")
    session.type("Walking by the canal with Biscuit")
    kill(session.process.processIdentifier, signal)
    let deadline = Date().addingTimeInterval(10)
    while session.process.isRunning, Date() < deadline { Thread.sleep(forTimeInterval: 0.02) }
    guard !session.process.isRunning else {
      Issue.record("sds was still running 10 seconds after signal \(signal)")
      kill(session.process.processIdentifier, SIGKILL)
      return
    }
    let errors = session.errors(containing: "fault in the program", timeout: 2)
    #expect(errors.hasPrefix("sds: stopped because of a fault in the program."), "\(errors)")
    #expect(errors.split(separator: "\n").count == 1, "\(errors)")
    for typed in ["Priyanka", "canal", "Biscuit"] { #expect(!errors.contains(typed)) }
    #expect(session.process.terminationStatus == 128 + signal)
  }
}
