import Foundation
import SDSEngine
import SDSHandoff
import SDSSession
import TestSupport

/// The program's own session driver on the demo conversation, for the front end's tests.
enum TestSession {
  /// With no hand-off: sending and saving fail the way they do with no drop folder.
  static func offline(_ engine: Engine = Demo.engine) -> SessionDriver {
    SessionDriver(setup: SessionSetup(engine: engine, services: .unavailable("no drop folder in this test")))
  }

  /// With the real hand-off into a fresh drop folder, whose path is returned too.
  static func delivering(_ engine: Engine = Demo.engine) -> (driver: SessionDriver, outbox: String) {
    let outbox = makeTemporaryFolder("sds-session-outbox")
    let services = SessionServices.handoff(DropFolder(path: outbox), savedKey: nil, generator: "sds tests", timeZone: TimeZone(identifier: "Europe/London")!)
    return (SessionDriver(setup: SessionSetup(engine: engine, services: services)), outbox)
  }

  /// The drafts in a drop folder's `new/`.
  static func drafts(in outbox: String) -> [String] {
    ((try? FileManager.default.contentsOfDirectory(atPath: outbox + "/new")) ?? []).filter { $0.hasSuffix(".json") }
  }
}
