import Foundation
import Glibc
import SDSEngine
import SDSHandoff
import TestSupport


/// The key file's secret for tests (the kiosks' own is made by staff with `openssl rand`).
let testSavedKey = SavedConversationKey(bytes: Array(0..<32))!

/// A fresh drop folder path inside a fresh temporary folder (the drop folder itself is not made).
func temporaryOutbox() -> String { makeTemporaryFolder("sds-handoff") + "/outbox" }

/// The names in `path`, sorted; empty when it is not there.
func names(_ path: String) -> [String] {
  ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted()
}

/// The permission bits of `path`, without following a link.
func mode(_ path: String) -> mode_t {
  var info = stat()
  lstat(path, &info)
  return info.st_mode & 0o7777
}

/// A draft from the carer fixture with a new reference.
func sampleDraft(_ random: inout SeededRandom, sent: Date = RecordFixtures.time(6, 12, 0)) -> Draft {
  let fixture = RecordFixtures.carer
  var metadata = fixture.metadata
  metadata.reference = Reference.random(using: &random)
  metadata.sent = sent
  return Draft(record: fixture.record, metadata: metadata)
}

/// The shared seeded generator, visible to every test file here without its own import.
typealias SeededRandom = TestSupport.SeededRandom
